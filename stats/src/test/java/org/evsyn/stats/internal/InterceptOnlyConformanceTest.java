package org.evsyn.stats.internal;

import org.evsyn.stats.regression.Coefficient;
import org.evsyn.stats.regression.MetaRegressionFit;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.conformance.CaseData;
import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.ConformanceCases;
import org.evsyn.stats.conformance.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

/**
 * The regression engine on the intercept-only design reproduces the fixtures' main inverse-variance model (every
 * τ² method, z and Knapp–Hartung), which checks the moderator generalisations at p = 1 directly against metafor.
 */
class InterceptOnlyConformanceTest {

    static List<ConformanceCase> cases() {
        return ConformanceCases.all().stream()
                .filter(CaseData::isInverseVariance)
                .filter(c -> !c.expected().has("error"))
                .filter(c -> c.expected().path("k").asInt() >= 2)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void interceptOnlyDesignMatchesMetaforMainModel(ConformanceCase c) {
        JsonNode e = c.expected();
        CaseData data = CaseData.of(c);
        MetaRegressionFit fit = MetaRegression.fit(data.yi(), data.vi(), DesignMatrix.interceptOnly(data.yi().length),
                CaseData.modelOptions(c));
        Coefficient b = fit.coefficient(0);
        Tolerance tol = c.tolerance();
        String w = c.name() + " intercept-only";
        tol.assertInt(w + ".k", fit.k(), e.path("k"));
        tol.assertNumber(w + ".estimate", b.estimate(), e.path("estimate"));
        tol.assertNumber(w + ".se", b.se(), e.path("se"));
        tol.assertNumber(w + ".ci_lower", b.ciLower(), e.path("ci_lower"));
        tol.assertNumber(w + ".ci_upper", b.ciUpper(), e.path("ci_upper"));
        tol.assertNumber(w + ".stat", b.stat(), e.path("stat"));
        tol.assertNumber(w + ".pval", b.pval(), e.path("pval"));
        tol.assertNumber(w + ".tau2", fit.tau2(), e.path("tau2"));
        tol.assertNumber(w + ".I2", fit.i2(), e.path("I2"));
        tol.assertNumber(w + ".H2", fit.h2(), e.path("H2"));
        tol.assertNumber(w + ".Q", fit.qe(), e.path("Q"));
        tol.assertInt(w + ".Q_df", fit.qeDf(), e.path("Q_df"));
        tol.assertNumber(w + ".Q_pval", fit.qePval(), e.path("Q_pval"));
        if (e.has("vt")) {
            tol.assertNumber(w + ".vt", fit.vt(), e.path("vt"));
        }
        if (e.path("stat_dist").asText().equals("t")) {
            tol.assertInt(w + ".stat_df", fit.statDf(), e.path("stat_df"));
        }
    }
}
