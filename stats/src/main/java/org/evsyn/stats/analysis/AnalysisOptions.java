package org.evsyn.stats.analysis;

import org.evsyn.stats.model.PredictionForm;

import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.effect.EffectMeasure;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How one analysis is run.
 *
 * @param measure    effect measure
 * @param method     pooling method
 * @param test       z or Knapp–Hartung inference (MH and Peto always use z)
 * @param level      confidence level in percent, strictly between 0 and 100
 * @param correction continuity correction and double-zero handling of binary measures (ignored otherwise)
 * @param blocks     secondary analyses wanted; each is computed only where it applies
 * @param trimFillTest the test of trim and fill's filled model: z by default, as metafor 3.8's {@code trimfill(res)},
 *                   which refits the filled data without passing on the fitted model's test
 * @param predictionForm the prediction interval's formula (metafor's {@code predict()} by default)
 * @param predictionMinStudies fewest studies for which a prediction interval is given: 1 by default, as metafor's
 *                   {@code predict()} (and so {@code evsyn meta}); reviews ask for 3, the Cochrane Handbook's rule.
 *                   The Handbook's formula gives none below 3 anyway (t with k − 2 df)
 */
public record AnalysisOptions(EffectMeasure measure, AnalysisMethod method, TestMethod test, double level,
                              ContinuityCorrection correction, Set<AnalysisBlock> blocks, TestMethod trimFillTest,
                              PredictionForm predictionForm, int predictionMinStudies) {

    /** Options with metafor's prediction interval. */
    public AnalysisOptions(EffectMeasure measure, AnalysisMethod method, TestMethod test, double level,
                           ContinuityCorrection correction, Set<AnalysisBlock> blocks, TestMethod trimFillTest) {
        this(measure, method, test, level, correction, blocks, trimFillTest, PredictionForm.METAFOR, 1);
    }

    /** Options whose trim and fill refits the filled data with a z test (metafor's default). */
    public AnalysisOptions(EffectMeasure measure, AnalysisMethod method, TestMethod test, double level,
                           ContinuityCorrection correction, Set<AnalysisBlock> blocks) {
        this(measure, method, test, level, correction, blocks, TestMethod.Z);
    }

    /** Checks that measure and method fit together. */
    public AnalysisOptions {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(correction, "correction");
        Objects.requireNonNull(trimFillTest, "trimFillTest");
        Objects.requireNonNull(predictionForm, "predictionForm");
        if (predictionMinStudies < 1) {
            throw new IllegalArgumentException("predictionMinStudies must be at least 1, got " + predictionMinStudies);
        }
        blocks = blocks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(blocks));
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("level must be a percentage strictly between 0 and 100, got " + level);
        }
        if (method == AnalysisMethod.MH && measure != EffectMeasure.OR && measure != EffectMeasure.RR
                && measure != EffectMeasure.RD) {
            throw new IllegalArgumentException("the Mantel-Haenszel method needs measure OR, RR or RD, not " + measure);
        }
        if (method == AnalysisMethod.PETO && measure != EffectMeasure.PETO && measure != EffectMeasure.OR) {
            throw new IllegalArgumentException("the Peto method needs measure PETO (or OR), not " + measure);
        }
    }

    /**
     * Options with metafor's defaults: z test, 95%, 0.5 added to zero-cell studies, double-zero studies dropped for
     * MH and Peto but kept for inverse-variance models, every block.
     *
     * @param measure effect measure
     * @param method  pooling method
     * @return the options
     */
    public static AnalysisOptions defaults(EffectMeasure measure, AnalysisMethod method) {
        return new AnalysisOptions(measure, method, TestMethod.Z, 95, defaultCorrection(method, 0.5,
                CorrectionRule.ONLY0), AnalysisBlock.all());
    }

    /**
     * metafor's default double-zero handling for a method: dropped for MH and Peto, kept otherwise.
     *
     * @param method pooling method
     * @param value  amount added to the cells of corrected tables
     * @param rule   which tables are corrected
     * @return the correction
     */
    public static ContinuityCorrection defaultCorrection(AnalysisMethod method, double value, CorrectionRule rule) {
        return new ContinuityCorrection(value, rule, !method.isInverseVariance());
    }

    /** The same options with other blocks. */
    public AnalysisOptions withBlocks(Set<AnalysisBlock> newBlocks) {
        return new AnalysisOptions(measure, method, test, level, correction, newBlocks, trimFillTest, predictionForm, predictionMinStudies);
    }

    /** The same options with another test for trim and fill's filled model. */
    public AnalysisOptions withTrimFillTest(TestMethod newTest) {
        return new AnalysisOptions(measure, method, test, level, correction, blocks, newTest, predictionForm, predictionMinStudies);
    }

    /** The same options with another prediction-interval formula and fewest studies for one. */
    public AnalysisOptions withPrediction(PredictionForm form, int minStudies) {
        return new AnalysisOptions(measure, method, test, level, correction, blocks, trimFillTest, form, minStudies);
    }

    /** Whether a block was asked for. */
    public boolean wants(AnalysisBlock block) {
        return blocks.contains(block);
    }

    /** The inverse-variance model options; only for inverse-variance methods. */
    ModelOptions modelOptions() {
        return new ModelOptions(method.tau2Method().orElseThrow(
                () -> new IllegalStateException(method + " is not an inverse-variance method")), test, level);
    }

    /** The measure of the per-study values: Peto pooling always works on Peto log odds ratios. */
    EffectMeasure studyMeasure() {
        return method == AnalysisMethod.PETO ? EffectMeasure.PETO : measure;
    }
}
