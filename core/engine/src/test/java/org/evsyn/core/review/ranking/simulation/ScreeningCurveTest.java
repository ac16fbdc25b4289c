package org.evsyn.core.review.ranking.simulation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScreeningCurveTest {

    /**
     * 20 records, relevant ones found at 1, 2 and 3. 95% recall needs ceil(2.85) = 3 found: 3 screened, so WSS@95 =
     * 17/20 - 0.05 = 0.80. 10% is 2 records, which hold 2 of the 3: RRF@10 = 66.67%.
     */
    @Test
    void earlyFindsSaveWork() {
        ScreeningCurve c = new ScreeningCurve(20, new int[] {1, 2, 3}, Double.NaN, 1, 0);
        assertThat(c.screenedToRecall(0.95)).isEqualTo(3);
        assertThat(c.screenedToRecall(1.0)).isEqualTo(3);
        assertThat(c.workSavedOverSampling(0.95)).isCloseTo(0.80, within(1e-12));
        assertThat(c.relevantFoundPercent(0.10)).isCloseTo(200.0 / 3, within(1e-12));
    }

    /**
     * 10 records, found at 1, 2, 5, 10: 95% recall needs ceil(3.8) = 4 found, at 10: WSS@95 = 0 - 0.05 = -0.05.
     * 10% is one record: RRF@10 = 25%.
     */
    @Test
    void lateFindsSaveNothing() {
        ScreeningCurve c = new ScreeningCurve(10, new int[] {1, 2, 5, 10}, Double.NaN, 1, 0);
        assertThat(c.screenedToRecall(0.95)).isEqualTo(10);
        assertThat(c.screenedToRecall(0.5)).isEqualTo(2);
        assertThat(c.workSavedOverSampling(0.95)).isCloseTo(-0.05, within(1e-12));
        assertThat(c.relevantFoundPercent(0.10)).isCloseTo(25.0, within(1e-12));
    }

    @Test
    void positionsMustRiseWithinTheRecords() {
        assertThatThrownBy(() -> new ScreeningCurve(5, new int[] {2, 2}, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScreeningCurve(5, new int[] {6}, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
