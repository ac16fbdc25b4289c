package org.evsyn.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.evsyn.core.domain.PartialDate;
import org.junit.jupiter.api.Test;

class RegistryTextTest {

    @Test
    void phasesFromEveryRegistryWording() {
        assertThat(RegistryText.phases("Phase 2/Phase 3")).containsExactly("PHASE2", "PHASE3");
        assertThat(RegistryText.phases("PHASE1|PHASE2")).containsExactly("PHASE1", "PHASE2");
        assertThat(RegistryText.phases("Early Phase 1")).containsExactly("EARLY_PHASE1");
        assertThat(RegistryText.phases("N/A")).containsExactly("NA");
        assertThat(RegistryText.phases("4")).containsExactly("PHASE4");
        assertThat(RegistryText.phases("Phase 1/2")).containsExactly("PHASE1", "PHASE2");
        assertThat(RegistryText.phases("New Treatment Measure Clinical Study"))
                .containsExactly("New Treatment Measure Clinical Study");
        assertThat(RegistryText.phases("  ")).isEmpty();
    }

    @Test
    void maskingLevelAndRoles() {
        assertThat(RegistryText.masking("Quadruple (Participant, Care Provider, Investigator, Outcomes Assessor)"))
                .isEqualTo(new RegistryText.Masking("QUADRUPLE",
                        List.of("PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR")));
        assertThat(RegistryText.masking("None (Open Label)")).isEqualTo(new RegistryText.Masking("NONE", List.of()));
        assertThat(RegistryText.masking("DOUBLE (PARTICIPANT, INVESTIGATOR)"))
                .isEqualTo(new RegistryText.Masking("DOUBLE", List.of("PARTICIPANT", "INVESTIGATOR")));
        assertThat(RegistryText.masking("NONE")).isEqualTo(new RegistryText.Masking("NONE", List.of()));
    }

    @Test
    void wholeNumbersOrARejection() {
        assertThat(RegistryText.wholeNumber("Enrollment", "292")).isEqualTo(OptionalInt.of(292));
        assertThat(RegistryText.wholeNumber("Enrollment", "")).isEmpty();
        assertThatThrownBy(() -> RegistryText.wholeNumber("Enrollment", "-3"))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("Enrollment: expected a whole number, got \"-3\"");
    }

    @Test
    void datesKeepThePrecisionGiven() {
        assertThat(RegistryDates.parseText("June 2010"))
                .contains(new PartialDate(2010, OptionalInt.of(6), OptionalInt.empty()));
        assertThat(RegistryDates.parseText("March 15, 2012")).contains(PartialDate.of(2012, 3, 15));
        assertThat(RegistryDates.parseText("17 February 2020")).contains(PartialDate.of(2020, 2, 17));
        assertThat(RegistryDates.parseText("Sept 3, 2019")).contains(PartialDate.of(2019, 9, 3));
        assertThat(RegistryDates.parseText("2025-12"))
                .contains(new PartialDate(2025, OptionalInt.of(12), OptionalInt.empty()));
        assertThat(RegistryDates.parseText("February 30, 2012")).isEmpty();
        assertThat(RegistryDates.parseText("Marching 2012")).isEmpty();
        assertThat(RegistryDates.parseText("12/3333")).isEmpty();
        assertThat(RegistryDates.required("start_date", " ")).isEqualTo(Optional.empty());
    }

    @Test
    void labelledDesignsFromIctrpCopiesOfClinicalTrialsGov() {
        String sep = "(?:\\.|,)\\s+(?=[A-Za-z][A-Za-z ]*:)|\\.\\s*$";
        assertThat(StudyDesignText.parts("Allocation: Randomized. Intervention model: Parallel Assignment. "
                + "Primary purpose: Treatment. Masking: Double (Participant, Investigator). ", sep))
                .containsExactly(java.util.Map.entry("allocation", "Randomized"),
                        java.util.Map.entry("intervention model", "Parallel Assignment"),
                        java.util.Map.entry("primary purpose", "Treatment"),
                        java.util.Map.entry("masking", "Double (Participant, Investigator)"));
        assertThat(StudyDesignText.parts("Observational Model: Family-Based, Time Perspective: Cross-Sectional", sep))
                .containsEntry("observational model", "Family-Based")
                .containsEntry("time perspective", "Cross-Sectional");
    }

    @Test
    void targetSizesFromEitherShape() {
        assertThat(IctrpTrialMapper.targetSize("Experimental group:100;Control group:100;"))
                .isEqualTo(OptionalInt.of(200));
        assertThat(IctrpTrialMapper.targetSize("500")).isEqualTo(OptionalInt.of(500));
        assertThat(IctrpTrialMapper.targetSize("about fifty")).isEmpty();
        assertThat(IctrpTrialMapper.targetSize("")).isEmpty();
    }
}
