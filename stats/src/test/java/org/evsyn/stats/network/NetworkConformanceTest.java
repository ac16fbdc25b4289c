package org.evsyn.stats.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.model.ChiSquareTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every case of the metafor {@code rma.mv} fixtures (src/test/resources/conformance-nma, copied with their README
 * from the project's shared conformance set; metafor 3.8-1 on metadat 1.2-0) field by field at the fixtures'
 * tolerance: contrasts, covariances, τ², Q, QM, effects versus the reference, the league table and P-scores.
 */
class NetworkConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"dong2013_or_fe", "dong2013_or_reml", "hasselblad1998_or_fe", "hasselblad1998_or_reml",
            "hasselblad1998_rr_reml_only0", "senn2013_md_fe", "senn2013_md_reml", "woods2010_or_reml"})
    void everyExpectedNumberMatchesMetafor(String name) throws IOException {
        JsonNode c = read(name);
        NetworkFit fit = fit(c);
        JsonNode e = c.get("expected");
        Checker check = new Checker(c.get("tolerance").get("rel").asDouble(), c.get("tolerance").get("abs").asDouble());

        assertThat(fit.treatments()).containsExactlyElementsOf(strings(e.get("treatments")));
        assertThat(fit.studies()).isEqualTo(e.get("n_studies").asInt());
        assertThat(fit.treatmentCount()).isEqualTo(e.get("n_treatments").asInt());
        assertThat(fit.k()).isEqualTo(e.get("k_contrasts").asInt());
        assertThat(new HashSet<>(fit.studiesDropped())).isEqualTo(new HashSet<>(strings(e.get("studies_dropped"))));

        Map<String, NetworkContrast> contrasts = new HashMap<>();
        fit.contrasts().forEach(x -> contrasts.put(x.study() + "|" + x.treatment() + "|" + x.baseline(), x));
        assertThat(contrasts).hasSize(e.get("contrasts").size());
        for (JsonNode x : e.get("contrasts")) {
            String key = x.get("study").asText() + "|" + x.get("treatment").asText() + "|" + x.get("baseline").asText();
            NetworkContrast got = contrasts.get(key);
            assertThat(got).as(key).isNotNull();
            check.near(key + " yi", got.yi(), x.get("yi"));
            check.near(key + " vi", got.vi(), x.get("vi"));
        }
        Map<String, ContrastCovariance> covs = new HashMap<>();
        fit.contrastCovariances().forEach(x -> covs.put(x.study() + "|" + x.treatment1() + "|" + x.treatment2(), x));
        assertThat(covs).hasSize(e.get("contrast_covariances").size());
        for (JsonNode x : e.get("contrast_covariances")) {
            String key = x.get("study").asText() + "|" + x.get("treatment1").asText() + "|"
                    + x.get("treatment2").asText();
            ContrastCovariance got = covs.get(key);
            assertThat(got).as(key).isNotNull();
            assertThat(got.baseline()).isEqualTo(x.get("baseline").asText());
            check.near(key + " cov", got.cov(), x.get("cov"));
        }

        check.near("tau2", fit.heterogeneity().tau2(), e.get("tau2"));
        ChiSquareTest q = fit.heterogeneity().q();
        check.near("Q", q.stat(), e.get("Q"));
        assertThat(q.df()).isEqualTo(e.get("Q_df").asInt());
        check.near("Q_pval", q.pval(), e.get("Q_pval"));
        ChiSquareTest qm = fit.qm();
        check.near("QM", qm.stat(), e.get("QM"));
        assertThat(qm.df()).isEqualTo(e.get("QM_df").asInt());
        check.near("QM_pval", qm.pval(), e.get("QM_pval"));

        Map<String, RelativeEffect> effects = new HashMap<>();
        fit.effectsVsReference().forEach(x -> effects.put(x.treatment1(), x));
        assertThat(effects).hasSize(e.get("effects_vs_reference").size());
        for (JsonNode x : e.get("effects_vs_reference")) {
            String t = x.get("treatment").asText();
            RelativeEffect got = effects.get(t);
            assertThat(got.treatment2()).isEqualTo(fit.reference());
            check.near(t + " estimate", got.estimate(), x.get("estimate"));
            check.near(t + " se", got.se(), x.get("se"));
            check.near(t + " ci_lower", got.ciLower(), x.get("ci_lower"));
            check.near(t + " ci_upper", got.ciUpper(), x.get("ci_upper"));
            check.near(t + " zval", got.zval(), x.get("zval"));
            check.near(t + " pval", got.pval(), x.get("pval"));
        }
        Map<String, RelativeEffect> league = new HashMap<>();
        fit.league().forEach(x -> league.put(x.treatment1() + "|" + x.treatment2(), x));
        assertThat(league).hasSize(e.get("league").size());
        for (JsonNode x : e.get("league")) {
            String key = x.get("treatment1").asText() + "|" + x.get("treatment2").asText();
            RelativeEffect got = league.get(key);
            assertThat(got).as(key).isNotNull();
            check.near(key + " estimate", got.estimate(), x.get("estimate"));
            check.near(key + " se", got.se(), x.get("se"));
            check.near(key + " ci_lower", got.ciLower(), x.get("ci_lower"));
            check.near(key + " ci_upper", got.ciUpper(), x.get("ci_upper"));
            check.near(key + " pval", got.pval(), x.get("pval"));
            RelativeEffect byName = fit.effect(got.treatment1(), got.treatment2());
            assertThat(byName).isEqualTo(got);
        }
        Map<String, Double> scores = new HashMap<>();
        fit.pScores().forEach(x -> scores.put(x.treatment(), x.score()));
        assertThat(scores).hasSize(e.get("p_scores").size());
        for (JsonNode x : e.get("p_scores")) {
            check.near(x.get("treatment").asText() + " p_score", scores.get(x.get("treatment").asText()),
                    x.get("p_score"));
        }
        assertThat(check.failures).isEmpty();
    }

    static JsonNode read(String name) throws IOException {
        try (InputStream in = NetworkConformanceTest.class.getResourceAsStream("/conformance-nma/" + name + ".json")) {
            assertThat(in).as(name).isNotNull();
            return JSON.readTree(in);
        }
    }

    /** The fit the case describes. */
    static NetworkFit fit(JsonNode c) {
        JsonNode in = c.get("input");
        JsonNode o = c.get("options");
        EffectMeasure measure = EffectMeasure.valueOf(in.get("measure").asText());
        ContinuityCorrection cc = measure.isBinary()
                ? new ContinuityCorrection(o.get("cc").asDouble(),
                CorrectionRule.valueOf(o.get("cc_rule").asText().toUpperCase()), o.get("drop_double_zero").asBoolean())
                : new ContinuityCorrection(0.5, CorrectionRule.ONLY0, true);
        RankingDirection direction = RankingDirection.valueOf(
                c.get("expected").get("ranking_direction").asText().toUpperCase());
        NetworkOptions options = new NetworkOptions(measure, in.get("reference").asText(),
                NetworkMethod.valueOf(o.get("method").asText()), o.get("level").asDouble(), cc, direction);
        List<NetworkArm> arms = new ArrayList<>();
        for (JsonNode a : in.get("arms")) {
            arms.add(measure.isBinary()
                    ? new BinaryArm(a.get("study").asText(), a.get("treatment").asText(), a.get("events").asDouble(),
                    a.get("n").asDouble())
                    : new ContinuousArm(a.get("study").asText(), a.get("treatment").asText(), a.get("mean").asDouble(),
                    a.get("sd").asDouble(), a.get("n").asDouble()));
        }
        return Network.netmeta(arms, options);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** The fixtures' rule |a − e| ≤ abs + rel·|e|, collecting every failure. */
    private static final class Checker {
        private final double rel;
        private final double abs;
        private final List<String> failures = new ArrayList<>();

        Checker(double rel, double abs) {
            this.rel = rel;
            this.abs = abs;
        }

        void near(String what, double actual, JsonNode expected) {
            double e = expected.asDouble();
            if (!(Math.abs(actual - e) <= abs + rel * Math.abs(e))) {
                failures.add(what + ": expected " + e + ", got " + actual);
            }
        }
    }
}
