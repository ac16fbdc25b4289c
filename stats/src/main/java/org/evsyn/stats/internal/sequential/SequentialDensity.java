package org.evsyn.stats.internal.sequential;

import org.evsyn.stats.internal.Distributions;

/**
 * The sub-density of the cumulative Z statistic at one look on the paths that stayed inside the continuation
 * regions of all earlier looks (Armitage, McPherson &amp; Rowe 1969; Jennison &amp; Turnbull 2000, chapter 19), held
 * on an {@link IntegrationGrid} with its weights folded in. Z<sub>k</sub> has mean drift·√t<sub>k</sub> and the
 * score Z√t has independent increments of variance t<sub>k</sub> − t<sub>k−1</sub>.
 */
final class SequentialDensity {

    /** Grid density parameter; 6r − 1 points before cutting (gsDesign uses 18). */
    static final int R = 32;

    private final double t;
    private final double drift;
    private final double[] z;
    private final double[] mass;

    private SequentialDensity(double t, double drift, double[] z, double[] mass) {
        this.t = t;
        this.drift = drift;
        this.z = z;
        this.mass = mass;
    }

    /** Before any look: all mass at Z√t = 0, t = 0. */
    static SequentialDensity start(double drift) {
        return new SequentialDensity(0, drift, new double[] {0}, new double[] {1});
    }

    /** P(paths still going, and Z at fraction {@code next} above {@code b}). */
    double upperExit(double next, double b) {
        if (b == Double.POSITIVE_INFINITY) {
            return 0;
        }
        double sd = Math.sqrt(next - t);
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            double mean = z[i] * Math.sqrt(t) + drift * (next - t);
            sum += mass[i] * Distributions.normalUpperP((b * Math.sqrt(next) - mean) / sd);
        }
        return sum;
    }

    /** P(paths still going, and Z at fraction {@code next} below {@code a}). */
    double lowerExit(double next, double a) {
        if (a == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        double sd = Math.sqrt(next - t);
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            double mean = z[i] * Math.sqrt(t) + drift * (next - t);
            sum += mass[i] * Distributions.normalCdf((a * Math.sqrt(next) - mean) / sd);
        }
        return sum;
    }

    /** The sub-density at fraction {@code next} on the paths that continue there, with Z inside (a, b). */
    SequentialDensity advance(double next, double a, double b) {
        if (!(a < b)) {
            return new SequentialDensity(next, drift, new double[] {0}, new double[] {0});
        }
        IntegrationGrid grid = IntegrationGrid.of(R, drift * Math.sqrt(next), a, b);
        double sd = Math.sqrt(next - t);
        double scale = Math.sqrt(next) / sd;
        double[] out = new double[grid.z.length];
        for (int j = 0; j < out.length; j++) {
            double s = grid.z[j] * Math.sqrt(next);
            double sum = 0;
            for (int i = 0; i < z.length; i++) {
                double mean = z[i] * Math.sqrt(t) + drift * (next - t);
                sum += mass[i] * NormalTails.density((s - mean) / sd);
            }
            out[j] = sum * scale * grid.weight[j];
        }
        return new SequentialDensity(next, drift, grid.z, out);
    }
}
