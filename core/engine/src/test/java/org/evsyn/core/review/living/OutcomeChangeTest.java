package org.evsyn.core.review.living;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The line a living review prints per outcome: the studies that moved it, then what moved. */
class OutcomeChangeTest {

    private static OutcomeChange changed(PooledSnapshot before, PooledSnapshot after, List<StudyChange> studies) {
        return new OutcomeChange("o", OutcomeChange.Status.CHANGED, 2, Optional.of(1L), Optional.of(before),
                Optional.of(after), studies);
    }

    @Test
    void heterogeneitySignificanceAndCertaintyAreNamedWhenTheyMove() {
        OutcomeChange c = changed(new PooledSnapshot(2, -0.5, -1.0, 0.1, 40.4, Optional.of("Low")),
                new PooledSnapshot(3, -0.6, -1.1, -0.1, 55.6, Optional.of("Moderate")),
                List.of(new StudyChange(StudyChange.Kind.ADDED, "Lee 2022", List.of("S3"), List.of())));

        assertThat(c.describe(x -> x)).isEqualTo("added Lee 2022 (source S3); k=2: -0.50 [-1.00, 0.10] → "
                + "k=3: -0.60 [-1.10, -0.10]; I² 40% → 56%; the CI now excludes no effect; GRADE Low → Moderate");
    }

    @Test
    void whatDidNotMoveIsLeftOut() {
        OutcomeChange c = changed(new PooledSnapshot(2, 0.5, 0.1, 0.9, 10.2, Optional.of("Low")),
                new PooledSnapshot(2, 0.4, 0.05, 0.75, 9.9, Optional.of("Low")), List.of());

        assertThat(c.describe(x -> x)).isEqualTo("k=2: 0.50 [0.10, 0.90] → k=2: 0.40 [0.05, 0.75]");
    }

    @Test
    void aRunStoredWithoutHeterogeneityOrCertaintyOnlyLosesThoseComparisons() {
        OutcomeChange c = changed(new PooledSnapshot(2, 0.5, -0.1, 0.9, Double.NaN, Optional.empty()),
                new PooledSnapshot(2, 0.4, 0.05, 0.75, 9.9, Optional.of("Low")), List.of());

        assertThat(c.describe(x -> x)).isEqualTo("k=2: 0.50 [-0.10, 0.90] → k=2: 0.40 [0.05, 0.75]; "
                + "the CI now excludes no effect");
    }
}
