package org.evsyn.core.review.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.evsyn.core.review.registry.Plans.outcome;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.TrialRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Event outcomes a review names by their usual names get arm-level data from the adverse-event module's posted
 * totals. Numbers from ctgov-v2-NCT02552212-results.json (groups EG000 "Placebo (SS)" and EG001 "CZP 200 mg Q2W
 * (SS)": deaths 0 of 158 and 0 of 159, serious 4 of 158 and 8 of 159; the only "Investigations" term, "Blood
 * creatine phosphokinase increased", 4 of 158 and 8 of 159; "Eye disorders" has three terms).
 */
class AdverseEventOutcomesTest {

    private final RegistryResultExtractor extractor = new RegistryResultExtractor();

    private static TrialRecord trial() {
        return Trials.trial("NCT02552212")
                .arm("Certolizumab Pegol 200 mg Q2W", "EXPERIMENTAL", "Biological: Certolizumab Pegol")
                .arm("Placebo", "PLACEBO_COMPARATOR", "Other: Placebo")
                .intervention("Certolizumab Pegol", "Certolizumab Pegol 200 mg Q2W")
                .intervention("Placebo", "Placebo")
                .aeTimeFrame("From Baseline up to the End of Safety Follow-up Extension Period (up to Week 156)")
                .aeGroup("EG000", "Placebo (SS)", 0, 4, 158)
                .aeGroup("EG001", "CZP 200 mg Q2W (SS)", 0, 8, 159)
                .aeTerm("Blood creatine phosphokinase increased", "Investigations", false,
                        "EG000", 4, 158, "EG001", 8, 159)
                .aeTerm("Glaucoma", "Eye disorders", true, "EG000", 0, 158, "EG001", 1, 159)
                .aeTerm("Uveitis", "Eye disorders", true, "EG000", 1, 158, "EG001", 0, 159)
                .aeTerm("Iridocyclitis", "Eye disorders", false, "EG000", 3, 158, "EG001", 2, 159)
                .build();
    }

    @Test
    void mortalityComesFromThePostedDeathsWithTheSourceShown() {
        RegistryExtraction e = extractor.extract(outcome("mortality", "RR"), trial());

        RegistryOutcomeData d = e.measures().get(0);
        assertThat(d.arms()).extracting(r -> r.arm().label(), r -> r.result().events().getAsInt(),
                r -> r.result().n().getAsInt())
                .containsExactly(tuple("Placebo", 0, 158), tuple("CZP 200 mg Q2W", 0, 159));
        assertThat(d.timepointDays()).hasValue(156 * 7);
        ArmOutcomeResult row = d.arms().get(1).result();
        assertThat(row.sourceRefs()).containsExactly("registry:NCT02552212");
        assertThat(row.notes()).hasValueSatisfying(n -> assertThat(n).contains("posted adverse events")
                .contains("deaths").contains("EG001"));
        assertThat(row.countKind()).isEqualTo(ArmOutcomeResult.CountKind.PATIENTS);
        assertThat(d.measureTitle()).contains("posted adverse-event totals");
    }

    @Test
    void seriousAdverseEventsComeFromThePostedSeriousTotals() {
        for (String name : List.of("serious adverse events", "sae", "serious_adverse_events")) {
            RegistryExtraction e = extractor.extract(outcome(name, "RR"), trial());
            assertThat(e.measures().get(0).arms()).as(name).extracting(r -> r.result().events().getAsInt(),
                    r -> r.result().n().getAsInt()).containsExactly(tuple(4, 158), tuple(8, 159));
        }
    }

    @Test
    void anOrganClassPostedAsOneTermIsCountedPerParticipant() {
        RegistryExtraction e = extractor.extract(outcome("cpk", "RR", "Investigations"), trial());
        assertThat(e.measures().get(0).arms()).extracting(r -> r.result().events().getAsInt(),
                r -> r.result().n().getAsInt()).containsExactly(tuple(4, 158), tuple(8, 159));
        assertThat(e.measures().get(0).notes()).anySatisfy(n -> assertThat(n).contains("only posted term")
                .contains("per participant"));
    }

    @Test
    void anOrganClassPostedAsSeveralTermsIsNotGivenABound() {
        RegistryExtraction e = extractor.extract(outcome("eye", "RR", "Eye disorders"), trial());
        assertThat(e.measures()).isEmpty();
        assertThat(e.unusable()).singleElement().extracting(UnusableMeasure::reason).asString()
                .contains("3 terms").contains("not posted");
    }

    @Test
    void aPostedOutcomeMeasureNamingTheOutcomeIsPreferred() {
        TrialRecord t = Trials.trial("NCT02552212")
                .arm("Certolizumab Pegol 200 mg Q2W", "EXPERIMENTAL", "Biological: Certolizumab Pegol")
                .arm("Placebo", "PLACEBO_COMPARATOR", "Other: Placebo")
                .aeGroup("EG000", "Placebo (SS)", 0, 4, 158)
                .aeGroup("EG001", "CZP 200 mg Q2W (SS)", 0, 8, 159)
                .outcome(Trials.measure("SECONDARY", "Mortality at Week 52", "Week 52", "COUNT_OF_PARTICIPANTS", "",
                        "Participants")
                        .group("OG000", "Placebo (FAS)").group("OG001", "CZP 200 mg Q2W (FAS)")
                        .value("OG000", "158", "0").value("OG001", "159", "0")
                        .build())
                .build();
        RegistryExtraction e = extractor.extract(outcome("mortality", "RR"), t);
        assertThat(e.measures()).singleElement().extracting(RegistryOutcomeData::measureTitle)
                .isEqualTo("Mortality at Week 52");
    }

    @Test
    void continuousOutcomesAreNeverReadFromAdverseEvents() {
        assertThat(extractor.extract(outcome("mortality", "MD"), trial()).measures()).isEmpty();
    }

    @Test
    void theSafetyTableLeadsWithTheExactPostedTotals() {
        AdverseEventSummary.Result s = new AdverseEventSummary().summarise(List.of(trial()));
        assertThat(s.totals()).extracting(OrganSystemEvents::organSystem, OrganSystemEvents::treatmentAffected,
                OrganSystemEvents::treatmentAtRisk, OrganSystemEvents::controlAffected, OrganSystemEvents::controlAtRisk)
                .containsExactly(tuple(AdverseEventSummary.MORTALITY, 0, 159, 0, 158),
                        tuple(AdverseEventSummary.SERIOUS, 8, 159, 4, 158));
        assertThat(s.systems()).extracting(OrganSystemEvents::organSystem)
                .containsExactly("Eye disorders", "Investigations");
    }
}
