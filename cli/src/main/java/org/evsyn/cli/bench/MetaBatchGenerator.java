package org.evsyn.cli.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;

/**
 * Makes a batch of independent mean-difference meta-analyses in the CSV layout of the shared benchmark batch
 * ({@code analysis,study,treat_n,treat_mean,treat_sd,ctrl_n,ctrl_mean,ctrl_sd}): per analysis a true mean
 * difference and a between-study spread; per study arm sizes of 20–200, standard deviations of 6–14 and a
 * baseline mean around 50, with each arm's mean drawn with its sampling error. Values carry at most four decimals.
 * The same seed gives the same file.
 *
 * @param analyses how many analyses
 * @param k        studies per analysis
 * @param seed     random seed
 */
record MetaBatchGenerator(int analyses, int k, long seed) {

    /** The CSV header line. */
    static final String HEADER = "analysis,study,treat_n,treat_mean,treat_sd,ctrl_n,ctrl_mean,ctrl_sd";

    MetaBatchGenerator {
        if (analyses < 0) {
            throw new IllegalArgumentException("--analyses must not be negative: " + analyses);
        }
        if (k < 1) {
            throw new IllegalArgumentException("--k must be at least 1: " + k);
        }
    }

    /**
     * Writes the header and every row.
     *
     * @param out where to write (not closed)
     */
    void write(Writer out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        // Labels as wide as the largest number needs, at least A00001 and S01 as in the shared batch.
        int analysisDigits = Math.max(5, Integer.toString(analyses).length());
        int studyDigits = Math.max(2, Integer.toString(k).length());
        StringBuilder line = new StringBuilder(96);
        out.write(HEADER);
        out.write('\n');
        for (int a = 1; a <= analyses; a++) {
            double mu = random.nextGaussian() * 3;
            double tau = random.nextDouble() * 3;
            String analysis = label('A', a, analysisDigits);
            for (int s = 1; s <= k; s++) {
                double theta = mu + tau * random.nextGaussian();
                double base = 50 + 5 * random.nextGaussian();
                int nt = random.nextInt(20, 201);
                int nc = random.nextInt(20, 201);
                double sdt = 6 + 8 * random.nextDouble();
                double sdc = 6 + 8 * random.nextDouble();
                double mt = base + theta + sdt / Math.sqrt(nt) * random.nextGaussian();
                double mc = base + sdc / Math.sqrt(nc) * random.nextGaussian();
                line.setLength(0);
                line.append(analysis).append(',').append(label('S', s, studyDigits)).append(',').append(nt).append(',');
                decimal(line, mt).append(',');
                decimal(line, sdt).append(',').append(nc).append(',');
                decimal(line, mc).append(',');
                decimal(line, sdc).append('\n');
                out.append(line);
            }
        }
    }

    private static String label(char prefix, int n, int digits) {
        String s = Integer.toString(n);
        return prefix + "0".repeat(Math.max(0, digits - s.length())) + s;
    }

    /** x rounded to four decimals, trailing zeros dropped (53.4931, 43.003, 14). */
    static StringBuilder decimal(StringBuilder out, double x) {
        long units = Math.round(x * 10_000);
        if (units < 0) {
            out.append('-');
            units = -units;
        }
        out.append(units / 10_000);
        long frac = units % 10_000;
        if (frac != 0) {
            int width = 4;
            while (frac % 10 == 0) {
                frac /= 10;
                width--;
            }
            String digits = Long.toString(frac);
            out.append('.').append("0".repeat(width - digits.length())).append(digits);
        }
        return out;
    }
}
