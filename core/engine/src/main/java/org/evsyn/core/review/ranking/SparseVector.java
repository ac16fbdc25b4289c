package org.evsyn.core.review.ranking;

/**
 * A sparse row of the feature matrix: term indices in ascending order and their weights. The arrays are owned by
 * the vector and never changed after construction.
 */
final class SparseVector {

    private final int[] indices;
    private final double[] values;

    SparseVector(int[] indices, double[] values) {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
        this.indices = indices;
        this.values = values;
    }

    int size() {
        return indices.length;
    }

    int index(int k) {
        return indices[k];
    }

    double value(int k) {
        return values[k];
    }

    /** The dot product with a dense vector long enough for every index. */
    double dot(double[] dense) {
        double s = 0;
        for (int k = 0; k < indices.length; k++) {
            s += values[k] * dense[indices[k]];
        }
        return s;
    }

    /** Adds {@code scale} times this vector to {@code dense}. */
    void addTo(double[] dense, double scale) {
        for (int k = 0; k < indices.length; k++) {
            dense[indices[k]] += scale * values[k];
        }
    }

    double squaredNorm() {
        double s = 0;
        for (double v : values) {
            s += v * v;
        }
        return s;
    }

    /** This vector with one more entry at {@code index}, which must be above every index it holds. */
    SparseVector append(int index, double value) {
        if (indices.length > 0 && indices[indices.length - 1] >= index) {
            throw new IllegalArgumentException("appended index " + index + " is not the last");
        }
        int[] i = java.util.Arrays.copyOf(indices, indices.length + 1);
        double[] v = java.util.Arrays.copyOf(values, values.length + 1);
        i[indices.length] = index;
        v[values.length] = value;
        return new SparseVector(i, v);
    }
}
