package org.evsyn.stats.conversion;

import org.evsyn.stats.StatsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Expected values were computed in R 4.2 from the published formulas, independently of this code, e.g.
 * {@code w <- 0.7 + 0.39/n; w*(q1+q3)/2 + (1-w)*m} (Luo 2018) and
 * {@code (q3-q1) / (2*qnorm((0.75*n-0.125)/(n+0.25)))} (Wan 2014).
 */
class MedianConversionTest {

    @Test
    void quartilesGiveLuoMeanAndWanSd() {
        // STARTING-2 cell arm, day-90 mRS: median 3 [IQR 3-4], n 39.
        ImputedMoments m = MedianConversion.fromQuartiles(39, 3, 3, 4);
        assertThat(m.mean()).isCloseTo(3.355, within(1e-12));
        assertThat(m.sd()).isCloseTo(0.769654799984188, within(1e-12));
        assertThat(m.meanMethod()).contains("Luo");
        assertThat(m.sdMethod()).contains("Wan");
    }

    @Test
    void quartilesForASmallArm() {
        ImputedMoments m = MedianConversion.fromQuartiles(15, 3, 4, 4);
        assertThat(m.mean()).isCloseTo(3.637, within(1e-12));
        assertThat(m.sd()).isCloseTo(0.817893862935861, within(1e-12));
    }

    @Test
    void rangeGivesLuoMeanAndWanSd() {
        ImputedMoments m = MedianConversion.fromRange(20, 1, 5, 12);
        assertThat(m.mean()).isCloseTo(5.44585082008755, within(1e-12));
        assertThat(m.sd()).isCloseTo(2.94394463675556, within(1e-12));
    }

    @Test
    void fiveNumbersCombineQuartilesAndRange() {
        ImputedMoments m = MedianConversion.fromFiveNumbers(50, 0, 2, 4, 7, 15);
        assertThat(m.mean()).isCloseTo(4.67474729741375, within(1e-12));
        assertThat(m.sd()).isCloseTo(3.57988447128393, within(1e-12));
    }

    @Test
    void symmetricQuartilesKeepTheMedianAsMean() {
        assertThat(MedianConversion.fromQuartiles(100, 2, 5, 8).mean()).isCloseTo(5, within(1e-12));
    }

    @Test
    void disorderedQuartilesAreRejected() {
        assertThatThrownBy(() -> MedianConversion.fromQuartiles(20, 5, 3, 4))
                .isInstanceOf(StatsException.class).hasMessageContaining("q1 <= median <= q3");
    }

    @Test
    void tooSmallArmIsRejected() {
        assertThatThrownBy(() -> MedianConversion.fromQuartiles(1, 1, 2, 3))
                .isInstanceOf(StatsException.class).hasMessageContaining("n = 1");
    }
}
