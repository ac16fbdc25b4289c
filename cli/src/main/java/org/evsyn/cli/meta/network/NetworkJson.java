package org.evsyn.cli.meta.network;

import org.evsyn.stats.model.ChiSquareTest;
import org.evsyn.stats.network.ContrastCovariance;
import org.evsyn.stats.network.MultiArmWeight;
import org.evsyn.stats.network.NetworkContrast;
import org.evsyn.stats.network.NetworkEdge;
import org.evsyn.stats.network.NetworkFit;
import org.evsyn.stats.network.NetworkGeometry;
import org.evsyn.stats.network.NetworkHeterogeneity;
import org.evsyn.stats.network.NetworkNode;
import org.evsyn.stats.network.NetworkOptions;
import org.evsyn.stats.network.NodeSplit;
import org.evsyn.stats.network.QDecomposition;
import org.evsyn.stats.network.RankProbabilities;
import org.evsyn.stats.network.RankingDirection;
import org.evsyn.stats.network.RelativeEffect;
import org.evsyn.stats.network.TreatmentRanks;
import org.evsyn.stats.network.TreatmentScore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON document of {@code evsyn nma --format json}: the keys of the conformance fixtures' {@code expected} block
 * with the same names and meaning, then netmeta's further quantities (docs/network.md lists every key). Ratio
 * measures stay on the log scale, as in the fixtures.
 */
final class NetworkJson {

    private NetworkJson() {
    }

    /**
     * The document of one fit.
     *
     * @param fit   the network fit
     * @param ranks the rank probabilities (SUCRA) drawn for it
     * @param echo  the options as given on the command line, echoed under {@code options}
     * @return the tree, keys in print order
     */
    static Map<String, Object> of(NetworkFit fit, RankProbabilities ranks, Map<String, Object> echo) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("options", echo);
        d.put("treatments", fit.treatments());
        d.put("reference", fit.reference());
        d.put("n_studies", fit.studies());
        d.put("n_treatments", fit.treatmentCount());
        d.put("k_contrasts", fit.k());
        d.put("studies_dropped", fit.studiesDropped());
        d.put("contrasts", list(fit.contrasts(), NetworkJson::contrast));
        d.put("contrast_covariances", list(fit.contrastCovariances(), NetworkJson::covariance));
        NetworkHeterogeneity h = fit.heterogeneity();
        d.put("tau2", h.tau2());
        d.put("tau", h.tau());
        d.put("I2", h.i2());
        d.put("I2_ci_lower", h.i2Lower());
        d.put("I2_ci_upper", h.i2Upper());
        d.put("Q", h.q().stat());
        d.put("Q_df", h.q().df());
        d.put("Q_pval", h.q().pval());
        d.put("QM", fit.qm().stat());
        d.put("QM_df", fit.qm().df());
        d.put("QM_pval", fit.qm().pval());
        d.put("effects_vs_reference", list(fit.effectsVsReference(), NetworkJson::versusReference));
        d.put("league", list(fit.league(), NetworkJson::effect));
        d.put("p_scores", list(fit.pScores(), NetworkJson::pScore));
        d.put("ranking_direction", direction(fit.options().direction()));
        d.put("rank_probabilities", ranks(ranks));
        d.put("decomposition", decomposition(fit.decomposition()));
        d.put("netsplit", list(fit.netsplit(), NetworkJson::split));
        d.put("geometry", geometry(fit.geometry()));
        d.put("multi_arm_adjusted_se", list(fit.multiArmAdjustments(), NetworkJson::multiArm));
        return d;
    }

    /** "higher_is_better" or "lower_is_better", as the fixtures spell it. */
    static String direction(RankingDirection direction) {
        return direction == RankingDirection.HIGHER_IS_BETTER ? "higher_is_better" : "lower_is_better";
    }

    /**
     * The options a run used, echoed: those given and the defaults filled in.
     *
     * @param options the fit's options
     * @param seed    the SUCRA simulation's seed
     * @param draws   its number of draws
     * @return the tree
     */
    static Map<String, Object> echo(NetworkOptions options, long seed, int draws) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("measure", options.measure().name());
        o.put("reference", options.reference());
        o.put("method", options.method().name());
        o.put("level", options.level());
        o.put("cc", options.correction().value());
        o.put("cc_rule", options.correction().rule().name().toLowerCase(java.util.Locale.ROOT));
        o.put("drop_double_zero", options.correction().dropDoubleZero());
        o.put("ranking_direction", direction(options.direction()));
        o.put("seed", seed);
        o.put("draws", draws);
        o.put("rho", 0.5);
        o.put("test", "z");
        return o;
    }

    private static <T> List<Object> list(List<T> items, Function<T, Map<String, Object>> entry) {
        List<Object> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(entry.apply(item));
        }
        return out;
    }

    private static Map<String, Object> contrast(NetworkContrast c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study", c.study());
        m.put("treatment", c.treatment());
        m.put("baseline", c.baseline());
        m.put("yi", c.yi());
        m.put("vi", c.vi());
        return m;
    }

    private static Map<String, Object> covariance(ContrastCovariance c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study", c.study());
        m.put("treatment1", c.treatment1());
        m.put("treatment2", c.treatment2());
        m.put("baseline", c.baseline());
        m.put("cov", c.cov());
        return m;
    }

    private static Map<String, Object> versusReference(RelativeEffect e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treatment", e.treatment1());
        putEffect(m, e);
        return m;
    }

    private static Map<String, Object> effect(RelativeEffect e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treatment1", e.treatment1());
        m.put("treatment2", e.treatment2());
        putEffect(m, e);
        return m;
    }

    private static void putEffect(Map<String, Object> m, RelativeEffect e) {
        m.put("estimate", e.estimate());
        m.put("se", e.se());
        m.put("ci_lower", e.ciLower());
        m.put("ci_upper", e.ciUpper());
        m.put("zval", e.zval());
        m.put("pval", e.pval());
    }

    private static Map<String, Object> pScore(TreatmentScore s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treatment", s.treatment());
        m.put("p_score", s.score());
        return m;
    }

    private static Map<String, Object> test(ChiSquareTest t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Q", t.stat());
        m.put("df", t.df());
        m.put("pval", t.pval());
        return m;
    }

    private static Map<String, Object> ranks(RankProbabilities r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", r.seed());
        m.put("draws", r.draws());
        m.put("treatments", list(r.treatments(), NetworkJson::treatmentRanks));
        return m;
    }

    private static Map<String, Object> treatmentRanks(TreatmentRanks t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treatment", t.treatment());
        m.put("rank_probabilities", t.probabilities());
        m.put("sucra", t.sucra());
        m.put("mean_rank", t.meanRank());
        return m;
    }

    private static Map<String, Object> decomposition(QDecomposition q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", test(q.total()));
        m.put("within_designs", test(q.withinDesigns()));
        m.put("between_designs", test(q.betweenDesigns()));
        List<Object> designs = new ArrayList<>();
        q.designs().forEach(d -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("design", d.design());
            e.putAll(test(d.q()));
            designs.add(e);
        });
        m.put("designs", designs);
        m.put("between_designs_random", test(q.betweenDesignsRandom()));
        m.put("tau_within", q.tauWithin());
        return m;
    }

    private static Map<String, Object> split(NodeSplit s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treatment1", s.treatment1());
        m.put("treatment2", s.treatment2());
        m.put("direct_studies", s.directStudies());
        m.put("direct_proportion", s.directProportion());
        m.put("nma", estimate(s.nma()));
        m.put("direct", estimate(s.direct()));
        m.put("indirect", estimate(s.indirect()));
        m.put("difference", s.difference());
        m.put("difference_se", s.differenceSe());
        m.put("zval", s.zval());
        m.put("pval", s.pval());
        return m;
    }

    private static Map<String, Object> estimate(RelativeEffect e) {
        Map<String, Object> m = new LinkedHashMap<>();
        putEffect(m, e);
        return m;
    }

    private static Map<String, Object> geometry(NetworkGeometry g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", list(g.nodes(), NetworkJson::node));
        m.put("edges", list(g.edges(), NetworkJson::edge));
        m.put("designs", g.designs());
        m.put("components", g.components());
        return m;
    }

    private static Map<String, Object> node(NetworkNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treatment", n.treatment());
        m.put("studies", n.studies());
        m.put("arms", n.arms());
        m.put("participants", n.participants());
        return m;
    }

    private static Map<String, Object> edge(NetworkEdge e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treatment1", e.treatment1());
        m.put("treatment2", e.treatment2());
        m.put("studies", e.studies());
        m.put("participants", e.participants());
        return m;
    }

    private static Map<String, Object> multiArm(MultiArmWeight w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study", w.study());
        m.put("treatment1", w.treatment1());
        m.put("treatment2", w.treatment2());
        m.put("se", w.se());
        m.put("adjusted_se", w.adjustedSe());
        return m;
    }
}
