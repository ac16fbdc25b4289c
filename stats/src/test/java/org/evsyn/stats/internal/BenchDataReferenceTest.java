package org.evsyn.stats.internal;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.ModelOptions;

import org.evsyn.stats.conformance.BenchData;
import org.evsyn.stats.conformance.Tolerance;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.ContinuousStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.model.BinaryPooledFit;
import org.evsyn.stats.sensitivity.InfluenceDiagnostics;
import org.evsyn.stats.sensitivity.Refit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the benchmark inputs in-process and checks every result against their metafor reference file. Their running
 * time is measured by the benchmarks (docs/benchmarks.md), side by side with metafor, never asserted here.
 */
class BenchDataReferenceTest {

    private static final Tolerance REFERENCE = new Tolerance(1e-6, 1e-8);

    @Test
    void tenThousandRemlFitsOfFifteenStudiesMatchTheReference() {
        List<String[]> rows = BenchData.readCsv("md_batch_10000x15.csv.gz");
        Map<String, List<ContinuousStudy>> byAnalysis = new LinkedHashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            byAnalysis.computeIfAbsent(r[0], x -> new ArrayList<>()).add(study(r, 1));
        }
        List<double[][]> inputs = new ArrayList<>();
        for (List<ContinuousStudy> s : byAnalysis.values()) {
            EffectSizes es = EffectSizeCalculator.continuous(EffectMeasure.MD, s);
            inputs.add(new double[][]{es.yi(), es.vi()});
        }
        Map<String, String[]> expected = reference("md_batch_10000x15.csv.gz");
        ModelOptions reml = ModelOptions.defaults();
        ModelFit[] fits = new ModelFit[inputs.size()];
        for (int i = 0; i < fits.length; i++) {
            fits[i] = UnivariateModel.fit(inputs.get(i)[0], inputs.get(i)[1], reml);
        }
        int i = 0;
        for (String analysis : byAnalysis.keySet()) {
            check("batch " + analysis, fits[i++], expected.get(analysis));
        }
    }

    @Test
    void remlWithOneHundredThousandStudiesMatchesTheReference() {
        double[][] in = load("md_k100000.csv.gz");
        ModelFit fit = UnivariateModel.fit(in[0], in[1], ModelOptions.defaults());
        check("md_k100000", fit, reference("md_k100000.csv").get(""));
    }

    @Test
    void leaveOneOutAndInfluenceForAThousandStudiesGiveOneFiniteRefitPerStudy() {
        double[][] in = load("md_k1000.csv");
        check("md_k1000", UnivariateModel.fit(in[0], in[1], ModelOptions.defaults()), reference("md_k1000.csv").get(""));
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < in[0].length; i++) {
            labels.add("S" + i);
        }
        List<Refit> loo = LeaveOneOut.of(labels, in[0], in[1], ModelOptions.defaults());
        assertThat(loo).hasSize(1000).allSatisfy(r -> assertThat(r.estimate()).isFinite());
        assertThat(Influence.of(labels, in[0], in[1], ModelOptions.defaults()).studies()).hasSize(1000);
    }

    @Test
    void mantelHaenszelOnTenThousandTablesMatchesTheReference() {
        List<String[]> rows = BenchData.readCsv("binary_k10000.csv");
        List<BinaryStudy> tables = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            tables.add(new BinaryStudy(r[0], Integer.parseInt(r[1]), Integer.parseInt(r[2]), Integer.parseInt(r[3]),
                    Integer.parseInt(r[4])));
        }
        ContinuityCorrection cc = ContinuityCorrection.pooledDefault();
        BinaryPooledFit fit = MantelHaenszel.fit(EffectMeasure.OR, tables, cc, 95);
        String[] ref = reference("binary_k10000.csv").get("");
        String[] names = {"estimate", "se", "tau2", "I2", "Q"};
        double[] actual = {fit.estimate(), fit.se(), fit.tau2(), fit.i2(), fit.q()};
        for (int j = 0; j < names.length; j++) {
            double e = Double.parseDouble(ref[4 + j]);
            if (!REFERENCE.matches(actual[j], e)) {
                fail(String.format("MH OR %s: expected %.12g but was %.12g", names[j], e, actual[j]));
            }
        }
        List<Refit> loo = LeaveOneOut.mantelHaenszel(EffectMeasure.OR, tables, cc, 95);
        assertThat(loo).hasSize(tables.size());
    }

    private static double[][] load(String file) {
        List<String[]> rows = BenchData.readCsv(file);
        List<ContinuousStudy> studies = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            studies.add(study(r, 0));
        }
        EffectSizes es = EffectSizeCalculator.continuous(EffectMeasure.MD, studies);
        return new double[][]{es.yi(), es.vi()};
    }

    private static ContinuousStudy study(String[] r, int offset) {
        return new ContinuousStudy(r[offset], Integer.parseInt(r[offset + 1]), Double.parseDouble(r[offset + 2]),
                Double.parseDouble(r[offset + 3]), Integer.parseInt(r[offset + 4]), Double.parseDouble(r[offset + 5]),
                Double.parseDouble(r[offset + 6]));
    }

    /** Reference rows of one dataset, keyed by analysis id ("" for single analyses). */
    private static Map<String, String[]> reference(String dataset) {
        Map<String, String[]> out = new HashMap<>();
        for (String[] r : BenchData.readCsv("expected-results.csv")) {
            if (BenchData.unquote(r[0]).equals(dataset)) {
                out.put(BenchData.unquote(r[1]), r);
            }
        }
        if (out.isEmpty()) {
            fail("no reference rows for " + dataset);
        }
        return out;
    }

    private static void check(String where, ModelFit fit, String[] ref) {
        assertThat(fit.k()).as(where + " k").isEqualTo(Integer.parseInt(ref[2]));
        String[] names = {"estimate", "se", "tau2", "I2", "Q"};
        double[] actual = {fit.estimate(), fit.se(), fit.tau2(), fit.i2(), fit.q()};
        for (int j = 0; j < names.length; j++) {
            double e = Double.parseDouble(ref[4 + j]);
            if (!REFERENCE.matches(actual[j], e)) {
                fail(String.format("%s %s: expected %.12g but was %.12g", where, names[j], e, actual[j]));
            }
        }
    }
}
