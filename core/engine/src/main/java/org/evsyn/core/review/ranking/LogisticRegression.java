package org.evsyn.core.review.ranking;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * L2-regularised logistic regression with a cost per training row, fitted by dual coordinate descent (Yu, Huang
 * and Lin, "Dual coordinate descent methods for logistic regression and maximum entropy models", Machine Learning
 * 2011; LIBLINEAR's {@code L2R_LR_DUAL}). It minimises
 * {@code ½‖w‖² + Σ C_i ln(1 + exp(−y_i w·x_i))} with {@code y_i = ±1}.
 *
 * <p>Why the dual: each pass costs one sweep over the labelled rows' non-zeros, and the dual variables of rows
 * already trained on carry over to the next fit (warm start), so refitting after one more decision takes a pass or
 * two. A row's dual variable lies in {@code (0, C_i)}; when the costs change (class weights move as labels come
 * in) each kept variable is rescaled into its new interval, and {@code w = Σ y_i α_i x_i} is rebuilt from them.
 *
 * <p>Not thread-safe: the ranker that owns it serialises calls.
 */
final class LogisticRegression {

    private static final int MAX_INNER_NEWTON = 100;

    private final SparseVector[] x;
    private final double[] squaredNorm;
    private final double[] alpha;       // α_i, 0 when row i is not trained on
    private final double[] complement;  // C_i − α_i, kept apart as LIBLINEAR does to avoid cancellation near C_i
    private final double[] cost;        // C_i of the last fit, 0 when row i is not trained on
    private final int[] label;          // y_i of the last fit: +1, −1, or 0 when not trained on
    private final double[] w;
    private final double tolerance;
    private final int maxPasses;
    private final long seed;
    private int lastPasses;

    /**
     * @param rows      every row that may be trained on or scored, by index
     * @param dimension the number of features (above every index in the rows)
     * @param tolerance stop when the largest dual gradient falls below it
     * @param maxPasses at most this many passes over the training rows per fit
     * @param seed      seeds the order rows are visited in each pass
     */
    LogisticRegression(SparseVector[] rows, int dimension, double tolerance, int maxPasses, long seed) {
        this.x = rows.clone();
        this.squaredNorm = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            squaredNorm[i] = rows[i].squaredNorm();
        }
        this.alpha = new double[rows.length];
        this.complement = new double[rows.length];
        this.cost = new double[rows.length];
        this.label = new int[rows.length];
        this.w = new double[dimension];
        this.tolerance = tolerance;
        this.maxPasses = maxPasses;
        this.seed = seed;
    }

    /**
     * Fits the model to the rows with a non-zero label, starting from the previous fit's dual variables for rows
     * that keep their label.
     *
     * @param labels per row: +1 relevant, −1 not, 0 not trained on
     * @param costs  per row: {@code C_i > 0} for trained rows (ignored for the others)
     */
    void fit(int[] labels, double[] costs) {
        int n = x.length;
        int[] train = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (labels[i] == 0) {
                alpha[i] = 0;
                complement[i] = 0;
                cost[i] = 0;
                label[i] = 0;
                continue;
            }
            double c = costs[i];
            if (!(c > 0)) {
                throw new IllegalArgumentException("cost of row " + i + " must be positive, got " + c);
            }
            if (label[i] != labels[i]) {
                // A new row (or one whose label changed): LIBLINEAR's starting point, inside (0, C).
                alpha[i] = Math.min(0.001 * c, 1e-8);
                complement[i] = c - alpha[i];
            } else if (cost[i] != c) {
                double scale = c / cost[i];
                alpha[i] *= scale;
                complement[i] *= scale;
            }
            cost[i] = c;
            label[i] = labels[i];
            train[m++] = i;
        }
        Arrays.fill(w, 0);
        for (int k = 0; k < m; k++) {
            int i = train[k];
            x[i].addTo(w, label[i] * alpha[i]);
        }
        passes(Arrays.copyOf(train, m));
    }

    private void passes(int[] train) {
        SplittableRandom random = new SplittableRandom(seed);
        double innerTolerance = 1e-2;
        double minInnerTolerance = Math.min(1e-8, tolerance);
        int pass = 0;
        while (pass < maxPasses) {
            shuffle(train, random);
            double maxGradient = 0;
            int newtonSteps = 0;
            for (int i : train) {
                double c = cost[i];
                double a = squaredNorm[i];
                double b = label[i] * x[i].dot(w);
                // Solve for whichever of α_i and C_i − α_i is the smaller at the optimum (LIBLINEAR's trick).
                boolean first = 0.5 * a * (complement[i] - alpha[i]) + b >= 0;
                double sign = first ? 1 : -1;
                double old = first ? alpha[i] : complement[i];
                double z = old;
                if (c - z < 0.5 * c) {
                    z = 0.1 * z;
                }
                double gradient = a * (z - old) + sign * b + Math.log(z / (c - z));
                maxGradient = Math.max(maxGradient, Math.abs(gradient));
                int inner = 0;
                while (inner <= MAX_INNER_NEWTON && Math.abs(gradient) >= innerTolerance) {
                    double curvature = a + c / (c - z) / z;
                    double next = z - gradient / curvature;
                    if (next <= 0) {
                        z *= 0.1;
                    } else if (next >= c) {
                        z = 0.5 * (z + c);
                    } else {
                        z = next;
                    }
                    gradient = a * (z - old) + sign * b + Math.log(z / (c - z));
                    newtonSteps++;
                    inner++;
                }
                if (inner > 0) {
                    if (first) {
                        alpha[i] = z;
                        complement[i] = c - z;
                    } else {
                        complement[i] = z;
                        alpha[i] = c - z;
                    }
                    x[i].addTo(w, sign * (z - old) * label[i]);
                }
            }
            pass++;
            if (maxGradient < tolerance) {
                break;
            }
            if (newtonSteps <= train.length / 10) {
                innerTolerance = Math.max(minInnerTolerance, 0.1 * innerTolerance);
            }
        }
        lastPasses = pass;
    }

    private static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** {@code w·x} of row {@code i} under the current fit: the log-odds before any calibration. */
    double score(int i) {
        return x[i].dot(w);
    }

    /** A copy of the weights of the current fit. */
    double[] weights() {
        return w.clone();
    }

    /** How many passes the last fit took. */
    int lastPasses() {
        return lastPasses;
    }
}
