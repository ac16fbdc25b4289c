package org.evsyn.stats.internal;

import org.evsyn.stats.effect.EffectMeasure;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Per-study effect sizes and sampling variances, in input order, with the adjustments that were made. Excluded
 * studies (e.g. dropped double-zero studies, or effects undefined without a correction) hold NaN in both arrays.
 * Ratio measures are on the log scale. Arrays are copied on the way in and out.
 *
 * @param measure the measure
 * @param labels  study labels
 * @param yi      effect sizes (NaN = excluded)
 * @param vi      sampling variances (NaN = excluded)
 * @param notes   human-readable notes on every correction and exclusion, in study order
 */
public record EffectSizes(EffectMeasure measure, List<String> labels, double[] yi, double[] vi, List<String> notes) {

    /**
     * Validates the components.
     */
    public EffectSizes {
        Objects.requireNonNull(measure, "measure");
        labels = List.copyOf(labels);
        notes = List.copyOf(notes);
        yi = yi.clone();
        vi = vi.clone();
        if (yi.length != labels.size() || vi.length != labels.size()) {
            throw new IllegalArgumentException("labels, yi and vi must have the same length");
        }
        for (int i = 0; i < yi.length; i++) {
            if (Double.isNaN(yi[i]) != Double.isNaN(vi[i])) {
                throw new IllegalArgumentException("study '" + labels.get(i) + "': yi and vi must both be present"
                        + " or both be NaN");
            }
        }
    }

    /** Effect sizes (a copy); NaN for excluded studies. */
    @Override
    public double[] yi() {
        return yi.clone();
    }

    /** Sampling variances (a copy); NaN for excluded studies. */
    @Override
    public double[] vi() {
        return vi.clone();
    }

    /** Number of input studies, excluded ones included. */
    public int size() {
        return labels.size();
    }

    /**
     * Whether a study has an effect size.
     *
     * @param i position in input order
     * @return false for excluded studies
     */
    public boolean isIncluded(int i) {
        return !Double.isNaN(yi[i]);
    }

    /** Number of studies with an effect size. */
    public int includedCount() {
        int n = 0;
        for (double y : yi) {
            if (!Double.isNaN(y)) {
                n++;
            }
        }
        return n;
    }

    /** Input positions of the studies with an effect size. */
    public int[] includedIndices() {
        int[] idx = new int[includedCount()];
        int j = 0;
        for (int i = 0; i < yi.length; i++) {
            if (!Double.isNaN(yi[i])) {
                idx[j++] = i;
            }
        }
        return idx;
    }

    /** Effect sizes of the included studies only. */
    public double[] includedYi() {
        return Arrays.stream(includedIndices()).mapToDouble(i -> yi[i]).toArray();
    }

    /** Sampling variances of the included studies only. */
    public double[] includedVi() {
        return Arrays.stream(includedIndices()).mapToDouble(i -> vi[i]).toArray();
    }

    /** Labels of the included studies only. */
    public List<String> includedLabels() {
        return Arrays.stream(includedIndices()).mapToObj(labels::get).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EffectSizes e && measure == e.measure && labels.equals(e.labels)
                && Arrays.equals(yi, e.yi) && Arrays.equals(vi, e.vi) && notes.equals(e.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measure, labels, Arrays.hashCode(yi), Arrays.hashCode(vi), notes);
    }

    @Override
    public String toString() {
        return "EffectSizes[" + measure + ", k=" + labels.size() + ", included=" + includedCount() + "]";
    }
}
