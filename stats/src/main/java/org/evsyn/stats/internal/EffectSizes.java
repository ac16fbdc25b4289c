package org.evsyn.stats.internal;

import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.EffectSize;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.effect.ExcludedStudy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-study effect sizes and sampling variances, in input order, with the adjustments that were made: the
 * engines' working form of an {@link EffectSizeTable}. Excluded studies (e.g. dropped double-zero studies, or effects
 * undefined without a correction) hold NaN in both arrays, which is why this type stays inside the module. Ratio
 * measures are on the log scale. Arrays are copied on the way in and out.
 *
 * @param measure the measure
 * @param labels  study labels
 * @param yi      effect sizes (NaN = excluded)
 * @param vi      sampling variances (NaN = excluded)
 * @param remarks per study, what was done to its data, or why it was excluded
 */
public record EffectSizes(EffectMeasure measure, List<String> labels, double[] yi, double[] vi,
                          List<Optional<String>> remarks) {

    /**
     * Validates the components.
     */
    public EffectSizes {
        Objects.requireNonNull(measure, "measure");
        labels = List.copyOf(labels);
        remarks = List.copyOf(remarks);
        yi = yi.clone();
        vi = vi.clone();
        if (yi.length != labels.size() || vi.length != labels.size() || remarks.size() != labels.size()) {
            throw new IllegalArgumentException("labels, yi, vi and remarks must have the same length");
        }
        for (int i = 0; i < yi.length; i++) {
            if (Double.isNaN(yi[i]) != Double.isNaN(vi[i])) {
                throw new IllegalArgumentException("study '" + labels.get(i) + "': yi and vi must both be present"
                        + " or both be NaN");
            }
        }
    }

    /** Notes on every correction and exclusion, in study order ("study B: 0.5 added to all cells (zero cell)"). */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < remarks.size(); i++) {
            int study = i;
            remarks.get(i).ifPresent(r -> notes.add("study " + labels.get(study) + ": " + r));
        }
        return List.copyOf(notes);
    }

    /** The public table: included studies apart from excluded ones, with their positions. */
    public EffectSizeTable table() {
        List<EffectSize> included = new ArrayList<>();
        List<ExcludedStudy> excluded = new ArrayList<>();
        for (int i = 0; i < yi.length; i++) {
            if (isIncluded(i)) {
                included.add(new EffectSize(labels.get(i), i, yi[i], vi[i], remarks.get(i)));
            } else {
                excluded.add(new ExcludedStudy(labels.get(i), i, remarks.get(i).orElse("excluded")));
            }
        }
        return new EffectSizeTable(measure, included, excluded);
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
                && Arrays.equals(yi, e.yi) && Arrays.equals(vi, e.vi) && remarks.equals(e.remarks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measure, labels, Arrays.hashCode(yi), Arrays.hashCode(vi), remarks);
    }

    @Override
    public String toString() {
        return "EffectSizes[" + measure + ", k=" + labels.size() + ", included=" + includedCount() + "]";
    }
}
