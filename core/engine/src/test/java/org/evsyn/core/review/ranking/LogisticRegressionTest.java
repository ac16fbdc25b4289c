package org.evsyn.core.review.ranking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LogisticRegressionTest {

    private static SparseVector dense(double... v) {
        int[] idx = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            idx[i] = i;
        }
        return new SparseVector(idx, v.clone());
    }

    private static LogisticRegression solver(SparseVector... rows) {
        return new LogisticRegression(rows, rows[0].size(), 1e-10, 10_000, 7);
    }

    /**
     * One feature; x = 1 relevant and x = -1 irrelevant, C = 1. The objective w^2/2 + 2 ln(1 + e^-w) is least where
     * w = 2 / (1 + e^w), that is w = 0.6748316143 (solved by hand to ten places, checked with R's uniroot).
     */
    @Test
    void symmetricPairMeetsItsStationaryPoint() {
        LogisticRegression lr = solver(dense(1), dense(-1));
        lr.fit(new int[] {1, -1}, new double[] {1, 1});
        assertThat(lr.weights()[0]).isCloseTo(0.6748316143, within(1e-9));
        assertThat(lr.score(0)).isCloseTo(0.6748316143, within(1e-9));
    }

    /**
     * Four rows with unequal costs; reference minimiser of the primal objective by R 4.2.2's optim (BFGS on
     * 0.5 sum(w^2) + sum(C log1p(exp(-y X w))), reltol 1e-15, gradient below 1e-8).
     */
    @Test
    void weightedRowsMatchThePrimalMinimum() {
        LogisticRegression lr = solver(dense(1, 0.5, 0), dense(0.2, 1, 0), dense(0.8, 0, -0.3), dense(0, 0.6, 0.9));
        lr.fit(new int[] {1, -1, 1, -1}, new double[] {2, 1, 1, 0.5});
        double[] w = lr.weights();
        assertThat(w[0]).isCloseTo(0.8276847304, within(1e-8));
        assertThat(w[1]).isCloseTo(-0.2629378998, within(1e-8));
        assertThat(w[2]).isCloseTo(-0.2764491343, within(1e-8));
    }

    @Test
    void warmStartReachesTheColdFit() {
        SparseVector[] rows = {dense(1, 0.5, 0), dense(0.2, 1, 0), dense(0.8, 0, -0.3), dense(0, 0.6, 0.9)};
        LogisticRegression warm = solver(rows);
        warm.fit(new int[] {1, -1, 0, 0}, new double[] {1, 1, 0, 0});
        // One more decision, a row whose label is withdrawn and costs that move, as class weights do.
        warm.fit(new int[] {1, 0, 1, -1}, new double[] {2, 0, 1, 0.5});
        LogisticRegression cold = solver(rows);
        cold.fit(new int[] {1, 0, 1, -1}, new double[] {2, 0, 1, 0.5});
        for (int i = 0; i < 3; i++) {
            assertThat(warm.weights()[i]).isCloseTo(cold.weights()[i], within(1e-8));
        }
    }

    @Test
    void unlabelledRowsAreNotTrainedOn() {
        LogisticRegression lr = solver(dense(1), dense(-1), dense(5));
        lr.fit(new int[] {1, -1, 0}, new double[] {1, 1, 123});
        assertThat(lr.weights()[0]).isCloseTo(0.6748316143, within(1e-9));
    }
}
