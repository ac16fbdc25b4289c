package org.evsyn.stats.internal;

import org.evsyn.stats.subgroup.GroupResult;
import org.evsyn.stats.subgroup.SubgroupResult;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.conformance.CaseData;
import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.ConformanceCases;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.model.BinaryPooledFit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Subgroup analyses with Mantel–Haenszel or Peto pooling per subgroup, plugged in through {@link GroupPooler},
 * reproduce the fixtures' {@code subgroups} block (per-group results and the RevMan-style test; these cases have no
 * mixed-effects test).
 */
class PooledSubgroupConformanceTest {

    static List<ConformanceCase> cases() {
        return ConformanceCases.withBlock("subgroups").stream().filter(c -> !CaseData.isInverseVariance(c)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetaforPerGroupMantelHaenszelAndPeto(ConformanceCase c) {
        JsonNode studies = c.input().path("studies");
        List<BinaryStudy> tables = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (JsonNode s : studies) {
            tables.add(new BinaryStudy(s.path("study").asText(), s.path("treat_events").asInt(),
                    s.path("treat_n").asInt(), s.path("ctrl_events").asInt(), s.path("ctrl_n").asInt()));
            labels.add(s.path("subgroup").asText());
        }
        JsonNode o = c.options();
        ContinuityCorrection correction = new ContinuityCorrection(o.path("cc").asDouble(0.5),
                CorrectionRule.valueOf(o.path("cc_rule").asText("only0").toUpperCase(Locale.ROOT)),
                o.path("drop_double_zero").asBoolean(true));
        EffectMeasure measure = EffectMeasure.valueOf(c.input().path("measure").asText());
        double level = CaseData.level(c);
        boolean peto = o.path("method").asText().equals("PETO");

        GroupPooler pooler = (groupLevel, rows) -> {
            List<BinaryStudy> group = new ArrayList<>(rows.length);
            for (int i : rows) {
                group.add(tables.get(i));
            }
            BinaryPooledFit fit = peto
                    ? PetoMethod.fit(group, correction, level)
                    : MantelHaenszel.fit(measure, group, correction, level);
            return new GroupResult(groupLevel, fit.k(), fit.estimate(), fit.se(), fit.ciLower(), fit.ciUpper(),
                    fit.pval(), fit.tau2(), fit.i2(), fit.q());
        };
        if (c.expected().path("subgroups").has("error")) {
            assertThatThrownBy(() -> SubgroupAnalysis.fromGroups(labels, pooler))
                    .as(c.name() + " subgroups must fail").isInstanceOf(StatsException.class);
            return;
        }
        SubgroupResult r = SubgroupAnalysis.fromGroups(labels, pooler);
        SubgroupConformanceTest.assertGroupsAndBetween(c.name() + " subgroups", r, c.expected().path("subgroups"),
                c.tolerance());
        assertThat(r.mixed()).as(c.name() + " no mixed-effects test for MH/Peto").isEmpty();
    }
}
