package org.evsyn.cli.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes a network of binary-outcome trials in the long arm-level CSV of {@code evsyn nma}
 * ({@code study,treatment,events,n}, one row per arm, the rows of a study together). Treatment {@code T01} is the
 * reference (placebo); every other treatment has a true log odds ratio versus it drawn from N(0, 0.5²). A study has
 * 2 arms (80 %), 3 (15 %) or 4 (5 %), 50–300 participants per arm, a baseline risk around 25 % on the logit scale,
 * and arm-level random effects of variance τ²/2 with τ = 0.2 (the contrast-based model with correlation 1/2).
 * The first T − 1 studies link each treatment to an earlier one, so the network is connected; a third of the
 * others include the reference. The same seed gives the same file.
 *
 * @param studies    how many studies (at least treatments − 1)
 * @param treatments how many treatments (at least 2)
 * @param seed       random seed
 */
record NetworkGenerator(int studies, int treatments, long seed) {

    /** The CSV header line. */
    static final String HEADER = "study,treatment,events,n";

    private static final double TAU = 0.2;

    NetworkGenerator {
        if (treatments < 2) {
            throw new IllegalArgumentException("--treatments must be at least 2: " + treatments);
        }
        if (studies < treatments - 1) {
            throw new IllegalArgumentException("--studies must be at least treatments - 1 (" + (treatments - 1)
                    + ") to connect every treatment: " + studies);
        }
    }

    /** The label of treatment i (from 1): T01, T02, ... as wide as the largest number needs. */
    String treatment(int i) {
        int digits = Math.max(2, Integer.toString(treatments).length());
        String s = Integer.toString(i);
        return "T" + "0".repeat(Math.max(0, digits - s.length())) + s;
    }

    /**
     * Writes the header and every arm.
     *
     * @param out where to write (not closed)
     * @throws IOException when writing fails
     */
    void write(Writer out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        double[] effect = new double[treatments + 1];
        for (int t = 2; t <= treatments; t++) {
            effect[t] = 0.5 * random.nextGaussian();
        }
        int studyDigits = Math.max(4, Integer.toString(studies).length());
        StringBuilder line = new StringBuilder(64);
        out.write(HEADER);
        out.write('\n');
        for (int s = 1; s <= studies; s++) {
            List<Integer> arms = arms(s, random);
            String study = "Study " + "0".repeat(Math.max(0, studyDigits - Integer.toString(s).length())) + s;
            double baseline = -1.1 + 0.5 * random.nextGaussian();
            for (int t : arms) {
                int n = random.nextInt(50, 301);
                double logit = baseline + effect[t] + TAU / Math.sqrt(2) * random.nextGaussian();
                double p = 1 / (1 + Math.exp(-logit));
                int events = 0;
                for (int i = 0; i < n; i++) {
                    if (random.nextDouble() < p) {
                        events++;
                    }
                }
                line.setLength(0);
                line.append(study).append(',').append(treatment(t)).append(',').append(events).append(',').append(n)
                        .append('\n');
                out.append(line);
            }
        }
    }

    /** The treatments of study s (from 1), in the order its rows are written. */
    private List<Integer> arms(int s, SplittableRandom random) {
        double u = random.nextDouble();
        int size = Math.min(treatments, u < 0.80 ? 2 : u < 0.95 ? 3 : 4);
        List<Integer> arms = new ArrayList<>(size);
        if (s < treatments) {
            // Spanning tree: treatment s + 1 against one of the treatments before it.
            arms.add(s + 1);
            arms.add(1 + random.nextInt(s));
        } else if (random.nextDouble() < 1.0 / 3) {
            arms.add(1);
        }
        while (arms.size() < size) {
            int t = 1 + random.nextInt(treatments);
            if (!arms.contains(t)) {
                arms.add(t);
            }
        }
        return arms;
    }
}
