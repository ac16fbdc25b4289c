package org.evsyn.core.review.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A registry row's conversion notes, as the registry reader writes them, read back into derivations. */
class DerivationNotesTest {

    @Test
    void aLeastSquaresMeanWithItsStandardErrorIsReadBack() {
        String notes = "registry-sourced (NCT1 posted results); " + DerivationNotes.LEAST_SQUARES_MEAN + "; "
                + DerivationNotes.standardError(1.08, 26);

        List<Derivation> d = DerivationNotes.read(notes, 1.08 * Math.sqrt(26));

        assertThat(d).extracting(Derivation::method).containsExactly(Derivation.Method.LEAST_SQUARES_MEAN,
                Derivation.Method.SE_TO_SD);
        assertThat(d.get(1).printed()).containsEntry("n", 26.0).containsEntry("se", 1.08);
        assertThat(d.get(1).sd().getAsDouble()).isEqualTo(1.08 * Math.sqrt(26));
    }

    @Test
    void aConfidenceIntervalOfTheMeanIsReadBackWithItsLevel() {
        List<Derivation> d = DerivationNotes.read(DerivationNotes.confidenceInterval(90, -2.5, 1e-3, 40), 3.0);

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.method()).isEqualTo(Derivation.Method.CI_TO_SD);
            assertThat(x.printed()).containsEntry("lower", -2.5).containsEntry("upper", 1e-3)
                    .containsEntry("level", 90.0).containsEntry("n", 40.0);
        });
    }

    @Test
    void notesWithoutAConversionGiveNone() {
        assertThat(DerivationNotes.read("AMBIGUOUS: check before pooling", 1)).isEmpty();
    }
}
