package org.evsyn.stats.internal;

import org.evsyn.stats.regression.Coefficient;
import org.evsyn.stats.regression.MetaRegressionFit;
import org.evsyn.stats.regression.ModeratorTest;
import org.evsyn.stats.regression.TestDistribution;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.conformance.CaseData;
import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.ConformanceCases;
import org.evsyn.stats.conformance.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Single-moderator meta-regression reproduces every field of the fixtures' {@code metaregression} block. */
class MetaRegressionConformanceTest {

    static List<ConformanceCase> cases() {
        return ConformanceCases.withBlock("metaregression");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetaforMetaRegression(ConformanceCase c) {
        JsonNode e = c.expected().path("metaregression");
        CaseData data = CaseData.of(c);
        if (e.has("error")) {
            assertThatThrownBy(() -> MetaRegression.fit(data.yi(), data.vi(),
                    DesignMatrix.builder().numeric("moderator", data.moderator()).build(), CaseData.modelOptions(c)))
                    .as(c.name() + " metaregression must fail").isInstanceOf(StatsException.class);
            return;
        }
        // The fixture names the moderator column it used (the row key); the coefficient carries that name.
        DesignMatrix x = DesignMatrix.builder().numeric(e.path("moderator").asText(), data.moderator()).build();
        MetaRegressionFit fit = MetaRegression.fit(data.yi(), data.vi(), x, CaseData.modelOptions(c));
        assertBlock(c.name() + " metaregression", fit, e, c.tolerance());
        assertThat(fit.coefficient(1).name()).as(c.name() + " metaregression.moderator").isEqualTo("moderator");
    }

    /** Compares a fit with a metaregression-style block, field by field. */
    static void assertBlock(String where, MetaRegressionFit fit, JsonNode e, Tolerance tol) {
        int p = fit.p();
        double[] coef = new double[p];
        double[] se = new double[p];
        double[] stat = new double[p];
        double[] pval = new double[p];
        double[] lo = new double[p];
        double[] hi = new double[p];
        for (int j = 0; j < p; j++) {
            Coefficient cj = fit.coefficient(j);
            coef[j] = cj.estimate();
            se[j] = cj.se();
            stat[j] = cj.stat();
            pval[j] = cj.pval();
            lo[j] = cj.ciLower();
            hi[j] = cj.ciUpper();
        }
        tol.assertArray(where + ".coef", coef, e.path("coef"));
        tol.assertArray(where + ".se", se, e.path("se"));
        tol.assertArray(where + ".stat", stat, e.path("stat"));
        tol.assertArray(where + ".pval", pval, e.path("pval"));
        tol.assertArray(where + ".ci_lower", lo, e.path("ci_lower"));
        tol.assertArray(where + ".ci_upper", hi, e.path("ci_upper"));
        boolean t = e.path("stat_dist").asText().equals("t");
        assertThat(fit.statDf() > 0).as(where + ".stat_dist is t").isEqualTo(t);
        if (t) {
            tol.assertInt(where + ".stat_df", fit.statDf(), e.path("stat_df"));
        }
        ModeratorTest qm = fit.moderatorTest().orElseThrow();
        tol.assertNumber(where + ".QM", qm.statistic(), e.path("QM"));
        tol.assertInt(where + ".QM_df", qm.df(), e.path("QM_df"));
        boolean f = e.path("QM_dist").asText().equals("F");
        assertThat(qm.distribution()).as(where + ".QM_dist")
                .isEqualTo(f ? TestDistribution.F : TestDistribution.CHI_SQUARED);
        if (f) {
            tol.assertInt(where + ".QM_ddf", qm.denominatorDf().orElseThrow(), e.path("QM_ddf"));
        }
        tol.assertNumber(where + ".QM_pval", qm.pval(), e.path("QM_pval"));
        tol.assertNumber(where + ".R2", fit.r2(), e.path("R2"));
        tol.assertNumber(where + ".tau2", fit.tau2(), e.path("tau2"));
        tol.assertNumber(where + ".I2", fit.i2(), e.path("I2"));
        tol.assertNumber(where + ".H2", fit.h2(), e.path("H2"));
        tol.assertNumber(where + ".QE", fit.qe(), e.path("QE"));
        tol.assertInt(where + ".QE_df", fit.qeDf(), e.path("QE_df"));
        tol.assertNumber(where + ".QE_pval", fit.qePval(), e.path("QE_pval"));
    }
}
