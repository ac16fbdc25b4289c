package org.evsyn.stats.internal;

import org.evsyn.stats.regression.MetaRegressionFit;
import org.evsyn.stats.regression.ModeratorTest;
import org.evsyn.stats.regression.TestDistribution;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.conformance.CaseData;
import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.ConformanceCases;
import org.evsyn.stats.conformance.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A categorical moderator (dummy coding, up to three levels, i.e. up to two moderator columns tested jointly)
 * reproduces metafor's {@code rma(yi, vi, mods = ~factor(subgroup))} QM and residual τ², stored in the fixtures'
 * subgroups block as QM_mixed.
 */
class CategoricalModeratorConformanceTest {

    static List<ConformanceCase> cases() {
        return ConformanceCases.withBlock("subgroups").stream()
                .filter(CaseData::isInverseVariance)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void categoricalModeratorTestMatchesMetaforQm(ConformanceCase c) {
        JsonNode e = c.expected().path("subgroups");
        CaseData data = CaseData.of(c);
        DesignMatrix x = DesignMatrix.builder().categorical("subgroup", data.subgroups()).build();
        MetaRegressionFit fit = MetaRegression.fit(data.yi(), data.vi(), x, CaseData.modelOptions(c));
        ModeratorTest qm = fit.moderatorTest().orElseThrow();
        Tolerance tol = c.tolerance();
        String w = c.name() + " subgroups";
        tol.assertNumber(w + ".QM_mixed", qm.statistic(), e.path("QM_mixed"));
        tol.assertInt(w + ".QM_mixed_df", qm.df(), e.path("QM_mixed_df"));
        boolean f = e.path("QM_mixed_dist").asText().equals("F");
        assertThat(qm.distribution()).as(w + ".QM_mixed_dist")
                .isEqualTo(f ? TestDistribution.F : TestDistribution.CHI_SQUARED);
        if (f) {
            tol.assertInt(w + ".QM_mixed_ddf", qm.denominatorDf().orElseThrow(), e.path("QM_mixed_ddf"));
        }
        tol.assertNumber(w + ".QM_mixed_pval", qm.pval(), e.path("QM_mixed_pval"));
        tol.assertNumber(w + ".QM_mixed_tau2", fit.tau2(), e.path("QM_mixed_tau2"));
        assertThat(qm.df()).as(w + " dummies").isEqualTo(fit.p() - 1);
    }
}
