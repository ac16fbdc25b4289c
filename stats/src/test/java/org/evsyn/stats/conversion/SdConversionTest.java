package org.evsyn.stats.conversion;

import org.evsyn.stats.StatsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Expected values from R 4.2: {@code sqrt(30)*(12-8)/(2*qt(0.975,29))} and {@code sqrt(100)*(12-8)/(2*qnorm(0.975))}. */
class SdConversionTest {

    @Test
    void standardErrorTimesRootN() {
        assertThat(SdConversion.fromStandardError(25, 0.4)).isCloseTo(2.0, within(1e-15));
    }

    @Test
    void smallGroupConfidenceIntervalUsesTheTDistribution() {
        assertThat(SdConversion.fromConfidenceInterval(30, 8, 12, 95)).isCloseTo(5.35609836882686, within(1e-12));
    }

    @Test
    void largeGroupConfidenceIntervalUsesTheNormalDistribution() {
        assertThat(SdConversion.fromConfidenceInterval(100, 8, 12, 95)).isCloseTo(10.2042691384931, within(1e-12));
    }

    @Test
    void invertedIntervalIsRejected() {
        assertThatThrownBy(() -> SdConversion.fromConfidenceInterval(30, 12, 8, 95)).isInstanceOf(StatsException.class);
    }
}
