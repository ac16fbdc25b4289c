package org.evsyn.reporting.network;

import org.evsyn.reporting.model.NetworkReport;
import org.evsyn.core.review.engine.NetworkAnalysis;
import org.evsyn.core.review.engine.NetworkArmData;
import org.evsyn.core.review.engine.TsaAndFragility;
import org.evsyn.stats.fragility.EventChange;
import org.evsyn.stats.fragility.MetaFragility;
import org.evsyn.stats.fragility.StudyFragility;
import org.evsyn.stats.model.ChiSquareTest;
import org.evsyn.stats.network.NetworkEdge;
import org.evsyn.stats.network.NetworkNode;
import org.evsyn.stats.network.NodeSplit;
import org.evsyn.stats.network.QDecomposition;
import org.evsyn.stats.network.RelativeEffect;
import org.evsyn.stats.network.TreatmentRanks;
import org.evsyn.stats.sequential.TsaPoint;
import org.evsyn.stats.sequential.TsaResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code networks} and {@code sequential} parts of results.json (keys in docs/review-format.md): every number of
 * the network fits, trial sequential analyses and fragility indices, on the analysis scale (log for ratios); NaN is
 * written as null.
 */
public final class NetworkJson {

    private NetworkJson() {
    }

    /** One object per declared network. */
    public static List<Map<String, Object>> networks(NetworkReport report) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NetworkReport.NetworkSection n : report.networks()) {
            NetworkAnalysis a = n.analysis();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome_id", n.id());
            m.put("outcome", a.outcome());
            m.put("measure", a.measure());
            m.put("log_scale", a.ratio());
            m.put("reference", a.plan().reference());
            m.put("method", a.plan().method().name());
            m.put("ranking_direction", a.direction().name().toLowerCase(Locale.ROOT));
            m.put("status", a.result().isPresent() ? "fitted" : "not_possible");
            m.put("reason", a.notPossible().orElse(null));
            m.put("notes", a.notes());
            m.put("studies_left_out", a.data().leftOut().stream().map(x -> map("study", x.studyId(), "reason",
                    x.reason())).toList());
            m.put("arms", a.data().arms().stream().map(NetworkJson::arm).toList());
            a.result().ifPresent(r -> fit(r, m));
            out.add(m);
        }
        return out;
    }

    private static void fit(NetworkAnalysis.NetworkResult r, Map<String, Object> m) {
        m.put("treatments", r.treatments());
        m.put("n_studies", r.studies());
        m.put("n_treatments", r.treatments().size());
        m.put("k_contrasts", r.k());
        m.put("studies_dropped", r.studiesDropped());
        m.put("level", r.level());
        m.put("tau2", num(r.heterogeneity().tau2()));
        m.put("tau", num(r.heterogeneity().tau()));
        m.put("I2", num(r.heterogeneity().i2()));
        m.put("I2_lower", num(r.heterogeneity().i2Lower()));
        m.put("I2_upper", num(r.heterogeneity().i2Upper()));
        test(m, "Q", r.heterogeneity().q());
        test(m, "QM", r.qm());
        m.put("decomposition", r.decomposition().map(NetworkJson::decomposition).orElse(null));
        m.put("effects_vs_reference", r.vsReference().stream().map(NetworkJson::effect).toList());
        m.put("league", r.league().stream().map(NetworkJson::effect).toList());
        m.put("p_scores", r.pScores().stream().map(s -> map("treatment", s.treatment(), "p_score", num(s.score())))
                .toList());
        Map<String, Object> ranks = new LinkedHashMap<>();
        ranks.put("seed", r.ranks().seed());
        ranks.put("draws", r.ranks().draws());
        List<Map<String, Object>> byTreatment = new ArrayList<>();
        for (TreatmentRanks t : r.ranks().treatments()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("treatment", t.treatment());
            x.put("probabilities", t.probabilities());
            x.put("sucra", num(t.sucra()));
            x.put("mean_rank", num(t.meanRank()));
            byTreatment.add(x);
        }
        ranks.put("treatments", byTreatment);
        m.put("rank_probabilities", ranks);
        m.put("node_splits", r.nodeSplits().stream().map(NetworkJson::split).toList());
        Map<String, Object> g = new LinkedHashMap<>();
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (NetworkNode n : r.geometry().nodes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("treatment", n.treatment());
            x.put("studies", n.studies());
            x.put("arms", n.arms());
            x.put("participants", num(n.participants()));
            nodes.add(x);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (NetworkEdge e : r.geometry().edges()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("treatment1", e.treatment1());
            x.put("treatment2", e.treatment2());
            x.put("studies", e.studies());
            x.put("participants", num(e.participants()));
            edges.add(x);
        }
        g.put("nodes", nodes);
        g.put("edges", edges);
        g.put("designs", r.geometry().designs());
        g.put("components", r.geometry().components());
        m.put("geometry", g);
    }

    private static Map<String, Object> arm(NetworkArmData.NetworkArmRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study", r.study());
        m.put("treatment", r.treatment());
        m.put("n", r.arm().n());
        if (r.arm().events().isPresent()) {
            m.put("events", r.arm().events().getAsInt());
        }
        if (r.arm().mean().isPresent()) {
            m.put("mean", r.arm().mean().getAsDouble());
            m.put("sd", r.arm().sd().getAsDouble());
        }
        return m;
    }

    private static Map<String, Object> decomposition(QDecomposition d) {
        Map<String, Object> m = new LinkedHashMap<>();
        test(m, "Q_total", d.total());
        test(m, "Q_within", d.withinDesigns());
        test(m, "Q_between", d.betweenDesigns());
        test(m, "Q_between_random", d.betweenDesignsRandom());
        m.put("tau_within", num(d.tauWithin()));
        m.put("designs", d.designs().stream().map(x -> {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("design", x.design());
            test(y, "Q", x.q());
            return y;
        }).toList());
        return m;
    }

    private static Map<String, Object> effect(RelativeEffect e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treatment1", e.treatment1());
        m.put("treatment2", e.treatment2());
        m.put("estimate", num(e.estimate()));
        m.put("se", num(e.se()));
        m.put("ci_lower", num(e.ciLower()));
        m.put("ci_upper", num(e.ciUpper()));
        m.put("zval", num(e.zval()));
        m.put("pval", num(e.pval()));
        return m;
    }

    private static Map<String, Object> split(NodeSplit s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treatment1", s.treatment1());
        m.put("treatment2", s.treatment2());
        m.put("direct_studies", s.directStudies());
        m.put("direct_proportion", num(s.directProportion()));
        m.put("network", effect(s.nma()));
        m.put("direct", effect(s.direct()));
        m.put("indirect", effect(s.indirect()));
        m.put("difference", num(s.difference()));
        m.put("difference_se", num(s.differenceSe()));
        m.put("zval", num(s.zval()));
        m.put("pval", num(s.pval()));
        return m;
    }

    /** One object per outcome with a trial sequential analysis or a fragility index (or why not). */
    public static List<Map<String, Object>> sequential(NetworkReport report) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NetworkReport.OutcomeSequential o : report.outcomes()) {
            TsaAndFragility s = o.analysis();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome_id", o.id());
            m.put("outcome", o.label());
            m.put("measure", o.measure().measure().name());
            if (s.tsa().isPresent() || s.tsaNotPossible().isPresent()) {
                m.put("tsa", s.tsa().map(NetworkJson::tsa).orElseGet(() -> map("status", "not_possible", "reason",
                        s.tsaNotPossible().get())));
            }
            if (s.fragility().isPresent() || s.fragilityNotPossible().isPresent()) {
                m.put("fragility", s.fragility().map(NetworkJson::fragility).orElseGet(() -> map("status",
                        "not_possible", "reason", s.fragilityNotPossible().get())));
            }
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> tsa(TsaResult t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "computed");
        m.put("method", t.method().name());
        m.put("alpha", t.options().alpha());
        m.put("power", t.options().power());
        m.put("sides", t.options().sides());
        m.put("adjustment", t.ris().adjustment().name());
        m.put("heterogeneity", num(t.ris().heterogeneity()));
        m.put("diversity", num(t.diversity()));
        m.put("inconsistency", num(t.inconsistency()));
        m.put("delta", num(t.ris().delta()));
        m.put("variance", num(t.ris().variance()));
        m.put("ris_unadjusted", num(t.ris().unadjusted()));
        m.put("ris", num(t.ris().adjusted()));
        m.put("estimate", num(t.estimate()));
        m.put("se", num(t.se()));
        m.put("ci_lower", num(t.ciLower()));
        m.put("ci_upper", num(t.ciUpper()));
        m.put("adjusted_z", num(t.adjustedZ()));
        m.put("adjusted_ci_lower", num(t.adjustedLower()));
        m.put("adjusted_ci_upper", num(t.adjustedUpper()));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("crossing", t.conclusion().crossing().name().toLowerCase(Locale.ROOT));
        c.put("trial", t.conclusion().trial());
        c.put("ris_reached", t.conclusion().risReached());
        c.put("text", t.conclusion().text());
        m.put("conclusion", c);
        List<Map<String, Object>> points = new ArrayList<>();
        for (TsaPoint p : t.points()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("trial", p.trial());
            x.put("study", p.label());
            x.put("participants", num(p.participants()));
            x.put("fraction", num(p.fraction()));
            x.put("estimate", num(p.estimate()));
            x.put("se", num(p.se()));
            x.put("z", num(p.z()));
            x.put("benefit", num(p.benefit()));
            x.put("harm", num(p.harm()));
            x.put("futility", num(p.futility()));
            x.put("futility_harm", num(p.futilityHarm()));
            points.add(x);
        }
        m.put("points", points);
        m.put("excluded", t.excluded());
        return m;
    }

    private static Map<String, Object> fragility(MetaFragility f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "computed");
        m.put("method", f.options().method().name());
        m.put("alpha", f.options().alpha());
        m.put("search", f.search().name().toLowerCase(Locale.ROOT));
        m.put("significant", f.significant());
        m.put("flipped", f.flipped());
        m.put("index", f.index());
        m.put("quotient", num(f.quotient()));
        m.put("participants", f.participants());
        m.put("estimate", num(f.estimate()));
        m.put("ci_lower", num(f.ciLower()));
        m.put("ci_upper", num(f.ciUpper()));
        m.put("p_before", num(f.pBefore()));
        m.put("p_after", num(f.pAfter()));
        List<Map<String, Object>> changes = new ArrayList<>();
        for (EventChange c : f.changes()) {
            changes.add(map("study", c.study(), "arm", c.arm().name().toLowerCase(Locale.ROOT), "delta", c.delta()));
        }
        m.put("changes", changes);
        List<Map<String, Object>> studies = new ArrayList<>();
        for (StudyFragility s : f.studies()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("study", s.label());
            x.put("significant", s.significant());
            x.put("walsh_index", s.index());
            x.put("flipped", s.flipped());
            x.put("arm", s.arm().name().toLowerCase(Locale.ROOT));
            x.put("p_before", num(s.pBefore()));
            x.put("p_after", num(s.pAfter()));
            x.put("participants", s.participants());
            x.put("quotient", num(s.quotient()));
            studies.add(x);
        }
        m.put("studies", studies);
        return m;
    }

    private static void test(Map<String, Object> m, String key, ChiSquareTest t) {
        m.put(key, num(t.stat()));
        m.put(key + "_df", t.df());
        m.put(key + "_pval", num(t.pval()));
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
