package org.evsyn.stats.internal;

import org.evsyn.stats.bias.EggerResult;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.conformance.CaseData;
import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.ConformanceCases;
import org.evsyn.stats.conformance.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Egger's test reproduces the fixtures' {@code egger} block (per-study yi/vi, also for MH and Peto cases). */
class EggerConformanceTest {

    static List<ConformanceCase> cases() {
        return ConformanceCases.withBlock("egger");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetaforRegtest(ConformanceCase c) {
        JsonNode e = c.expected().path("egger");
        CaseData data = CaseData.of(c);
        if (e.has("error")) {
            assertThatThrownBy(() -> EggerTest.run(data.yi(), data.vi(), CaseData.level(c)))
                    .as(c.name() + " egger must fail").isInstanceOf(StatsException.class);
            return;
        }
        EggerResult r = EggerTest.run(data.yi(), data.vi(), CaseData.level(c));
        Tolerance tol = c.tolerance();
        String w = c.name() + " egger";
        tol.assertNumber(w + ".stat", r.stat(), e.path("stat"));
        tol.assertNumber(w + ".pval", r.pval(), e.path("pval"));
        tol.assertInt(w + ".df", r.df(), e.path("df"));
        tol.assertNumber(w + ".bias", r.bias(), e.path("bias"));
        tol.assertNumber(w + ".bias_se", r.biasSe(), e.path("bias_se"));
        tol.assertNumber(w + ".limit_estimate", r.limitEstimate(), e.path("limit_estimate"));
        tol.assertArray(w + ".limit_ci", new double[]{r.limitCiLower(), r.limitCiUpper()}, e.path("limit_ci"));
    }
}
