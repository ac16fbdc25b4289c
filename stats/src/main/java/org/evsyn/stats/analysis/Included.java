package org.evsyn.stats.analysis;

import org.evsyn.stats.internal.EffectSizes;

import java.util.ArrayList;
import java.util.List;

/**
 * The studies with an effect size (excluded ones left out), with their input rows, so that per-row columns
 * (subgroups, moderators) can be aligned with them.
 */
record Included(int[] rows, List<String> labels, double[] yi, double[] vi) {

    static Included of(EffectSizes effects) {
        int[] rows = effects.includedIndices();
        return new Included(rows, effects.includedLabels(), effects.includedYi(), effects.includedVi());
    }

    int k() {
        return rows.length;
    }

    /** The entries of a per-row column that belong to the included studies. */
    <T> List<T> select(List<T> perRow) {
        List<T> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            out.add(perRow.get(r));
        }
        return out;
    }

    /** The entries of a per-row column that belong to the included studies. */
    double[] select(double[] perRow) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = perRow[rows[i]];
        }
        return out;
    }
}
