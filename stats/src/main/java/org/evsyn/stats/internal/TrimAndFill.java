package org.evsyn.stats.internal;

import org.evsyn.stats.bias.FilledStudy;
import org.evsyn.stats.bias.FunnelPlot;
import org.evsyn.stats.bias.MissingSide;
import org.evsyn.stats.bias.TrimFillResult;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.regression.MetaRegressionFit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Duval and Tweedie's trim and fill with the L0 estimator, following metafor's {@code trimfill()}:
 * <ol>
 *   <li>the side is taken from the sign of the slope of yᵢ on √vᵢ (same τ² method): a negative slope means
 *       studies are missing on the right, otherwise on the left (the right side is handled by flipping signs);</li>
 *   <li>from k0 = 0, the model is refitted to the k − k0 smallest effects, all effects are centred on its
 *       estimate, the absolute centred values ranked (ties by sorted position), and
 *       k0 = max(0, round((4·S_r − k(k+1))/(2k − 1))) with S_r the rank sum of the positive ones, until k0 no
 *       longer changes (round half to even);</li>
 *   <li>the k0 most extreme studies are mirrored about the last trimmed estimate and the model is refitted to
 *       observed and filled studies with the same τ² method and level, and a z test unless another is asked for:
 *       metafor 3.8's {@code trimfill(res)} refits without passing on the model's test, so a Knapp–Hartung analysis
 *       gets a z-based filled model there ({@code trimfill(res, test="knha")} keeps it).</li>
 * </ol>
 */
public final class TrimAndFill {

    /** Name of the estimator of the number of missing studies. */
    public static final String ESTIMATOR = "L0";
    private static final int MAX_ITERATIONS = 1000;

    private TrimAndFill() {
    }

    /**
     * Runs trim and fill as metafor's {@code trimfill(res)}: the filled model uses a z test.
     *
     * @param yi      effect sizes (k ≥ 3)
     * @param vi      sampling variances
     * @param options τ² method and level of every model involved
     * @return k0, side, filled studies and the refitted model
     * @throws StatsException as {@link #run(double[], double[], ModelOptions, TestMethod)}
     */
    public static TrimFillResult run(double[] yi, double[] vi, ModelOptions options) {
        return run(yi, vi, options, TestMethod.Z);
    }

    /**
     * Runs trim and fill.
     *
     * @param yi         effect sizes (k ≥ 3)
     * @param vi         sampling variances
     * @param options    τ² method and level of every model involved
     * @param filledTest the test of the model refitted to observed and filled studies
     * @return k0, side, filled studies and the refitted model
     * @throws StatsException when there are fewer than 3 studies, the side cannot be determined (the regression of
     *                        yᵢ on √vᵢ cannot be fitted, e.g. all standard errors equal), a model fit fails, or k0
     *                        does not settle
     */
    public static TrimFillResult run(double[] yi, double[] vi, ModelOptions options, TestMethod filledTest) {
        if (yi.length != vi.length) {
            throw new IllegalArgumentException("yi and vi differ in length: " + yi.length + " vs " + vi.length);
        }
        int k = yi.length;
        if (k < 3) {
            throw new StatsException("trim and fill needs at least 3 studies, got " + k);
        }
        MissingSide side = side(yi, vi, options);
        double sign = side == MissingSide.RIGHT ? -1 : 1;

        // Work on the (possibly flipped) effects sorted ascending; the sort is stable, as R's.
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        // (+ 0.0 turns −0 into 0, which R's sort does not distinguish either)
        Arrays.sort(order, Comparator.comparingDouble(i -> sign * yi[i] + 0.0));
        double[] ys = new double[k];
        double[] vs = new double[k];
        for (int r = 0; r < k; r++) {
            ys[r] = sign * yi[order[r]];
            vs[r] = vi[order[r]];
        }

        int k0 = 0;
        double theta = Double.NaN;
        int iterations = 0;
        while (true) {
            if (++iterations > MAX_ITERATIONS) {
                throw new StatsException("trim and fill: the number of missing studies did not settle within "
                        + MAX_ITERATIONS + " iterations");
            }
            int kept = k - k0;
            theta = UnivariateModel.fit(Arrays.copyOf(ys, kept), Arrays.copyOf(vs, kept), options).estimate();
            int next = l0(ys, theta);
            if (next == k0) {
                break;
            }
            if (next >= k) {
                throw new StatsException("trim and fill: the estimated number of missing studies (" + next
                        + ") is not smaller than the number of studies");
            }
            k0 = next;
        }

        List<FilledStudy> filled = new ArrayList<>(k0);
        for (int r = k - k0; r < k; r++) {
            filled.add(new FilledStudy(sign * (2 * theta - ys[r]), vs[r]));
        }
        double[] allY = Arrays.copyOf(yi, k + k0);
        double[] allV = Arrays.copyOf(vi, k + k0);
        for (int j = 0; j < k0; j++) {
            allY[k + j] = filled.get(j).yi();
            allV[k + j] = filled.get(j).vi();
        }
        ModelFit model = UnivariateModel.fit(allY, allV,
                new ModelOptions(options.method(), filledTest, options.level()));
        FunnelPlot funnel = FunnelPlot.of(yi, vi, filled, model.estimate(), options.level());
        return new TrimFillResult(k0, side, ESTIMATOR, iterations, filled, model, funnel);
    }

    /** The L0 estimate of the number of missing studies, given the sorted effects and the trimmed estimate. */
    private static int l0(double[] sortedY, double theta) {
        int k = sortedY.length;
        double[] centred = new double[k];
        for (int i = 0; i < k; i++) {
            centred[i] = sortedY[i] - theta;
        }
        // Ranks of |centred|, ties broken by position in the sorted order.
        Integer[] byAbs = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(byAbs, Comparator.comparingDouble(i -> Math.abs(centred[i])));
        long sr = 0;
        for (int rank = 1; rank <= k; rank++) {
            if (centred[byAbs[rank - 1]] > 0) {
                sr += rank;
            }
        }
        double l0 = (4.0 * sr - (double) k * (k + 1)) / (2.0 * k - 1);
        return (int) Math.max(0, Math.rint(l0));
    }

    private static MissingSide side(double[] yi, double[] vi, ModelOptions options) {
        int k = yi.length;
        double[] sei = new double[k];
        for (int i = 0; i < k; i++) {
            sei[i] = Math.sqrt(vi[i]);
        }
        MetaRegressionFit fit;
        try {
            fit = MetaRegression.fit(yi, vi, DesignMatrix.withIntercept(k, List.of("sei"), List.of(sei)), options);
        } catch (StatsException e) {
            throw new StatsException("trim and fill: the side of the missing studies cannot be determined ("
                    + e.getMessage() + ")", e);
        }
        return fit.coefficient(1).estimate() < 0 ? MissingSide.RIGHT : MissingSide.LEFT;
    }
}
