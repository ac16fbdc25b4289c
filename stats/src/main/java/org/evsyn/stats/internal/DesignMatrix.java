package org.evsyn.stats.internal;

import java.util.List;
import java.util.Objects;

/**
 * The design matrix of a meta-regression: an intercept column followed by the moderator columns, one row per
 * study. Immutable; values are stored column by column.
 */
public final class DesignMatrix {

    /** Name given to the intercept column. */
    public static final String INTERCEPT = "intrcpt";

    private final List<String> names;
    private final double[][] columns;
    private final int rows;

    private DesignMatrix(List<String> names, double[][] columns, int rows) {
        this.names = names;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * A design with the intercept and the given moderator columns.
     *
     * @param rows       number of studies
     * @param moderators names of the moderator columns, in order
     * @param values     one array of length {@code rows} per moderator (copied)
     * @return the design
     * @throws IllegalArgumentException when names and columns do not match, a length differs or a value is not finite
     */
    public static DesignMatrix withIntercept(int rows, List<String> moderators, List<double[]> values) {
        Objects.requireNonNull(moderators, "moderators");
        Objects.requireNonNull(values, "values");
        if (rows < 0) {
            throw new IllegalArgumentException("number of rows must not be negative");
        }
        if (moderators.size() != values.size()) {
            throw new IllegalArgumentException(
                    moderators.size() + " moderator names but " + values.size() + " columns");
        }
        double[][] cols = new double[values.size() + 1][];
        cols[0] = new double[rows];
        java.util.Arrays.fill(cols[0], 1.0);
        for (int j = 0; j < values.size(); j++) {
            double[] v = values.get(j);
            if (v.length != rows) {
                throw new IllegalArgumentException("column '" + moderators.get(j) + "' has " + v.length
                        + " values, expected " + rows);
            }
            for (double x : v) {
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("column '" + moderators.get(j) + "' holds a non-finite value");
                }
            }
            cols[j + 1] = v.clone();
        }
        java.util.ArrayList<String> all = new java.util.ArrayList<>(moderators.size() + 1);
        all.add(INTERCEPT);
        all.addAll(moderators);
        return new DesignMatrix(List.copyOf(all), cols, rows);
    }

    /**
     * The intercept-only design.
     *
     * @param rows number of studies
     * @return a design with the single intercept column
     */
    public static DesignMatrix interceptOnly(int rows) {
        return withIntercept(rows, List.of(), List.of());
    }

    /** @return a builder for numeric and categorical moderators */
    public static DesignMatrixBuilder builder() {
        return new DesignMatrixBuilder();
    }

    /** @return number of rows (studies) */
    public int rows() {
        return rows;
    }

    /** @return number of columns p, intercept included */
    public int columns() {
        return columns.length;
    }

    /** @return column names, the intercept first */
    public List<String> names() {
        return names;
    }

    /**
     * One column.
     *
     * @param j column index, 0 = intercept
     * @return a copy of the column
     */
    public double[] column(int j) {
        return columns[j].clone();
    }

    /**
     * One value.
     *
     * @param row study index
     * @param col column index
     * @return x[row, col]
     */
    public double get(int row, int col) {
        return columns[col][row];
    }

    /**
     * The design restricted to some rows, in the order given.
     *
     * @param rowIndices rows to keep
     * @return a new design with the same column names
     */
    public DesignMatrix rows(int[] rowIndices) {
        double[][] cols = new double[columns.length][rowIndices.length];
        for (int j = 0; j < columns.length; j++) {
            for (int i = 0; i < rowIndices.length; i++) {
                cols[j][i] = columns[j][rowIndices[i]];
            }
        }
        return new DesignMatrix(names, cols, rowIndices.length);
    }

    /** Direct column access for the fitting code, without copying. */
    double[] columnView(int j) {
        return columns[j];
    }

    @Override
    public String toString() {
        return "DesignMatrix[" + rows + " x " + columns.length + ", " + names + "]";
    }
}
