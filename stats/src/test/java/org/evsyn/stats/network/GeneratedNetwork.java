package org.evsyn.stats.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded synthetic network of continuous arms: T treatments with true effects 0.05·t versus treatment "T00", a
 * chain of two-arm studies T00–T01–…–T(T−1) so the network is connected, then two-, three- and four-arm studies on
 * random treatments, each with a random study baseline and between-study noise.
 */
final class GeneratedNetwork {

    private GeneratedNetwork() {
    }

    static String name(int t) {
        return String.format("T%02d", t);
    }

    static double truth(int t) {
        return 0.05 * t;
    }

    static List<ContinuousArm> arms(int treatments, int studies, long seed) {
        Random random = new Random(seed);
        List<ContinuousArm> arms = new ArrayList<>();
        for (int s = 0; s < studies; s++) {
            int[] design;
            if (s < treatments - 1) {
                design = new int[] {s, s + 1};
            } else {
                double u = random.nextDouble();
                int a = u < 0.8 ? 2 : u < 0.95 ? 3 : 4;
                design = random.ints(0, treatments).distinct().limit(a).toArray();
            }
            double baseline = random.nextGaussian();
            for (int t : design) {
                double n = 50 + random.nextInt(150);
                double sd = 1 + random.nextDouble();
                double mean = baseline + truth(t) + 0.1 * random.nextGaussian()
                        + sd / Math.sqrt(n) * random.nextGaussian();
                arms.add(new ContinuousArm("study " + s, name(t), mean, sd, n));
            }
        }
        return arms;
    }
}
