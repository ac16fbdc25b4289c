package org.evsyn.stats.internal;

import org.evsyn.stats.subgroup.GroupResult;
import org.evsyn.stats.subgroup.MixedEffectsTest;
import org.evsyn.stats.subgroup.SubgroupResult;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.conformance.CaseData;
import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.ConformanceCases;
import org.evsyn.stats.conformance.Tolerance;
import org.evsyn.stats.regression.ModeratorTest;
import org.evsyn.stats.regression.TestDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inverse-variance subgroup analyses reproduce every field of the fixtures' {@code subgroups} block. */
class SubgroupConformanceTest {

    static List<ConformanceCase> inverseVarianceCases() {
        return ConformanceCases.withBlock("subgroups").stream().filter(CaseData::isInverseVariance).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inverseVarianceCases")
    void matchesMetaforSubgroups(ConformanceCase c) {
        JsonNode e = c.expected().path("subgroups");
        CaseData data = CaseData.of(c);
        if (e.has("error")) {
            assertThatThrownBy(() -> SubgroupAnalysis.inverseVariance(data.yi(), data.vi(), data.subgroups(),
                    CaseData.modelOptions(c)))
                    .as(c.name() + " subgroups must fail").isInstanceOf(StatsException.class);
            return;
        }
        SubgroupResult r = SubgroupAnalysis.inverseVariance(data.yi(), data.vi(), data.subgroups(),
                CaseData.modelOptions(c));
        String w = c.name() + " subgroups";
        assertGroupsAndBetween(w, r, e, c.tolerance());

        Tolerance tol = c.tolerance();
        MixedEffectsTest mixed = r.mixed().orElseThrow();
        ModeratorTest qm = mixed.test();
        tol.assertNumber(w + ".QM_mixed", qm.statistic(), e.path("QM_mixed"));
        tol.assertInt(w + ".QM_mixed_df", qm.df(), e.path("QM_mixed_df"));
        boolean f = e.path("QM_mixed_dist").asText().equals("F");
        assertThat(qm.distribution()).as(w + ".QM_mixed_dist")
                .isEqualTo(f ? TestDistribution.F : TestDistribution.CHI_SQUARED);
        if (f) {
            tol.assertInt(w + ".QM_mixed_ddf", qm.denominatorDf().orElseThrow(), e.path("QM_mixed_ddf"));
        } else {
            assertThat(e.has("QM_mixed_ddf")).as(w + " no QM_mixed_ddf for chi-squared").isFalse();
        }
        tol.assertNumber(w + ".QM_mixed_pval", qm.pval(), e.path("QM_mixed_pval"));
        tol.assertNumber(w + ".QM_mixed_tau2", mixed.residualTau2(), e.path("QM_mixed_tau2"));
    }

    /** Checks the per-group results and the RevMan-style test; shared with the MH/Peto subgroup test. */
    static void assertGroupsAndBetween(String w, SubgroupResult r, JsonNode e, Tolerance tol) {
        assertThat(e.path("by").asText()).as(w + ".by").isEqualTo("subgroup");
        JsonNode groups = e.path("groups");
        assertThat(r.groups()).as(w + " number of groups").hasSize(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            JsonNode eg = groups.get(g);
            GroupResult ag = r.groups().get(g);
            String wg = w + ".groups[" + g + "]";
            assertThat(ag.level()).as(wg + ".level").isEqualTo(eg.path("level").asText());
            tol.assertInt(wg + ".k", ag.k(), eg.path("k"));
            tol.assertNumber(wg + ".estimate", ag.estimate(), eg.path("estimate"));
            tol.assertNumber(wg + ".se", ag.se(), eg.path("se"));
            tol.assertNumber(wg + ".ci_lower", ag.ciLower(), eg.path("ci_lower"));
            tol.assertNumber(wg + ".ci_upper", ag.ciUpper(), eg.path("ci_upper"));
            tol.assertNumber(wg + ".pval", ag.pval(), eg.path("pval"));
            tol.assertNumber(wg + ".tau2", ag.tau2(), eg.path("tau2"));
            tol.assertNumber(wg + ".I2", ag.i2(), eg.path("I2"));
            tol.assertNumber(wg + ".Q", ag.q(), eg.path("Q"));
        }
        tol.assertNumber(w + ".Q_between", r.between().q(), e.path("Q_between"));
        tol.assertInt(w + ".Q_between_df", r.between().df(), e.path("Q_between_df"));
        tol.assertNumber(w + ".Q_between_pval", r.between().pval(), e.path("Q_between_pval"));
    }
}
