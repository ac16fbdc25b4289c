package org.evsyn.reporting.format;

import org.evsyn.reporting.model.MetaRegressionResult;
import org.evsyn.stats.regression.MetaRegressionFit;
import org.evsyn.stats.regression.ModeratorTest;
import org.evsyn.stats.regression.TestDistribution;

/** The one-line summary of a meta-regression, shared by its table, its bubble plot and the exports. */
public final class RegressionTexts {

    private RegressionTexts() {
    }

    /**
     * The model lines under the coefficients: "k = 13; test of moderators: QM(df = 1) = 3.88, P = 0.049; residual
     * Tau² = 0.02, I² = 38%; R² = 45%; residual heterogeneity: QE(df = 11) = 18.63, P = 0.068".
     */
    public static String regressionSummary(MetaRegressionResult m) {
        MetaRegressionFit f = m.fit();
        StringBuilder b = new StringBuilder("k = ").append(f.k());
        f.moderatorTest().ifPresent(t -> b.append("; test of moderators: ").append(moderatorTest(t)));
        b.append("; residual Tau\u00B2 = ").append(Numbers.two(f.tau2())).append(", I\u00B2 = ")
                .append(Numbers.i2(f.i2()));
        b.append("; R\u00B2 = ").append(Double.isFinite(f.r2()) ? Numbers.percentInteger(f.r2())
                : Numbers.NOT_APPLICABLE);
        b.append("; residual heterogeneity: QE(df = ").append(f.qeDf()).append(") = ").append(Numbers.two(f.qe()))
                .append(", ").append(Numbers.p(f.qePval()));
        return b.toString();
    }

    /** "QM(df = 1) = 3.88, P = 0.049", or "F(df1 = 1, df2 = 11) = 3.21, P = 0.10" under Knapp–Hartung. */
    public static String moderatorTest(ModeratorTest t) {
        String stat = t.distribution() == TestDistribution.F
                ? "F(df1 = " + t.df() + ", df2 = " + t.denominatorDf().getAsInt() + ")"
                : "QM(df = " + t.df() + ")";
        return stat + " = " + Numbers.two(t.statistic()) + ", " + Numbers.p(t.pval());
    }
}
