package org.evsyn.stats.internal;

import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.ContinuousStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.GenericStudy;
import org.evsyn.stats.effect.InvalidStudyException;
import org.evsyn.stats.effect.StudyField;

import org.apache.commons.math3.special.Gamma;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-study effect sizes from arm-level data, as metafor's {@code escalc}. Every continuity correction and
 * exclusion is recorded as a note in the result.
 */
public final class EffectSizeCalculator {

    private EffectSizeCalculator() {
    }

    /**
     * Effect sizes of two-arm binary studies.
     *
     * @param measure    RR, OR, RD or PETO (ratios on the log scale)
     * @param studies    the studies, in order
     * @param correction continuity correction and double-zero handling
     * @return the effects; excluded or undefined studies hold NaN and a note says why
     */
    public static EffectSizes binary(EffectMeasure measure, List<BinaryStudy> studies,
                                     ContinuityCorrection correction) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(correction, "correction");
        if (!measure.isBinary()) {
            throw new IllegalArgumentException(measure + " is not a measure for binary data");
        }
        int k = studies.size();
        List<String> labels = new ArrayList<>(k);
        List<Optional<String>> remarks = new ArrayList<>(k);
        double[] yi = new double[k];
        double[] vi = new double[k];
        for (int i = 0; i < k; i++) {
            BinaryStudy s = studies.get(i);
            labels.add(s.label());
            yi[i] = Double.NaN;
            vi[i] = Double.NaN;
            if (correction.dropDoubleZero() && s.isDoubleZero()) {
                remarks.add(Optional.of("dropped (" + (s.treatEvents() == 0
                        ? "no events in either arm" : "only events in both arms") + ")"));
                continue;
            }
            double add = 0;
            boolean corrected = switch (correction.rule()) {
                case ALL -> true;
                case ONLY0 -> s.hasZeroCell();
                case NONE -> false;
            };
            if (corrected && correction.value() > 0) {
                add = correction.value();
            }
            double a = s.treatEvents() + add;
            double b = s.treatN() - s.treatEvents() + add;
            double c = s.ctrlEvents() + add;
            double d = s.ctrlN() - s.ctrlEvents() + add;
            double[] effect = binaryEffect(measure, a, b, c, d);
            if (Double.isFinite(effect[0]) && Double.isFinite(effect[1]) && effect[1] >= 0) {
                yi[i] = effect[0];
                vi[i] = effect[1];
                remarks.add(add > 0 ? Optional.of(format(add) + " added to all cells ("
                        + (s.hasZeroCell() ? "zero cell" : "correction applied to every study") + ")")
                        : Optional.empty());
            } else {
                remarks.add(Optional.of("excluded (" + measure + " undefined for this table"
                        + (add > 0 ? " even after adding " + format(add) : " without a continuity correction") + ")"));
            }
        }
        return new EffectSizes(measure, labels, yi, vi, remarks);
    }

    /** {yi, vi} of one (possibly corrected) table; non-finite where undefined. */
    static double[] binaryEffect(EffectMeasure measure, double a, double b, double c, double d) {
        double n1 = a + b;
        double n2 = c + d;
        return switch (measure) {
            case RR -> new double[]{Math.log((a / n1) / (c / n2)), 1 / a - 1 / n1 + 1 / c - 1 / n2};
            case OR -> new double[]{Math.log((a * d) / (b * c)), 1 / a + 1 / b + 1 / c + 1 / d};
            case RD -> {
                double p1 = a / n1;
                double p2 = c / n2;
                yield new double[]{p1 - p2, p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2};
            }
            case PETO -> {
                double n = n1 + n2;
                double e = (a + c) * n1 / n;
                double v = (a + c) * (b + d) * n1 * n2 / (n * n * (n - 1));
                yield v > 0 ? new double[]{(a - e) / v, 1 / v} : new double[]{Double.NaN, Double.NaN};
            }
            default -> throw new IllegalArgumentException(measure + " is not a binary measure");
        };
    }

    /**
     * Effect sizes of two-arm continuous studies.
     *
     * @param measure MD or SMD (Hedges' g, exact correction, metafor's default large-sample variance)
     * @param studies the studies, in order
     * @return the effects (no exclusions: invalid studies are rejected)
     * @throws InvalidStudyException naming the study when an SMD cannot be formed (fewer than 2 error degrees of
     *                               freedom, or both standard deviations zero)
     */
    public static EffectSizes continuous(EffectMeasure measure, List<ContinuousStudy> studies) {
        Objects.requireNonNull(measure, "measure");
        if (!measure.isContinuous()) {
            throw new IllegalArgumentException(measure + " is not a measure for continuous data");
        }
        int k = studies.size();
        List<String> labels = new ArrayList<>(k);
        double[] yi = new double[k];
        double[] vi = new double[k];
        for (int i = 0; i < k; i++) {
            ContinuousStudy s = studies.get(i);
            labels.add(s.label());
            if (measure == EffectMeasure.MD) {
                yi[i] = s.m1() - s.m2();
                vi[i] = s.sd1() * s.sd1() / s.n1() + s.sd2() * s.sd2() / s.n2();
            } else {
                int m = s.n1() + s.n2() - 2;
                if (m < 2) {
                    throw new InvalidStudyException(s.label(), StudyField.TREATMENT_SIZE, "the sizes of the two arms "
                            + "leave fewer than 2 degrees of freedom; the SMD is not defined");
                }
                double sp2 = ((s.n1() - 1) * s.sd1() * s.sd1() + (s.n2() - 1) * s.sd2() * s.sd2()) / m;
                if (!(sp2 > 0)) {
                    throw new InvalidStudyException(s.label(), StudyField.TREATMENT_SD, "the standard deviations of "
                            + "the two arms give a pooled standard deviation of 0; the SMD is not defined");
                }
                double g = hedgesCorrection(m) * (s.m1() - s.m2()) / Math.sqrt(sp2);
                yi[i] = g;
                vi[i] = 1.0 / s.n1() + 1.0 / s.n2() + g * g / (2.0 * (s.n1() + s.n2()));
            }
        }
        return new EffectSizes(measure, labels, yi, vi, Collections.nCopies(k, Optional.empty()));
    }

    /**
     * Exact small-sample correction factor J(m) = Γ(m/2) / (√(m/2)·Γ((m−1)/2)) of Hedges' g.
     *
     * @param m degrees of freedom n1 + n2 − 2 (≥ 2)
     * @return J(m), slightly below 1
     */
    public static double hedgesCorrection(int m) {
        if (m < 2) {
            throw new IllegalArgumentException("Hedges' correction needs at least 2 degrees of freedom, got " + m);
        }
        // Log-gamma keeps large m finite.
        return Math.exp(Gamma.logGamma(m / 2.0) - 0.5 * Math.log(m / 2.0) - Gamma.logGamma((m - 1) / 2.0));
    }

    /**
     * Effect sizes given directly.
     *
     * @param studies the studies, in order
     * @return the effects as given
     */
    public static EffectSizes generic(List<GenericStudy> studies) {
        int k = studies.size();
        List<String> labels = new ArrayList<>(k);
        double[] yi = new double[k];
        double[] vi = new double[k];
        for (int i = 0; i < k; i++) {
            GenericStudy s = studies.get(i);
            labels.add(s.label());
            yi[i] = s.yi();
            vi[i] = s.vi();
        }
        return new EffectSizes(EffectMeasure.GENERIC, labels, yi, vi, Collections.nCopies(k, Optional.empty()));
    }

    private static String format(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }
}
