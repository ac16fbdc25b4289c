package org.evsyn.stats.differential;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Differential test of evsyn's pooled analyses against R's metafor on seeded random data sets.
 *
 * <p>{@link DatasetGenerator} makes the data sets from one seed: binary two-arm tables (rare events, single- and
 * double-zero tables, tables with only events, tiny arms), continuous two-arm data (tiny, huge and mixed standard
 * deviations, zero SDs), generic effects with variances (equal, tiny, huge, widely spread, zero, identical effects),
 * and data sets whose ML/REML likelihood for τ² has two maxima (plus metadat's dat.gibson2002); k runs from 1 to 200
 * and heterogeneity from none to extreme. Each data set is fitted with every measure and method that applies: RR,
 * OR, RD (binary), MD, SMD (continuous) or GENERIC, each with FE, DL, HE, HS, SJ, ML, REML, EB and PM (z test; a
 * random fifth also with Knapp–Hartung), plus MH (RR, OR, RD) and Peto for binary data; 0.5 is added to the cells of
 * zero-cell tables, and double-zero tables are dropped for about 70% of the data sets and kept (corrected) for the
 * rest. Some data sets use a 90% or 99% level.
 *
 * <p>evsyn runs through {@link EvsynFits}; metafor runs once for the whole batch, in one {@code Rscript} process
 * ({@code differential/metafor_batch.R}, started while evsyn works), with the conformance fixtures'
 * {@code control = list(threshold = 1e-10·f, tol = 1e-12·f, maxiter = 1000)}, f = min(1, mean sampling variance /
 * 1e-4) (metafor's criteria are absolute in τ²; evsyn's Fisher scoring shrinks its step criterion the same way), a
 * larger {@code tau2.max} for data on a large scale, {@code stepadj = 0.5} where Fisher scoring does not converge,
 * and then criteria scaled by the median sampling variance where it still does not (data on a large scale). For ML and REML the reference is the global maximum of the (restricted) likelihood on [0, ∞): the script
 * refits from every local maximum of the likelihood profile on a τ² grid (and with τ² = 0 fixed) and keeps the fit
 * with the highest logLik; how often metafor's default start ended at a lower local maximum is counted and printed.
 * Harness rules that mirror metafor: an SMD study with pooled SD 0 (NA in metafor, omitted) is left out of evsyn's
 * input; a metafor fit without an estimate or standard error (NA) counts as a refusal; a fit for which metafor
 * warns that the sampling variances are too far apart for stable results is skipped and counted, and so is an EB fit
 * whose default start divides by zero in metafor (a zero sampling variance with the root at τ² ≈ 0, where the limit
 * model gives that study infinite weight).
 *
 * <p>Compared per fit: k, estimate, se, CI bounds, p-value, τ², I², H², Q and the prediction interval, by the rule
 * of {@link Agreement} (1e-6 relative, 1e-8 absolute floor), or that both implementations refuse the fit. Every
 * disagreement is printed with both results, the {@code evsyn meta} command and metafor call that reproduce it, and
 * the data set as a conformance-layout CSV ready to paste into a file; all of them also go to
 * {@code target/differential/disagreements.txt}. Any disagreement fails the test.
 *
 * <p>Without {@code Rscript} or without metafor the test is skipped. System properties:
 * <ul>
 *   <li>{@code evsyn.differential.seed} — the seed (default {@value #DEFAULT_SEED});</li>
 *   <li>{@code evsyn.differential.datasets} — how many data sets (default {@value #DEFAULT_DATASETS}: about
 *       46,000 fits, some 300 s of R CPU time, so two to three minutes on two cores);</li>
 *   <li>{@code evsyn.differential.rcores} — R worker processes (default: up to 2);</li>
 *   <li>{@code evsyn.differential.rscript} — the Rscript program (default {@code Rscript} on the PATH).</li>
 * </ul>
 * A longer local run, for example:
 * {@code mvn -B -pl stats -am test -Dtest=MetaforDifferentialTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Devsyn.differential.datasets=20000 -Devsyn.differential.seed=7}.
 */
class MetaforDifferentialTest {

    static final long DEFAULT_SEED = 20_240_611L;
    static final int DEFAULT_DATASETS = 2000;
    /** Disagreements printed in full per class on the console; the report file has them all. */
    private static final int EXAMPLES_PER_CLASS = 3;

    @Test
    void everyPooledNumberMatchesMetaforOnSeededRandomDataSets(@TempDir Path dir) throws Exception {
        String rscript = System.getProperty("evsyn.differential.rscript", "Rscript");
        Optional<String> missing = MetaforBatch.unavailable(rscript);
        Assumptions.assumeTrue(missing.isEmpty(),
                () -> "differential test against metafor skipped: " + missing.orElse(""));
        long seed = Long.getLong("evsyn.differential.seed", DEFAULT_SEED);
        int count = Integer.getInteger("evsyn.differential.datasets", DEFAULT_DATASETS);
        int cores = Integer.getInteger("evsyn.differential.rcores",
                Math.min(2, Runtime.getRuntime().availableProcessors()));
        System.out.printf(Locale.ROOT, "Differential test against metafor: seed %d, %d data sets%n", seed, count);

        long t0 = System.nanoTime();
        List<DifferentialDataset> datasets = new DatasetGenerator(seed).generate(count);
        Path requests = dir.resolve("requests.csv");
        Path results = dir.resolve("results.csv");
        MetaforBatch.writeRequests(datasets, requests);
        long t1 = System.nanoTime();

        Process r = MetaforBatch.start(rscript, requests, results, dir, cores);
        Map<String, FitOutcome> evsyn = new HashMap<>();
        int mirrored = 0;
        long t2;
        long t3;
        try {
            // evsyn works while R does: the R batch is the long pole.
            EvsynFits fits = new EvsynFits();
            for (DifferentialDataset d : datasets) {
                for (FitRequest f : d.fits()) {
                    DifferentialDataset input = mirrorMetaforOmissions(d, f);
                    mirrored += input == d ? 0 : 1;
                    evsyn.put(d.id() + " " + f.id(), fits.fit(input, f));
                }
            }
            t2 = System.nanoTime();
            long timeout = Math.max(900, count / 2);
            if (!r.waitFor(timeout, TimeUnit.SECONDS)) {
                fail("metafor did not finish within " + timeout + " s");
            }
            t3 = System.nanoTime();
        } finally {
            if (r.isAlive()) {
                r.descendants().forEach(ProcessHandle::destroyForcibly); // the R workers forked by mclapply
                r.destroyForcibly();
            }
        }
        if (r.exitValue() != 0 || !Files.exists(results)) {
            fail("Rscript failed (exit " + r.exitValue() + "):\n" + Files.readString(dir.resolve("metafor.log")));
        }
        Map<String, Map<String, MetaforBatch.Result>> reference = MetaforBatch.readResults(results);

        Tally tally = new Tally();
        for (DifferentialDataset d : datasets) {
            boolean severalMaxima = false;
            for (FitRequest f : d.fits()) {
                MetaforBatch.Result ref = reference.getOrDefault(d.id(), Map.of()).get(f.id());
                if (ref == null) {
                    fail("metafor wrote no result for " + d.id() + " " + f.id());
                }
                FitOutcome mine = evsyn.get(d.id() + " " + f.id());
                if (ref.unstable() && !(mine instanceof FitOutcome.Crashed)) {
                    // metafor's Q (from its P matrix) loses digits there; exact arithmetic sides with evsyn.
                    tally.skip("metafor warns that the ratio of largest to smallest sampling variance is extremely "
                            + "large (>= 1e7) and its results may be unstable");
                    continue;
                }
                if (ref.warnings().contains("the default start divided by zero") && !(mine instanceof FitOutcome.Crashed)) {
                    // A zero sampling variance with the EB root at tau^2 ~ 0: the limit model gives that study infinite
                    // weight (se -> 0), metafor's default start divides by zero and any answer depends on where the
                    // iteration stops, well below either side's convergence criterion.
                    tally.skip("EB with a zero sampling variance whose root lies at tau^2 ~ 0 (metafor's default start "
                            + "divides by zero)");
                    continue;
                }
                tally.record(d, f, mine, ref, Agreement.compare(mine, ref.outcome(), ref.varianceScale()));
                severalMaxima |= f.isLikelihood() && ref.modes() > 1;
            }
            tally.datasets.merge(d.family(), 1, Integer::sum);
            tally.bimodalDatasets += severalMaxima ? 1 : 0;
        }
        long t4 = System.nanoTime();

        String report = tally.report(seed, count, mirrored, seconds(t1 - t0), seconds(t2 - t1), seconds(t3 - t1),
                seconds(t4 - t0));
        Path out = Path.of("target", "differential");
        Files.createDirectories(out);
        Files.writeString(out.resolve("disagreements.txt"), tally.allDisagreements(), StandardCharsets.UTF_8);
        // The batch files too, so that the R side can be rerun by hand on exactly this batch.
        Files.copy(requests, out.resolve("requests.csv"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(results, out.resolve("results.csv"), StandardCopyOption.REPLACE_EXISTING);
        System.out.println(tally.examples());
        System.out.println(report);
        if (tally.disagreements > 0) {
            fail(tally.disagreements + " fits disagree with metafor in " + tally.classes.size()
                    + " classes (examples above; all in " + out.resolve("disagreements.txt") + "):\n"
                    + tally.classSummary());
        }
    }

    /**
     * metafor's escalc gives NA for an SMD whose pooled SD is 0 and rma then omits the study; evsyn rejects such a
     * study outright. The harness leaves those studies out of evsyn's input for SMD fits, as metafor does.
     */
    private static DifferentialDataset mirrorMetaforOmissions(DifferentialDataset d, FitRequest f) {
        if (!f.measure().equals("SMD")) {
            return d;
        }
        List<StudyRow> kept = d.rows().stream()
                .filter(r -> !(r instanceof StudyRow.Continuous c && c.pooledSdIsZero())).toList();
        return kept.size() == d.rows().size() ? d : new DifferentialDataset(d.id(), d.family(), d.kind(), kept,
                d.fits());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Counts, disagreement classes and their printed examples. */
    private static final class Tally {
        final Map<String, Integer> datasets = new TreeMap<>();
        int bimodalDatasets;
        int fits;
        int agreed;
        int bothRefused;
        int numbers;
        int disagreements;
        int likelihoodFits;
        int severalMaxima;
        int defaultLocal;
        int defaultCaught;
        int defaultKeptLower;
        final Map<String, List<String>> classes = new LinkedHashMap<>();
        final Map<String, Set<String>> classFields = new HashMap<>();
        final Map<String, Integer> skipped = new TreeMap<>();
        final Map<String, Integer> refusals = new HashMap<>();

        void skip(String why) {
            skipped.merge(why, 1, Integer::sum);
        }

        void record(DifferentialDataset d, FitRequest f, FitOutcome mine, MetaforBatch.Result ref,
                    Agreement.Verdict v) {
            fits++;
            numbers += v.compared();
            if (f.isLikelihood() && ref.outcome() instanceof FitOutcome.Fitted) {
                likelihoodFits++;
                severalMaxima += ref.modes() > 1 ? 1 : 0;
                defaultLocal += ref.defaultLocal() ? 1 : 0;
                defaultKeptLower += ref.defaultKeptLower() ? 1 : 0;
                defaultCaught += ref.defaultLocal() && ref.warnings().contains("local maximum") ? 1 : 0;
            }
            switch (v.kind()) {
                case AGREE -> agreed++;
                case BOTH_REFUSED -> {
                    bothRefused++;
                    refusals.merge(f.method() + ": metafor \"" + shape(((FitOutcome.Refused) ref.outcome()).message())
                            + "\" / evsyn \"" + shape(((FitOutcome.Refused) mine).message()) + "\"", 1, Integer::sum);
                }
                case DISAGREE -> {
                    disagreements++;
                    String key = classOf(f, ref, v, mine);
                    classes.computeIfAbsent(key, x -> new ArrayList<>()).add(detail(d, f, mine, ref, v));
                    v.mismatches().forEach(mm -> classFields.computeIfAbsent(key, x -> new TreeSet<>())
                            .add(mm.field()));
                }
            }
        }

        private static String classOf(FitRequest f, MetaforBatch.Result ref, Agreement.Verdict v, FitOutcome mine) {
            StringBuilder b = new StringBuilder(f.method());
            if (f.isLikelihood() && ref.modes() > 1) {
                b.append(" on a likelihood with several maxima");
            }
            if (ref.defaultLocal()) {
                b.append(ref.defaultKeptLower() ? ", metafor's default fit is a lower local maximum"
                        : ", metafor's default start found a lower local maximum (metafor fell back to tau2 = 0)");
            } else if (f.isLikelihood() && mine instanceof FitOutcome.Fitted e
                    && ref.outcome() instanceof FitOutcome.Fitted m) {
                double et = e.numbers().tau2();
                double mt = m.numbers().tau2();
                boolean near = Math.abs(et - mt) <= Math.max(1e-8, 0.01 * (ref.varianceScale() + mt));
                if (!near) {
                    b.append(", evsyn at another maximum than the global one");
                } else if (mt == 0 && et > 0) {
                    b.append(", maximum at tau2 = 0 where evsyn stops at a small tau2 > 0");
                } else {
                    b.append(", evsyn's tau2 near but not at the maximum");
                }
            }
            b.append(": ").append(v.what());
            if (mine instanceof FitOutcome.Refused e) {
                b.append(" (").append(shape(e.message())).append(')');
            } else if (ref.outcome() instanceof FitOutcome.Refused e) {
                b.append(" (").append(shape(e.message())).append(')');
            }
            return b.toString();
        }

        /** A message without its numbers and labels, so that messages of one kind fall into one class. */
        private static String shape(String message) {
            String s = message.replaceAll("-?[0-9][0-9.eE+-]*", "#").replaceAll("study \\S+", "study #");
            return s.length() > 90 ? s.substring(0, 90) + "..." : s;
        }

        private static String detail(DifferentialDataset d, FitRequest f, FitOutcome mine, MetaforBatch.Result ref,
                                     Agreement.Verdict v) {
            String file = d.id() + ".csv";
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "data set %s (%s, %d rows), fit %s: %s%n", d.id(), d.family(),
                    d.rows().size(), f.id(), v.what()));
            b.append(String.format(Locale.ROOT, "  %-9s %-25s %-25s%n", "", "evsyn", "metafor"));
            if (mine instanceof FitOutcome.Fitted e && ref.outcome() instanceof FitOutcome.Fitted m) {
                b.append(String.format(Locale.ROOT, "  %-9s %-25d %-25d%n", "k", e.numbers().k(), m.numbers().k()));
                Map<String, Double> ev = e.numbers().byName();
                for (Map.Entry<String, Double> x : m.numbers().byName().entrySet()) {
                    boolean differs = v.mismatches().stream().anyMatch(mm -> mm.field().equals(x.getKey()));
                    b.append(String.format(Locale.ROOT, "  %-9s %-25.17g %-25.17g%s%n", x.getKey(),
                            ev.get(x.getKey()), x.getValue(), differs ? " <-- differs" : ""));
                }
            } else {
                b.append("  evsyn:   ").append(describe(mine)).append('\n');
                b.append("  metafor: ").append(describe(ref.outcome())).append('\n');
            }
            if (f.isLikelihood()) {
                b.append(String.format(Locale.ROOT, "  metafor default fit: tau2 = %.10g; likelihood maxima on the "
                                + "tau2 grid: %d; default start ended at a lower maximum: %s%n", ref.defaultTau2(),
                        ref.modes(), ref.defaultLocal() ? "yes" : "no"));
            }
            if (!ref.warnings().isBlank()) {
                b.append("  metafor warnings: ").append(ref.warnings()).append('\n');
            }
            b.append("  evsyn:   ").append(f.evsynCommand(file)).append('\n');
            b.append("  metafor: ").append(f.metaforCall(file, ref.control())).append('\n');
            b.append("  ---- ").append(file).append(" ----\n").append(d.conformanceCsv()).append("  ----\n");
            return b.toString();
        }

        private static String describe(FitOutcome o) {
            if (o instanceof FitOutcome.Fitted f) {
                PooledNumbers n = f.numbers();
                return String.format(Locale.ROOT, "k = %d, estimate = %.10g, se = %.10g, tau2 = %.10g", n.k(),
                        n.estimate(), n.se(), n.tau2());
            }
            if (o instanceof FitOutcome.Refused r) {
                return "refused: " + r.message();
            }
            return "crashed: " + ((FitOutcome.Crashed) o).message();
        }

        String classSummary() {
            StringBuilder b = new StringBuilder();
            classes.entrySet().stream()
                    .sorted((a, c) -> Integer.compare(c.getValue().size(), a.getValue().size()))
                    .forEach(e -> b.append(String.format(Locale.ROOT, "  %6d  %s%s%n", e.getValue().size(),
                            e.getKey(), classFields.containsKey(e.getKey())
                                    ? " " + classFields.get(e.getKey()) : "")));
            return b.toString();
        }

        String examples() {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, List<String>> e : classes.entrySet()) {
                b.append("== disagreement class (").append(e.getValue().size()).append(" fits): ").append(e.getKey())
                        .append('\n');
                e.getValue().stream().limit(EXAMPLES_PER_CLASS).forEach(b::append);
            }
            return b.toString();
        }

        String allDisagreements() {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, List<String>> e : classes.entrySet()) {
                b.append("== disagreement class (").append(e.getValue().size()).append(" fits): ").append(e.getKey())
                        .append('\n');
                e.getValue().forEach(b::append);
            }
            return b.toString();
        }

        String report(long seed, int count, int mirrored, double generate, double evsynTime, double metaforTime,
                      double total) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "== Differential test against metafor, seed %d%n", seed));
            b.append(String.format(Locale.ROOT, "  data sets:            %d (%s)%n", count, datasets));
            b.append(String.format(Locale.ROOT, "  fits compared:        %d (both fitted and agree: %d; both "
                    + "refused: %d; disagree: %d)%n", fits, agreed, bothRefused, disagreements));
            refusals.entrySet().stream().sorted((x, y) -> Integer.compare(y.getValue(), x.getValue())).limit(10)
                    .forEach(e -> b.append(String.format(Locale.ROOT, "    %6d  both refuse, %s%n", e.getValue(),
                            e.getKey())));
            b.append(String.format(Locale.ROOT, "  numbers compared:     %d (tolerance %.0e relative + %.0e "
                    + "absolute)%n", numbers, Agreement.REL, Agreement.ABS));
            int skips = skipped.values().stream().mapToInt(Integer::intValue).sum();
            b.append(String.format(Locale.ROOT, "  skipped fits:         %d%n", skips));
            skipped.forEach((why, n) -> b.append(String.format(Locale.ROOT, "    %6d  %s%n", n, why)));
            b.append(String.format(Locale.ROOT, "  SMD fits whose studies with pooled SD 0 were left out of evsyn's "
                    + "input, as metafor omits them: %d%n", mirrored));
            b.append(String.format(Locale.ROOT, "  ML/REML fits:         %d, on a likelihood with several maxima: %d "
                    + "(data sets with such a likelihood: %d)%n", likelihoodFits, severalMaxima, bimodalDatasets));
            b.append(String.format(Locale.ROOT, "  metafor's default ML/REML start ended at a lower local maximum: "
                    + "%d fits (metafor's own tau2 = 0 check caught %d; its default answer is not the global maximum "
                    + "in %d)%n", defaultLocal, defaultCaught, defaultKeptLower));
            b.append(String.format(Locale.ROOT, "  disagreement classes: %d%n", classes.size()));
            if (!classes.isEmpty()) {
                b.append(classSummary());
            }
            b.append(String.format(Locale.ROOT, "  time:                 %.1f s in all (generating %.1f s, evsyn "
                    + "%.1f s while metafor ran %.1f s)%n", total, generate, evsynTime, metaforTime));
            return b.toString();
        }
    }
}
