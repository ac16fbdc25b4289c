package org.evsyn.stats.differential;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random data sets for the differential test, reproducible from one seed. The families aim at the corners where
 * implementations part ways: rare and zero events (single- and double-zero tables, tables with only events), tiny
 * arms, tiny and huge standard deviations and sampling variances spread over several orders of magnitude, zero
 * variances, single studies, k up to
 * 200, heterogeneity from none to extreme, and likelihoods for τ² with two maxima (many precise studies that agree
 * plus a few imprecise outlying ones, the shape of metadat's dat.gibson2002 under ML).
 */
final class DatasetGenerator {

    /** The same convergence settings apply to every fit; fits differ in measure, method, test, level, drop00. */
    private static final String[] TAU2_METHODS = {"FE", "DL", "HE", "HS", "SJ", "ML", "REML", "EB", "PM"};
    /** Share of inverse-variance fits that are also run with Knapp–Hartung inference. */
    private static final double KNHA_SHARE = 0.2;

    private final SplittableRandom random;
    private int next;

    DatasetGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * The batch: dat.gibson2002 first, then {@code count − 1} random data sets.
     *
     * @param count number of data sets (≥ 1)
     * @return the data sets with their fits
     */
    List<DifferentialDataset> generate(int count) {
        List<DifferentialDataset> out = new ArrayList<>(count);
        out.add(gibson2002());
        while (out.size() < count) {
            double u = random.nextDouble();
            if (u < 0.35) {
                out.add(binary());
            } else if (u < 0.60) {
                out.add(continuous());
            } else if (u < 0.82) {
                out.add(generic());
            } else {
                out.add(bimodal());
            }
        }
        return out;
    }

    // ---- families ------------------------------------------------------------------------------------------------

    private DifferentialDataset binary() {
        int k = studyCount();
        double[] arm = switch (pick(0.10, 0.40, 0.35)) {
            case 0 -> new double[]{1, 8};
            case 1 -> new double[]{5, 60};
            case 2 -> new double[]{30, 400};
            default -> new double[]{200, 3000};
        };
        int riskKind = pick(0.35, 0.45, 0.10);
        String risk = new String[]{"rare", "common", "near-one", "mixed"}[riskKind];
        double base = switch (riskKind) {
            case 0 -> logUniform(0.0005, 0.03);
            case 1 -> uniform(0.05, 0.6);
            case 2 -> uniform(0.9, 0.995);
            default -> Double.NaN;
        };
        double mu = gaussian() * 0.6;
        double tau = heterogeneity(new double[]{0, 0.15, 0.5, 1.5});
        boolean balanced = random.nextDouble() < 0.6;
        List<StudyRow> rows = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int n1 = logUniformInt(arm[0], arm[1]);
            int n2 = balanced ? n1 : logUniformInt(arm[0], arm[1]);
            double p0 = Double.isNaN(base) ? logUniform(0.001, 0.9) : expit(logit(base) + 0.4 * gaussian());
            double p1 = expit(logit(p0) + mu + tau * gaussian());
            rows.add(new StudyRow.Binary("s" + (i + 1), binomial(n1, p1), n1, binomial(n2, p0), n2));
        }
        return dataset("binary-" + risk, DifferentialDataset.Kind.BINARY, rows);
    }

    private DifferentialDataset continuous() {
        int k = studyCount();
        int scaleKind = pick(0.15, 0.15, 0.55);
        String scaleName = new String[]{"tiny-sd", "huge-sd", "ordinary-sd", "mixed-sd"}[scaleKind];
        double scale = switch (scaleKind) {
            case 0 -> Math.pow(10, uniform(-4, -2));
            case 1 -> Math.pow(10, uniform(2, 4));
            case 2 -> Math.pow(10, uniform(-0.3, 1.3));
            default -> 1;
        };
        boolean tinyArms = random.nextDouble() < 0.1;
        double delta = gaussian() * 0.5;
        double tau = heterogeneity(new double[]{0, 0.2, 0.6, 3});
        List<StudyRow> rows = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double s = scaleKind == 3 ? Math.pow(10, uniform(-1.25, 1.25)) : scale;
            int n1 = tinyArms ? logUniformInt(2, 5) : logUniformInt(2, 300);
            int n2 = random.nextDouble() < 0.5 ? n1 : tinyArms ? logUniformInt(2, 5) : logUniformInt(2, 300);
            double sd1 = s * Math.exp(0.25 * gaussian());
            double sd2 = s * Math.exp(0.25 * gaussian());
            double baseline = 10 * s * Math.exp(0.3 * gaussian());
            double theta = (delta + tau * gaussian()) * s;
            double m1 = baseline + theta + gaussian() * sd1 / Math.sqrt(n1);
            double m2 = baseline + gaussian() * sd2 / Math.sqrt(n2);
            rows.add(new StudyRow.Continuous("s" + (i + 1), n1, round(m1), round(sampleSd(sd1, n1)), n2, round(m2),
                    round(sampleSd(sd2, n2))));
        }
        String family = "continuous-" + scaleName;
        double zero = random.nextDouble();
        if (zero < 0.04) {
            // One study with both standard deviations 0: a zero sampling variance for MD, no SMD at all.
            int i = random.nextInt(k);
            StudyRow.Continuous c = (StudyRow.Continuous) rows.get(i);
            rows.set(i, new StudyRow.Continuous(c.label(), c.treatN(), c.treatMean(), 0, c.ctrlN(), c.ctrlMean(), 0));
            family += "-zero-sd";
        } else if (zero < 0.08) {
            int i = random.nextInt(k);
            StudyRow.Continuous c = (StudyRow.Continuous) rows.get(i);
            rows.set(i, new StudyRow.Continuous(c.label(), c.treatN(), c.treatMean(), 0, c.ctrlN(), c.ctrlMean(),
                    c.ctrlSd()));
            family += "-one-zero-sd";
        }
        return dataset(family, DifferentialDataset.Kind.CONTINUOUS, rows);
    }

    private DifferentialDataset generic() {
        int k = studyCount();
        int varianceKind = pick(0.45, 0.25, 0.10, 0.05, 0.05, 0.05);
        String name = new String[]{"ordinary-vi", "wide-vi", "equal-vi", "tiny-vi", "huge-vi", "identical-yi",
                "zero-vi"}[varianceKind];
        double equal = logUniform(0.001, 1);
        double[] vi = new double[k];
        for (int i = 0; i < k; i++) {
            vi[i] = round(switch (varianceKind) {
                case 1 -> logUniform(1e-4, 10);
                case 2 -> equal;
                case 3 -> logUniform(1e-8, 1e-6);
                case 4 -> logUniform(1e2, 1e5);
                default -> logUniform(0.005, 0.5);
            });
        }
        if (varianceKind == 6) {
            vi[random.nextInt(k)] = 0;
        }
        double typical = median(vi);
        double tau = heterogeneity(new double[]{0, 0.5, 1.5, 5}) * Math.sqrt(typical > 0 ? typical : 0.01);
        double mu = gaussian() * 3 * Math.sqrt(typical > 0 ? typical : 0.01);
        double identical = round(mu);
        List<StudyRow> rows = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double yi = varianceKind == 5 ? identical : round(mu + gaussian() * Math.sqrt(vi[i] + tau * tau));
            rows.add(new StudyRow.Generic("s" + (i + 1), yi, vi[i]));
        }
        return dataset("generic-" + name, DifferentialDataset.Kind.GENERIC, rows);
    }

    /**
     * Many precise studies around 0 and 2–5 imprecise ones far out on one side. Checked in R against profiles of
     * logLik over a τ² grid: about 70% of these data sets have two maxima of the ML and of the REML likelihood.
     */
    private DifferentialDataset bimodal() {
        int precise = 4 + random.nextInt(22);
        int outlying = 2 + random.nextInt(4);
        double vp = logUniform(1e-3, 0.05);
        double vo = vp * logUniform(30, 1000);
        double distance = uniform(4, 10);
        double side = random.nextBoolean() ? 1 : -1;
        int k = precise + outlying;
        double[] yi = new double[k];
        double[] vi = new double[k];
        for (int i = 0; i < k; i++) {
            if (i < precise) {
                vi[i] = vp * Math.exp(uniform(-0.4, 0.4));
                yi[i] = gaussian() * Math.sqrt(vp);
            } else {
                vi[i] = vo * Math.exp(uniform(-0.5, 0.5));
                yi[i] = side * distance * Math.sqrt(vi[i]) * uniform(0.8, 1.2);
            }
        }
        shuffle(yi, vi);
        List<StudyRow> rows = new ArrayList<>(k);
        if (random.nextDouble() < 1.0 / 3) {
            // The same shape as arm-level data, as in dat.gibson2002: equal arms, vi = 2·sd²/n.
            double baseline = uniform(5, 50);
            for (int i = 0; i < k; i++) {
                int n = logUniformInt(10, 200);
                double sd = round(Math.sqrt(vi[i] * n / 2));
                rows.add(new StudyRow.Continuous("s" + (i + 1), n, round(baseline + yi[i]), sd, n, round(baseline),
                        sd));
            }
            return dataset("bimodal-continuous", DifferentialDataset.Kind.CONTINUOUS, rows);
        }
        for (int i = 0; i < k; i++) {
            rows.add(new StudyRow.Generic("s" + (i + 1), round(yi[i]), round(vi[i])));
        }
        return dataset("bimodal-generic", DifferentialDataset.Kind.GENERIC, rows);
    }

    /** metadat's dat.gibson2002 (the 13 studies with means and SDs): two maxima of the ML likelihood for MD. */
    private DifferentialDataset gibson2002() {
        Object[][] data = {
                {"Cote 1997", 50, 2.20, 12.73, 54, 5.20, 12.50},
                {"Ghosh 1998", 140, 17.60, 24.20, 136, 34.10, 38.80},
                {"Hayward 1996", 23, 0.38, 0.56, 19, 0.23, 0.29},
                {"Heard 1999", 97, 2.09, 5.93, 94, 2.66, 4.95},
                {"Ignacio-Garcia 1995", 35, 4.92, 6.05, 35, 20.00, 26.34},
                {"Knoell 1998", 45, 0.85, 4.75, 55, 2.31, 9.16},
                {"Lahdensuo 1996", 56, 2.80, 9.00, 59, 4.80, 7.20},
                {"Sommaruga 1995", 20, 24.10, 11.80, 20, 31.80, 17.90},
                {"Zeiger 1991", 128, 1.40, 3.30, 143, 2.30, 7.60},
                {"Garret 1994", 119, 6.23, 12.20, 100, 5.71, 8.57},
                {"Neri 1996", 32, 2.10, 8.00, 33, 5.10, 14.00},
                {"Hilton 1986", 86, 0.73, 1.48, 100, 0.47, 1.20},
                {"Gallefoss 1999", 25, 8.00, 32.00, 24, 26.00, 70.00}};
        List<StudyRow> rows = new ArrayList<>();
        for (Object[] r : data) {
            rows.add(new StudyRow.Continuous((String) r[0], (Integer) r[1], (Double) r[2], (Double) r[3],
                    (Integer) r[4], (Double) r[5], (Double) r[6]));
        }
        return dataset("metadat-gibson2002", DifferentialDataset.Kind.CONTINUOUS, rows);
    }

    // ---- fits ----------------------------------------------------------------------------------------------------

    private DifferentialDataset dataset(String family, DifferentialDataset.Kind kind, List<StudyRow> rows) {
        next++;
        String id = String.format("d%05d", next);
        int level = switch (pick(0.88, 0.06)) {
            case 0 -> 95;
            case 1 -> 90;
            default -> 99;
        };
        // Both double-zero rules: dropped (metafor's drop00 = TRUE) for most, kept and corrected for the rest.
        boolean drop00 = random.nextDouble() < 0.7;
        List<FitRequest> fits = new ArrayList<>();
        List<String> measures = switch (kind) {
            case BINARY -> List.of("RR", "OR", "RD");
            case CONTINUOUS -> List.of("MD", "SMD");
            case GENERIC -> List.of("GENERIC");
        };
        for (String measure : measures) {
            for (String method : TAU2_METHODS) {
                fits.add(new FitRequest(measure, method, false, level, drop00));
                if (random.nextDouble() < KNHA_SHARE) {
                    fits.add(new FitRequest(measure, method, true, level, drop00));
                }
            }
            if (kind == DifferentialDataset.Kind.BINARY) {
                fits.add(new FitRequest(measure, "MH", false, level, drop00));
            }
        }
        if (kind == DifferentialDataset.Kind.BINARY) {
            fits.add(new FitRequest("PETO", "PETO", false, level, drop00));
        }
        return new DifferentialDataset(id, family, kind, rows, fits);
    }

    // ---- random helpers ------------------------------------------------------------------------------------------

    /** k from 1 to 200: mostly small, a few large. */
    private int studyCount() {
        return switch (pick(0.08, 0.08, 0.56, 0.21, 0.05)) {
            case 0 -> 1;
            case 1 -> 2;
            case 2 -> 3 + random.nextInt(10);
            case 3 -> 13 + random.nextInt(28);
            case 4 -> 41 + random.nextInt(60);
            default -> 101 + random.nextInt(100);
        };
    }

    /** One of the given between-study SDs: none, small, moderate, extreme. */
    private double heterogeneity(double[] levels) {
        return levels[pick(0.35, 0.25, 0.25)];
    }

    /** Index i with probability p[i]; the last index takes the remainder. */
    private int pick(double... p) {
        double u = random.nextDouble();
        double acc = 0;
        for (int i = 0; i < p.length; i++) {
            acc += p[i];
            if (u < acc) {
                return i;
            }
        }
        return p.length;
    }

    private double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    private double logUniform(double lo, double hi) {
        return Math.exp(uniform(Math.log(lo), Math.log(hi)));
    }

    private int logUniformInt(double lo, double hi) {
        return (int) Math.max(lo, Math.min(hi, Math.round(logUniform(lo, hi + 0.5))));
    }

    private double gaussian() {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private int binomial(int n, double p) {
        int x = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                x++;
            }
        }
        return x;
    }

    /** A sample SD of n observations: the chi-square spread, roughly. */
    private double sampleSd(double sd, int n) {
        return sd * Math.exp(gaussian() / Math.sqrt(2.0 * Math.max(1, n - 1)));
    }

    private void shuffle(double[] a, double[] b) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
            t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Six significant digits: short decimals that the CSV, R and Java read identically. */
    private static double round(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        return new BigDecimal(x).round(new MathContext(6)).doubleValue();
    }
}
