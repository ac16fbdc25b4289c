package org.evsyn.core.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Arm roles as reviewers write them and as stores of every schema hold them, and arm treatments. */
class ExtractedArmTest {

    @Test
    void reviewersWordsForTheExperimentalArmStillReadAsExperimental() {
        for (String word : new String[]{"cell", "Cell therapy", "cell_therapy", "experimental", "intervention"}) {
            assertThat(ExtractedArm.Role.parse(word)).as(word).contains(ExtractedArm.Role.EXPERIMENTAL);
        }
    }

    @Test
    void theRoleNameOfStoresBeforeSchemaFiveReadsAsExperimental() {
        assertThat(ExtractedArm.Role.stored("CELL_THERAPY")).isEqualTo(ExtractedArm.Role.EXPERIMENTAL);
        assertThat(ExtractedArm.Role.stored("EXPERIMENTAL")).isEqualTo(ExtractedArm.Role.EXPERIMENTAL);
        assertThat(ExtractedArm.Role.stored("CONTROL")).isEqualTo(ExtractedArm.Role.CONTROL);
        assertThatThrownBy(() -> ExtractedArm.Role.stored("CELL")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankTreatmentIsNoTreatment() {
        ExtractedArm arm = new ExtractedArm("control", ExtractedArm.Role.CONTROL, OptionalInt.empty(),
                Optional.of("  "));
        assertThat(arm.treatment()).isEmpty();
        assertThat(arm.withTreatment(Optional.of(" placebo ")).treatment()).contains("placebo");
    }
}
