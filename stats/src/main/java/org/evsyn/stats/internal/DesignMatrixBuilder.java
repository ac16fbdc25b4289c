package org.evsyn.stats.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link DesignMatrix} from named numeric moderators and categorical moderators. A categorical moderator
 * with levels L1, L2, ... (in order of first appearance) becomes dummy columns for L2, L3, ... named
 * {@code name[level]}; the first level is the reference, absorbed by the intercept (R's treatment contrasts for a
 * factor whose levels are ordered by first appearance).
 */
public final class DesignMatrixBuilder {

    private final List<String> names = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();
    private int rows = -1;

    DesignMatrixBuilder() {
    }

    /**
     * Adds a numeric moderator.
     *
     * @param name   column name
     * @param column one value per study
     * @return this builder
     */
    public DesignMatrixBuilder numeric(String name, double[] column) {
        Objects.requireNonNull(name, "name");
        checkRows(name, column.length);
        names.add(name);
        values.add(column.clone());
        return this;
    }

    /**
     * Adds a categorical moderator as dummy columns (first level = reference).
     *
     * @param name   moderator name, used as prefix of the dummy column names
     * @param labels one level label per study (no nulls)
     * @return this builder
     */
    public DesignMatrixBuilder categorical(String name, List<String> labels) {
        Objects.requireNonNull(name, "name");
        checkRows(name, labels.size());
        List<String> levels = levelsInOrder(labels);
        for (int l = 1; l < levels.size(); l++) {
            String level = levels.get(l);
            double[] dummy = new double[labels.size()];
            for (int i = 0; i < dummy.length; i++) {
                dummy[i] = level.equals(labels.get(i)) ? 1 : 0;
            }
            names.add(name + "[" + level + "]");
            values.add(dummy);
        }
        return this;
    }

    /**
     * The design with an intercept and every column added so far.
     *
     * @return the design matrix
     * @throws IllegalStateException when no column was added (the number of rows is then unknown)
     */
    public DesignMatrix build() {
        if (rows < 0) {
            throw new IllegalStateException("add at least one moderator, or use DesignMatrix.interceptOnly(rows)");
        }
        return DesignMatrix.withIntercept(rows, names, values);
    }

    /**
     * Distinct labels in order of first appearance.
     *
     * @param labels labels (no nulls)
     * @return the distinct levels
     */
    public static List<String> levelsInOrder(List<String> labels) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (String s : labels) {
            seen.putIfAbsent(Objects.requireNonNull(s, "level label"), Boolean.TRUE);
        }
        return List.copyOf(seen.keySet());
    }

    private void checkRows(String name, int n) {
        if (rows >= 0 && n != rows) {
            throw new IllegalArgumentException("moderator '" + name + "' has " + n + " values, expected " + rows);
        }
        rows = n;
    }
}
