package org.evsyn.stats.analysis;

import org.evsyn.stats.bias.BeggResult;
import org.evsyn.stats.bias.EggerResult;
import org.evsyn.stats.bias.TrimFillResult;
import org.evsyn.stats.effect.EffectSize;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.model.ChiSquareTest;
import org.evsyn.stats.model.HeterogeneityInterval;
import org.evsyn.stats.model.PredictionInterval;
import org.evsyn.stats.model.RatioScale;
import org.evsyn.stats.regression.Coefficient;
import org.evsyn.stats.regression.MetaRegressionFit;
import org.evsyn.stats.regression.ModeratorTest;
import org.evsyn.stats.regression.TestDistribution;
import org.evsyn.stats.sensitivity.InfluenceDiagnostics;
import org.evsyn.stats.sensitivity.Refit;
import org.evsyn.stats.sensitivity.StudyInfluence;
import org.evsyn.stats.subgroup.BetweenGroupsTest;
import org.evsyn.stats.subgroup.GroupResult;
import org.evsyn.stats.subgroup.MixedEffectsTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * An analysis result as an ordered tree, keyed exactly as the {@code expected} block of the metafor conformance
 * fixtures: maps with insertion order, lists, strings, booleans, {@link Integer} counts and {@link Double}
 * values. NaN stands for "not available" (printed as JSON null); keys of parts that do not apply are absent; a
 * part that failed is a map holding only {@code error}. This is the layout of {@code evsyn meta --format json}.
 */
public final class AnalysisDocument {

    private AnalysisDocument() {
    }

    /**
     * The tree of a completed or failed analysis.
     *
     * @param outcome the outcome
     * @return the tree (unmodifiable); a failed analysis gives {@code {"error": message}}
     */
    public static Map<String, Object> of(AnalysisOutcome outcome) {
        if (outcome instanceof AnalysisOutcome.Failed f) {
            return error(f.message());
        }
        return of(((AnalysisOutcome.Completed) outcome).result());
    }

    /**
     * The tree of a completed analysis.
     *
     * @param r the results
     * @return the tree (unmodifiable)
     */
    public static Map<String, Object> of(AnalysisResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("yi", byPosition(r.effects(), EffectSize::yi));
        m.put("vi", byPosition(r.effects(), EffectSize::vi));
        PooledSummary p = r.model();
        m.put("k", p.k());
        m.put("estimate", p.estimate());
        m.put("se", p.se());
        m.put("ci_lower", p.ciLower());
        m.put("ci_upper", p.ciUpper());
        m.put("stat", p.stat());
        m.put("stat_dist", p.statDistribution());
        if (p.statDf() > 0) {
            m.put("stat_df", p.statDf());
        }
        m.put("pval", p.pval());
        m.put("tau2", p.tau2());
        m.put("I2", p.i2());
        m.put("H2", p.h2());
        m.put("Q", p.q());
        m.put("Q_df", p.qDf());
        m.put("Q_pval", p.qPval());
        if (Double.isFinite(p.vt())) {
            m.put("vt", p.vt());
        }
        // Optionals are tested, not given lambdas: a lambda that captures is a new object at every call, which the
        // C1-compiled batch creates through a slow path, and this runs once per analysis.
        if (r.tau2Interval().isPresent()) {
            BlockOutcome<HeterogeneityInterval> b = r.tau2Interval().get();
            if (b instanceof BlockOutcome.Computed<HeterogeneityInterval> c) {
                HeterogeneityInterval h = c.value();
                m.put("tau2_ci", List.of(h.tau2Lower(), h.tau2Upper()));
                m.put("I2_ci", List.of(h.i2Lower(), h.i2Upper()));
                m.put("H2_ci", List.of(h.h2Lower(), h.h2Upper()));
            } else {
                m.put("tau2_ci", error(((BlockOutcome.Failed<HeterogeneityInterval>) b).message()));
            }
        }
        if (r.prediction().isPresent()) {
            PredictionInterval pi = r.prediction().get();
            m.put("pi_lower", pi.lower());
            m.put("pi_upper", pi.upper());
            if (pi.df() > 0) {
                m.put("pi_df", pi.df());
            }
        }
        if (r.ratio().isPresent()) {
            m.put("exp", ratio(r.ratio().get()));
        }
        if (p.kHeterogeneity().isPresent()) {
            m.put("k_heterogeneity", p.kHeterogeneity().getAsInt());
        }
        if (r.cmh().isPresent()) {
            ChiSquareTest t = r.cmh().get();
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("stat", t.stat());
            c.put("pval", t.pval());
            c.put("continuity_correction", Boolean.TRUE);
            m.put("cmh", Collections.unmodifiableMap(c));
        }
        if (r.tarone().isPresent()) {
            m.put("tarone", chiSquare(r.tarone().get()));
        }
        if (r.leaveOneOut().isPresent()) {
            put(m, "leave_one_out", r.leaveOneOut(), l -> refits(l, "omitted", true));
        }
        put(m, "influence", r.influence(), AnalysisDocument::influence);
        put(m, "egger", r.egger(), AnalysisDocument::egger);
        put(m, "begg", r.begg(), AnalysisDocument::begg);
        if (r.trimFill().isPresent()) {
            boolean ratioMeasure = r.ratio().isPresent();
            put(m, "trimfill", r.trimFill(), t -> trimFill(t, ratioMeasure));
        }
        put(m, "subgroups", r.subgroups(), AnalysisDocument::subgroups);
        put(m, "metaregression", r.metaRegression(), AnalysisDocument::regression);
        if (r.cumulative().isPresent()) {
            put(m, "cumulative", r.cumulative(), l -> refits(l, "added", false));
        }
        m.put("warnings", r.warnings());
        return Collections.unmodifiableMap(m);
    }

    /** {@code {"error": message}}. */
    public static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }

    private static <T> void put(Map<String, Object> m, String key, Optional<BlockOutcome<T>> block,
                                Function<T, Object> render) {
        if (block.isPresent()) {
            BlockOutcome<T> b = block.get();
            if (b instanceof BlockOutcome.Computed<T> c) {
                m.put(key, render.apply(c.value()));
            } else {
                m.put(key, error(((BlockOutcome.Failed<T>) b).message()));
            }
        }
    }

    private static Map<String, Object> ratio(RatioScale x) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("estimate", x.estimate());
        e.put("ci_lower", x.ciLower());
        e.put("ci_upper", x.ciUpper());
        x.piLower().ifPresent(v -> e.put("pi_lower", v));
        x.piUpper().ifPresent(v -> e.put("pi_upper", v));
        return Collections.unmodifiableMap(e);
    }

    private static Map<String, Object> chiSquare(ChiSquareTest t) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("stat", t.stat());
        c.put("pval", t.pval());
        c.put("df", t.df());
        return Collections.unmodifiableMap(c);
    }

    private static List<Object> refits(List<Refit> refits, String labelKey, boolean withHeterogeneity) {
        List<Object> out = new ArrayList<>(refits.size());
        for (Refit f : refits) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put(labelKey, f.study());
            e.put("estimate", f.estimate());
            e.put("se", f.se());
            e.put("ci_lower", f.ciLower());
            e.put("ci_upper", f.ciUpper());
            e.put("pval", f.pval());
            e.put("tau2", f.tau2());
            e.put("I2", f.i2());
            if (withHeterogeneity) {
                e.put("H2", f.h2());
                e.put("Q", f.q());
            }
            out.add(Collections.unmodifiableMap(e));
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<String, Object> influence(InfluenceDiagnostics d) {
        List<StudyInfluence> s = d.studies();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study", s.stream().map(StudyInfluence::study).toList());
        m.put("rstudent", column(s, StudyInfluence::rstudent));
        m.put("cooks", column(s, StudyInfluence::cooks));
        m.put("hat", column(s, StudyInfluence::hat));
        m.put("dffits", column(s, StudyInfluence::dffits));
        m.put("cov_r", column(s, StudyInfluence::covRatio));
        m.put("tau2_del", column(s, StudyInfluence::tau2Del));
        m.put("QE_del", column(s, StudyInfluence::qeDel));
        m.put("weight", column(s, StudyInfluence::weight));
        m.put("dfbetas", column(s, StudyInfluence::dfbetas));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Object> egger(EggerResult e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stat", e.stat());
        m.put("pval", e.pval());
        m.put("df", e.df());
        m.put("bias", e.bias());
        m.put("bias_se", e.biasSe());
        m.put("limit_estimate", e.limitEstimate());
        m.put("limit_ci", List.of(e.limitCiLower(), e.limitCiUpper()));
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Object> begg(BeggResult b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tau", b.tau());
        m.put("pval", b.pval());
        return Collections.unmodifiableMap(m);
    }

    /** The filled model and the imputed studies, which are listed whether or not some input rows were excluded. */
    private static Map<String, Object> trimFill(TrimFillResult t, boolean ratioMeasure) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k0", t.k0());
        m.put("side", t.side().label());
        m.put("estimator", t.estimator());
        m.put("estimate", t.model().estimate());
        m.put("se", t.model().se());
        m.put("ci_lower", t.model().ciLower());
        m.put("ci_upper", t.model().ciUpper());
        m.put("tau2", t.model().tau2());
        m.put("filled_yi", numbers(t.filledYi()));
        m.put("filled_vi", numbers(t.filledVi()));
        if (ratioMeasure) {
            m.put("exp", ratio(RatioScale.of(t.model())));
        }
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Object> subgroups(SubgroupSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("by", s.by());
        m.put("description", s.description());
        List<Object> groups = new ArrayList<>();
        for (GroupResult g : s.result().groups()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("level", g.level());
            e.put("k", g.k());
            e.put("estimate", g.estimate());
            e.put("se", g.se());
            e.put("ci_lower", g.ciLower());
            e.put("ci_upper", g.ciUpper());
            e.put("pval", g.pval());
            e.put("tau2", g.tau2());
            e.put("I2", g.i2());
            e.put("Q", g.q());
            groups.add(Collections.unmodifiableMap(e));
        }
        m.put("groups", Collections.unmodifiableList(groups));
        BetweenGroupsTest b = s.result().between();
        m.put("Q_between", b.q());
        m.put("Q_between_df", b.df());
        m.put("Q_between_pval", b.pval());
        s.result().mixed().ifPresent(mx -> mixed(m, mx));
        return Collections.unmodifiableMap(m);
    }

    private static void mixed(Map<String, Object> m, MixedEffectsTest mx) {
        ModeratorTest t = mx.test();
        m.put("QM_mixed", t.statistic());
        m.put("QM_mixed_df", t.df());
        t.denominatorDf().ifPresent(d -> m.put("QM_mixed_ddf", d));
        m.put("QM_mixed_dist", distribution(t.distribution()));
        m.put("QM_mixed_pval", t.pval());
        m.put("QM_mixed_tau2", mx.residualTau2());
    }

    private static Map<String, Object> regression(RegressionSummary s) {
        MetaRegressionFit f = s.fit();
        List<Coefficient> c = f.coefficients();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("moderator", s.moderators().size() == 1 ? s.moderators().get(0) : s.moderators());
        m.put("description", s.description());
        m.put("coef", column(c, Coefficient::estimate));
        m.put("se", column(c, Coefficient::se));
        m.put("stat", column(c, Coefficient::stat));
        m.put("stat_dist", f.statDf() > 0 ? "t" : "z");
        if (f.statDf() > 0) {
            m.put("stat_df", f.statDf());
        }
        m.put("pval", column(c, Coefficient::pval));
        m.put("ci_lower", column(c, Coefficient::ciLower));
        m.put("ci_upper", column(c, Coefficient::ciUpper));
        f.moderatorTest().ifPresent(t -> {
            m.put("QM", t.statistic());
            m.put("QM_df", t.df());
            t.denominatorDf().ifPresent(d -> m.put("QM_ddf", d));
            m.put("QM_dist", distribution(t.distribution()));
            m.put("QM_pval", t.pval());
        });
        m.put("R2", f.r2());
        m.put("tau2", f.tau2());
        m.put("I2", f.i2());
        m.put("H2", f.h2());
        m.put("QE", f.qe());
        m.put("QE_df", f.qeDf());
        m.put("QE_pval", f.qePval());
        return Collections.unmodifiableMap(m);
    }

    private static String distribution(TestDistribution d) {
        return d == TestDistribution.F ? "F" : "chisq";
    }

    private static <T> List<Double> column(List<T> rows, ToDoubleFunction<T> f) {
        List<Double> out = new ArrayList<>(rows.size());
        for (T row : rows) {
            out.add(f.applyAsDouble(row));
        }
        return Collections.unmodifiableList(out);
    }

    /** One value per study given, in input order; NaN (JSON null) for the excluded ones, as metafor prints NA. */
    private static List<Double> byPosition(EffectSizeTable effects, ToDoubleFunction<EffectSize> value) {
        double[] values = new double[effects.given()];
        Arrays.fill(values, Double.NaN);
        for (EffectSize s : effects.studies()) {
            values[s.position()] = value.applyAsDouble(s);
        }
        return numbers(values);
    }

    private static List<Double> numbers(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return Collections.unmodifiableList(out);
    }
}
