package org.evsyn.stats.internal;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.StatsException;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.ConformanceCases;
import org.evsyn.stats.conformance.FixtureAnalysis;
import org.evsyn.stats.conformance.Tolerance;
import org.evsyn.stats.model.BinaryPooledFit;
import org.evsyn.stats.model.ChiSquareTest;
import org.evsyn.stats.model.HeterogeneityInterval;
import org.evsyn.stats.model.PredictionInterval;
import org.evsyn.stats.model.RatioScale;
import org.evsyn.stats.sensitivity.InfluenceDiagnostics;
import org.evsyn.stats.sensitivity.Refit;
import org.evsyn.stats.sensitivity.StudyInfluence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every metafor reference case, block by block: effect sizes, main model, τ² interval, prediction interval,
 * back-transformed values, leave-one-out, influence and cumulative analyses. A fixture error (whole case or one
 * block) must surface as a {@link StatsException}.
 */
class MainModelConformanceTest {

    static List<ConformanceCase> cases() {
        return ConformanceCases.all();
    }

    // ---------------------------------------------------------------- effect sizes

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void perStudyEffectSizesMatchEscalc(ConformanceCase c) {
        if (wholeCaseFails(c)) {
            return;
        }
        EffectSizes es = new FixtureAnalysis(c).effectSizes();
        Tolerance tol = c.tolerance();
        tol.assertArray(c.name() + " yi", es.yi(), c.expected().path("yi"));
        tol.assertArray(c.name() + " vi", es.vi(), c.expected().path("vi"));
    }

    // ---------------------------------------------------------------- main model

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pooledModelMatchesMetafor(ConformanceCase c) {
        if (wholeCaseFails(c)) {
            return;
        }
        FixtureAnalysis a = new FixtureAnalysis(c);
        JsonNode e = c.expected();
        Tolerance tol = c.tolerance();
        Map<String, Double> actual = new LinkedHashMap<>();
        int k;
        int qDf;
        String dist;
        int statDf;
        if (a.isInverseVariance()) {
            EffectSizes es = a.effectSizes();
            ModelFit f = UnivariateModel.fit(es.includedYi(), es.includedVi(), a.modelOptions());
            k = f.k();
            qDf = f.qDf();
            dist = f.statDf() > 0 ? "t" : "z";
            statDf = f.statDf();
            put(actual, f.estimate(), f.se(), f.ciLower(), f.ciUpper(), f.stat(), f.pval(), f.tau2(), f.i2(), f.h2(),
                    f.q(), f.qPval());
            actual.put("vt", f.vt());
        } else {
            BinaryPooledFit f = pooled(a);
            k = f.k();
            qDf = f.qDf();
            dist = "z";
            statDf = 0;
            put(actual, f.estimate(), f.se(), f.ciLower(), f.ciUpper(), f.stat(), f.pval(), f.tau2(), f.i2(), f.h2(),
                    f.q(), f.qPval());
            tol.assertInt(c.name() + " k_heterogeneity", f.kHeterogeneity(), e.path("k_heterogeneity"));
            checkTest(c, "cmh", f.cmh());
            checkTest(c, "tarone", f.tarone());
        }
        tol.assertInt(c.name() + " k", k, e.path("k"));
        tol.assertInt(c.name() + " Q_df", qDf, e.path("Q_df"));
        assertThat(dist).as(c.name() + " stat_dist").isEqualTo(e.path("stat_dist").asText());
        if (e.has("stat_df")) {
            tol.assertInt(c.name() + " stat_df", statDf, e.path("stat_df"));
        }
        for (Map.Entry<String, Double> entry : actual.entrySet()) {
            if (e.has(entry.getKey())) {
                tol.assertNumber(c.name() + " " + entry.getKey(), entry.getValue(), e.get(entry.getKey()));
            }
        }
    }

    private static void put(Map<String, Double> m, double est, double se, double lo, double hi, double stat,
                            double pval, double tau2, double i2, double h2, double q, double qp) {
        m.put("estimate", est);
        m.put("se", se);
        m.put("ci_lower", lo);
        m.put("ci_upper", hi);
        m.put("stat", stat);
        m.put("pval", pval);
        m.put("tau2", tau2);
        m.put("I2", i2);
        m.put("H2", h2);
        m.put("Q", q);
        m.put("Q_pval", qp);
    }

    private static void checkTest(ConformanceCase c, String key, Optional<ChiSquareTest> test) {
        JsonNode e = c.expected().path(key);
        if (e.isMissingNode()) {
            return;
        }
        ChiSquareTest t = test.orElseGet(() -> fail(c.name() + " " + key + ": not computed"));
        c.tolerance().assertNumber(c.name() + " " + key + ".stat", t.stat(), e.path("stat"));
        c.tolerance().assertNumber(c.name() + " " + key + ".pval", t.pval(), e.path("pval"));
        if (e.has("df")) {
            c.tolerance().assertInt(c.name() + " " + key + ".df", t.df(), e.path("df"));
        }
    }

    // ---------------------------------------------------------------- τ² interval, prediction, exp

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void qProfileIntervalMatchesConfint(ConformanceCase c) {
        JsonNode e = c.expected();
        Assumptions.assumeTrue(e.has("tau2_ci"), "no tau2_ci block");
        FixtureAnalysis a = new FixtureAnalysis(c);
        EffectSizes es = a.effectSizes();
        if (e.path("tau2_ci").has("error")) {
            assertThatThrownBy(() -> QProfile.confidenceInterval(es.includedYi(), es.includedVi(), a.level()))
                    .as(c.name() + " tau2_ci").isInstanceOf(StatsException.class);
            return;
        }
        HeterogeneityInterval ci = QProfile.confidenceInterval(es.includedYi(), es.includedVi(), a.level());
        Tolerance tol = c.tolerance();
        tol.assertArray(c.name() + " tau2_ci", new double[]{ci.tau2Lower(), ci.tau2Upper()}, e.path("tau2_ci"));
        tol.assertArray(c.name() + " I2_ci", new double[]{ci.i2Lower(), ci.i2Upper()}, e.path("I2_ci"));
        tol.assertArray(c.name() + " H2_ci", new double[]{ci.h2Lower(), ci.h2Upper()}, e.path("H2_ci"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void predictionIntervalMatchesPredict(ConformanceCase c) {
        JsonNode e = c.expected();
        Assumptions.assumeTrue(e.has("pi_lower"), "no prediction interval");
        ModelFit f = ivFit(new FixtureAnalysis(c));
        PredictionInterval pi = PredictionInterval.of(f);
        c.tolerance().assertNumber(c.name() + " pi_lower", pi.lower(), e.path("pi_lower"));
        c.tolerance().assertNumber(c.name() + " pi_upper", pi.upper(), e.path("pi_upper"));
        if (e.has("pi_df")) {
            c.tolerance().assertInt(c.name() + " pi_df", pi.df(), e.path("pi_df"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ratioMeasuresBackTransformWithExp(ConformanceCase c) {
        JsonNode e = c.expected().path("exp");
        Assumptions.assumeTrue(!e.isMissingNode(), "no exp block");
        FixtureAnalysis a = new FixtureAnalysis(c);
        RatioScale r;
        if (a.isInverseVariance()) {
            ModelFit f = ivFit(a);
            r = c.expected().has("pi_lower") ? RatioScale.of(f, PredictionInterval.of(f)) : RatioScale.of(f);
        } else {
            r = RatioScale.of(pooled(a));
        }
        Tolerance tol = c.tolerance();
        tol.assertNumber(c.name() + " exp.estimate", r.estimate(), e.path("estimate"));
        tol.assertNumber(c.name() + " exp.ci_lower", r.ciLower(), e.path("ci_lower"));
        tol.assertNumber(c.name() + " exp.ci_upper", r.ciUpper(), e.path("ci_upper"));
        if (e.has("pi_lower")) {
            tol.assertNumber(c.name() + " exp.pi_lower", r.piLower().orElse(Double.NaN), e.path("pi_lower"));
            tol.assertNumber(c.name() + " exp.pi_upper", r.piUpper().orElse(Double.NaN), e.path("pi_upper"));
        } else {
            assertThat(r.piLower()).as(c.name() + " exp.pi_lower").isEmpty();
        }
    }

    // ---------------------------------------------------------------- sensitivity

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void leaveOneOutMatchesLeave1out(ConformanceCase c) {
        JsonNode e = c.expected().path("leave_one_out");
        Assumptions.assumeTrue(!e.isMissingNode(), "no leave_one_out block");
        FixtureAnalysis a = new FixtureAnalysis(c);
        Supplier<List<Refit>> rows = () -> {
            if (a.isInverseVariance()) {
                EffectSizes es = a.effectSizes();
                return LeaveOneOut.of(es.includedLabels(), es.includedYi(), es.includedVi(), a.modelOptions());
            }
            return a.isPeto() ? LeaveOneOut.peto(a.binaryStudies(), a.correction(), a.level())
                    : LeaveOneOut.mantelHaenszel(a.measure(), a.binaryStudies(), a.correction(), a.level());
        };
        checkRefits(c, "leave_one_out", "omitted", rows, e,
                List.of("estimate", "se", "ci_lower", "ci_upper", "pval", "tau2", "I2", "H2", "Q"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cumulativeMatchesCumul(ConformanceCase c) {
        JsonNode e = c.expected().path("cumulative");
        Assumptions.assumeTrue(!e.isMissingNode(), "no cumulative block");
        FixtureAnalysis a = new FixtureAnalysis(c);
        Supplier<List<Refit>> rows = () -> {
            if (a.isInverseVariance()) {
                EffectSizes es = a.effectSizes();
                return Cumulative.of(es.includedLabels(), es.includedYi(), es.includedVi(), a.modelOptions());
            }
            return a.isPeto() ? Cumulative.peto(a.binaryStudies(), a.correction(), a.level())
                    : Cumulative.mantelHaenszel(a.measure(), a.binaryStudies(), a.correction(), a.level());
        };
        checkRefits(c, "cumulative", "added", rows, e,
                List.of("estimate", "se", "ci_lower", "ci_upper", "pval", "tau2", "I2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void influenceMatchesInfluence(ConformanceCase c) {
        JsonNode e = c.expected().path("influence");
        Assumptions.assumeTrue(!e.isMissingNode(), "no influence block");
        FixtureAnalysis a = new FixtureAnalysis(c);
        EffectSizes es = a.effectSizes();
        if (e.has("error")) {
            assertThatThrownBy(() -> Influence.of(es.includedLabels(), es.includedYi(), es.includedVi(),
                    a.modelOptions())).isInstanceOf(StatsException.class);
            return;
        }
        List<StudyInfluence> inf = Influence.of(es.includedLabels(), es.includedYi(), es.includedVi(),
                a.modelOptions()).studies();
        assertThat(inf.stream().map(StudyInfluence::study).toList()).as(c.name() + " influence.study")
                .containsExactlyElementsOf(texts(e.path("study")));
        Tolerance tol = c.tolerance();
        Map<String, ToDoubleFunction<StudyInfluence>> fields = new LinkedHashMap<>();
        fields.put("rstudent", StudyInfluence::rstudent);
        fields.put("cooks", StudyInfluence::cooks);
        fields.put("hat", StudyInfluence::hat);
        fields.put("dffits", StudyInfluence::dffits);
        fields.put("cov_r", StudyInfluence::covRatio);
        fields.put("tau2_del", StudyInfluence::tau2Del);
        fields.put("QE_del", StudyInfluence::qeDel);
        fields.put("weight", StudyInfluence::weight);
        fields.put("dfbetas", StudyInfluence::dfbetas);
        for (Map.Entry<String, ToDoubleFunction<StudyInfluence>> f : fields.entrySet()) {
            if (e.has(f.getKey())) {
                tol.assertArray(c.name() + " influence." + f.getKey(),
                        inf.stream().mapToDouble(f.getValue()).toArray(), e.path(f.getKey()));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void checkRefits(ConformanceCase c, String block, String labelKey, Supplier<List<Refit>> compute,
                                    JsonNode e, List<String> keys) {
        if (e.has("error")) {
            assertThatThrownBy(compute::get).as(c.name() + " " + block).isInstanceOf(StatsException.class);
            return;
        }
        List<Refit> rows = compute.get();
        assertThat(rows).as(c.name() + " " + block + " length").hasSize(e.size());
        Tolerance tol = c.tolerance();
        for (int i = 0; i < rows.size(); i++) {
            Refit r = rows.get(i);
            JsonNode x = e.get(i);
            String where = c.name() + " " + block + "[" + i + "]";
            assertThat(r.study()).as(where + "." + labelKey).isEqualTo(x.path(labelKey).asText());
            Map<String, Double> v = Map.of("estimate", r.estimate(), "se", r.se(), "ci_lower", r.ciLower(),
                    "ci_upper", r.ciUpper(), "pval", r.pval(), "tau2", r.tau2(), "I2", r.i2(), "H2", r.h2(),
                    "Q", r.q());
            for (String key : keys) {
                if (x.has(key)) {
                    tol.assertNumber(where + "." + key, v.get(key), x.get(key));
                }
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static ModelFit ivFit(FixtureAnalysis a) {
        EffectSizes es = a.effectSizes();
        return UnivariateModel.fit(es.includedYi(), es.includedVi(), a.modelOptions());
    }

    private static BinaryPooledFit pooled(FixtureAnalysis a) {
        return a.isPeto() ? PetoMethod.fit(a.binaryStudies(), a.correction(), a.level())
                : MantelHaenszel.fit(a.measure(), a.binaryStudies(), a.correction(), a.level());
    }

    /** For a case whose whole analysis must fail: asserts the failure and returns true. */
    private static boolean wholeCaseFails(ConformanceCase c) {
        if (!c.expected().has("error")) {
            return false;
        }
        FixtureAnalysis a = new FixtureAnalysis(c);
        assertThatThrownBy(() -> {
            if (a.isInverseVariance()) {
                ivFit(a);
            } else {
                pooled(a);
            }
        }).as(c.name() + " (fixture expects an error)").isInstanceOf(StatsException.class);
        return true;
    }
}
