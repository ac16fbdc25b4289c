package org.evsyn.stats.internal.sequential;

import java.util.ArrayList;
import java.util.List;

/**
 * The integration grid of Jennison &amp; Turnbull (2000, section 19.2.1) for the density of a cumulative Z
 * statistic with mean {@code mu}, cut to the continuation region (a, b): 6r − 1 points, dense within 3 of the mean
 * and spreading out logarithmically to about ±(3 + 4 log r), with the midpoints added and Simpson's weights.
 */
final class IntegrationGrid {

    final double[] z;
    final double[] weight;

    private IntegrationGrid(double[] z, double[] weight) {
        this.z = z;
        this.weight = weight;
    }

    static IntegrationGrid of(int r, double mu, double a, double b) {
        List<Double> points = new ArrayList<>();
        points.add(a);
        for (int i = 1; i <= 6 * r - 1; i++) {
            double x;
            if (i < r) {
                x = mu - 3 - 4 * Math.log((double) r / i);
            } else if (i <= 5 * r) {
                x = mu - 3 + 3.0 * (i - r) / (2 * r);
            } else {
                x = mu + 3 + 4 * Math.log((double) r / (6 * r - i));
            }
            if (x > a && x < b) {
                points.add(x);
            }
        }
        points.add(b);
        // An infinite end is replaced by the outermost grid point: the density beyond it is negligible.
        if (Double.isInfinite(a)) {
            points.remove(0);
            points.set(0, Math.min(points.get(0), mu - 3 - 4 * Math.log(r)));
        }
        if (Double.isInfinite(points.get(points.size() - 1))) {
            points.remove(points.size() - 1);
            int last = points.size() - 1;
            points.set(last, Math.max(points.get(last), mu + 3 + 4 * Math.log(r)));
        }
        int m = points.size();
        double[] z = new double[2 * m - 1];
        double[] w = new double[2 * m - 1];
        for (int i = 0; i < m; i++) {
            z[2 * i] = points.get(i);
            if (i + 1 < m) {
                z[2 * i + 1] = (points.get(i) + points.get(i + 1)) / 2;
            }
        }
        for (int j = 0; j + 2 < z.length; j += 2) {
            double h = z[j + 2] - z[j];
            w[j] += h / 6;
            w[j + 1] += 4 * h / 6;
            w[j + 2] += h / 6;
        }
        return new IntegrationGrid(z, w);
    }
}
