package org.evsyn.reporting.figures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BubblePlotTicksTest {

    @Test
    void aModeratorOfWholeNumbersGetsWholeNumberTicks() {
        // Four years of publication: a nice step of 0.5 would print 1995.5.
        assertThat(BubblePlotFigure.ticks(1995, 1998, true)).containsExactly(1995.0, 1996.0, 1997.0, 1998.0);
    }

    @Test
    void aContinuousModeratorKeepsFractionalTicks() {
        assertThat(BubblePlotFigure.ticks(1995, 1998, false)).contains(1995.5);
    }
}
