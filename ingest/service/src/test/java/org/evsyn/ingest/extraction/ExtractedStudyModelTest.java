package org.evsyn.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.InterventionDetails;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.junit.jupiter.api.Test;

/** The invariants the payload itself enforces, whatever built it. */
class ExtractedStudyModelTest {

    private static ArmOutcomeResult result(String outcome, String arm, OptionalInt n, OptionalInt events,
            OptionalDouble sd) {
        return new ArmOutcomeResult(outcome, OptionalDouble.of(90), Optional.empty(), arm, n, OptionalDouble.empty(),
                sd, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), events,
                ArmOutcomeResult.CountKind.forOutcome(outcome), ArmOutcomeResult.ValueKind.FINAL, Optional.empty(),
                List.of(), Optional.empty(), Optional.empty());
    }

    private static ExtractedStudy study(List<ExtractedArm> arms, List<ArmOutcomeResult> results) {
        return new ExtractedStudy("S", ExtractedStudy.Part.OUTCOMES, Optional.empty(), OptionalInt.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), InterventionDetails.none(),
                List.of(), OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty(), arms, Optional.empty(),
                results, List.of(), Optional.empty());
    }

    @Test
    void refusesImpossibleNumbers() {
        assertThatThrownBy(() -> result("death", "cell", OptionalInt.of(5), OptionalInt.of(6), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceed n");
        assertThatThrownBy(() -> result("death", "cell", OptionalInt.of(-1), OptionalInt.empty(), OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> result("nihss", "cell", OptionalInt.of(5), OptionalInt.empty(), OptionalDouble.of(-0.1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sd");
        assertThatThrownBy(() -> new ExtractedArm("cell", ExtractedArm.Role.EXPERIMENTAL, OptionalInt.of(-3)))
                .isInstanceOf(IllegalArgumentException.class);
        // Event counts may exceed the number of patients.
        assertThat(result("sae_events", "cell", OptionalInt.of(4), OptionalInt.of(9), OptionalDouble.empty())
                .countKind()).isEqualTo(ArmOutcomeResult.CountKind.EVENTS);
    }

    @Test
    void requiresResultsToBelongToAnArmWithAUniqueLabel() {
        ExtractedArm cell = new ExtractedArm("cell", ExtractedArm.Role.EXPERIMENTAL, OptionalInt.empty());
        ArmOutcomeResult other = result("death", "other", OptionalInt.empty(), OptionalInt.empty(),
                OptionalDouble.empty());

        assertThatThrownBy(() -> study(List.of(cell), List.of(other))).hasMessageContaining("unknown arm other");
        assertThatThrownBy(() -> study(List.of(cell, cell), List.of())).hasMessageContaining("used twice");
        assertThat(study(List.of(cell), List.of()).externalId()).isEqualTo("S");
    }

    @Test
    void mergeRefusesDisagreeingArmSizes() {
        ExtractedStudy a = study(List.of(new ExtractedArm("cell", ExtractedArm.Role.EXPERIMENTAL, OptionalInt.of(5))),
                List.of());
        ExtractedStudy b = study(List.of(new ExtractedArm("cell", ExtractedArm.Role.EXPERIMENTAL, OptionalInt.of(6))),
                List.of());

        assertThatThrownBy(() -> a.merge(b)).hasMessageContaining("n 5 in one part and 6 in the other");
    }
}
