package org.evsyn.core.review.attributes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Dose texts as printed in the bundled evidence pack's trials sheet. */
class TotalDoseTest {

    @Test
    void readsOneTotalInWordsOrPowersOfTen() {
        assertThat(TotalDose.totalCells("1 single unit of 1.2 billion cells")).hasValue(1.2e9);
        assertThat(TotalDose.totalCells("a mean of 280.75 million BMSCs")).hasValue(2.8075e8);
        assertThat(TotalDose.totalCells("1 x 10(8) autologous MSCs")).hasValue(1e8);
        assertThat(TotalDose.totalCells("5 x 10^7 (secondary tables S09, S31; superscript lost in S09)")).hasValue(5e7);
        assertThat(TotalDose.totalCells("20 million neural stem cells")).hasValue(2e7);
    }

    @Test
    void alternativesRangesAndPerKgDosesGiveNothing() {
        assertThat(TotalDose.totalCells("400 million or 1200 million cells")).isEmpty();
        assertThat(TotalDose.totalCells("10 x 10^7-30 x 10^7 (secondary table S31)")).isEmpty();
        assertThat(TotalDose.totalCells("3-8 x 10^6 CD34+ immunosorted PBSCs")).isEmpty();
        assertThat(TotalDose.totalCells("1 x 10^6/kg (secondary tables S32, S24)")).isEmpty();
        assertThat(TotalDose.totalCells("2 million/kg body weight (S24, secondary)")).isEmpty();
        assertThat(TotalDose.totalCells("")).isEmpty();
    }

    @Test
    void perKgUsesTheAssumedWeightAndSaysSo() {
        TotalDose.Derived d = TotalDose.perKg("1.2 billion cells").orElseThrow();
        assertThat(d.cellsPerKg()).isCloseTo(1.2e9 / 70, within(1e-3));
        assertThat(d.derivation()).contains("assumed body weight of 70 kg");
        assertThat(d.weightAssumed()).isTrue();
    }

    @Test
    void perKgUsesTheTrialsBodyWeightWhenGiven() {
        TotalDose.Derived d = TotalDose.perKg("1.2 billion cells", java.util.OptionalDouble.of(80)).orElseThrow();
        assertThat(d.cellsPerKg()).isCloseTo(1.2e9 / 80, within(1e-3));
        assertThat(d.bodyWeightKg()).isEqualTo(80);
        assertThat(d.weightAssumed()).isFalse();
        assertThat(d.derivation()).contains("the trial's reported body weight of 80 kg");
    }
}
