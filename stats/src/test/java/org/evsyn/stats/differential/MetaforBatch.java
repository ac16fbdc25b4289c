package org.evsyn.stats.differential;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The metafor side of the differential test: every data set and fit of a batch goes into one request CSV, one
 * {@code Rscript} process runs {@code differential/metafor_batch.R} over it, and one results CSV comes back.
 */
final class MetaforBatch {

    private static final String SCRIPT = "/differential/metafor_batch.R";
    private static final String[] STUDY_COLUMNS = {"ai", "n1i", "ci", "n2i", "m1i", "sd1i", "m2i", "sd2i", "yi", "vi"};

    /**
     * metafor's answer for one fit, with what the reference search for the ML/REML global maximum found.
     *
     * @param outcome          the numbers of the reference fit, or metafor's error
     * @param modes            local maxima of the (restricted) likelihood profile on the τ² grid (ML/REML), else -1
     * @param defaultTau2      τ² of metafor's default fit (ML/REML), else NaN
     * @param defaultLocal     metafor's Fisher scoring from its default start ended at a lower local maximum
     * @param defaultKeptLower the fit metafor returns by default is not the global maximum
     * @param warnings         warnings metafor printed for the default fit (escalc included)
     * @param control          the {@code control} list the script gave {@code rma}, as R code
     * @param varianceScale    the factor the convergence settings were scaled by (above 1 only for data on a large
     *                         scale, where it is the median sampling variance; NaN for MH and
     *                         Peto)
     */
    record Result(FitOutcome outcome, int modes, double defaultTau2, boolean defaultLocal, boolean defaultKeptLower,
                  String warnings, String control, double varianceScale) {

        /** metafor's own warning that its numbers may be unreliable (sampling variances ≥ 1e7 apart). */
        boolean unstable() {
            return warnings.contains("Ratio of largest to smallest sampling variance extremely large");
        }
    }

    /** Whether an {@code Rscript} with metafor can be started; empty when yes, else the reason. */
    static java.util.Optional<String> unavailable(String rscript) {
        try {
            Process p = new ProcessBuilder(rscript, "--vanilla", "-e",
                    "quit(status = if (requireNamespace('metafor', quietly = TRUE)) 0 else 3)")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return java.util.Optional.of(rscript + " did not answer within 120 s");
            }
            return p.exitValue() == 0 ? java.util.Optional.empty()
                    : java.util.Optional.of("the R package metafor is not installed (" + rscript + " found)");
        } catch (IOException e) {
            return java.util.Optional.of(rscript + " cannot be started (R not installed?): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.of("interrupted while looking for R");
        }
    }

    /** Writes the request file of a batch. */
    static void writeRequests(List<DifferentialDataset> datasets, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("record,dataset,kind,study,ai,n1i,ci,n2i,m1i,sd1i,m2i,sd2i,yi,vi,fit,measure,method,test,level,"
                    + "drop00\n");
            for (DifferentialDataset d : datasets) {
                for (StudyRow r : d.rows()) {
                    Map<String, String> cells = new HashMap<>();
                    String[] c = r.cells();
                    if (r instanceof StudyRow.Binary) {
                        put(cells, new String[]{"ai", "n1i", "ci", "n2i"}, c);
                    } else if (r instanceof StudyRow.Continuous) {
                        put(cells, new String[]{"n1i", "m1i", "sd1i", "n2i", "m2i", "sd2i"}, c);
                    } else {
                        put(cells, new String[]{"yi", "vi"}, c);
                    }
                    StringBuilder line = new StringBuilder("study,").append(d.id()).append(',')
                            .append(d.kind().requestName()).append(',').append(quote(r.label()));
                    for (String col : STUDY_COLUMNS) {
                        line.append(',').append(cells.getOrDefault(col, ""));
                    }
                    w.write(line.append(",,,,,,\n").toString());
                }
                for (FitRequest f : d.fits()) {
                    w.write("fit," + d.id() + ",,,,,,,,,,,,," + f.id() + "," + f.measure() + "," + f.method() + ","
                            + f.test() + "," + f.level() + "," + (f.dropDoubleZero() ? "TRUE" : "FALSE") + "\n");
                }
            }
        }
    }

    /** Starts the R process on a request file; the caller waits for it. */
    static Process start(String rscript, Path requests, Path results, Path workDir, int cores) throws IOException {
        Path script = workDir.resolve("metafor_batch.R");
        try (InputStream in = Objects.requireNonNull(MetaforBatch.class.getResourceAsStream(SCRIPT), SCRIPT)) {
            Files.copy(in, script);
        }
        return new ProcessBuilder(rscript, "--vanilla", script.toString(), requests.toString(), results.toString(),
                Integer.toString(cores)).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("metafor.log").toFile()).start();
    }

    /** Reads the results file: data set id → fit id → result. */
    static Map<String, Map<String, Result>> readResults(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Csv.split(lines.get(0));
        Map<String, Map<String, Result>> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = Csv.split(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            out.computeIfAbsent(row.get("dataset"), x -> new HashMap<>()).put(row.get("fit"), result(row));
        }
        return out;
    }

    private static Result result(Map<String, String> row) {
        String error = row.get("error");
        double estimate = number(row.get("estimate"));
        FitOutcome outcome;
        if (!"NA".equals(error)) {
            outcome = new FitOutcome.Refused(error);
        } else if (Double.isNaN(estimate) || Double.isNaN(number(row.get("se")))) {
            // rma.mh returns NA when the pooled ratio or its variance is undefined (e.g. no events in one arm
            // anywhere): no result, as evsyn's refusal.
            outcome = new FitOutcome.Refused("no estimate or no standard error (NA)");
        } else {
            outcome = new FitOutcome.Fitted(new PooledNumbers((int) number(row.get("k")), estimate,
                    number(row.get("se")), number(row.get("ci_lb")), number(row.get("ci_ub")),
                    number(row.get("pval")), number(row.get("tau2")), number(row.get("I2")), number(row.get("H2")),
                    number(row.get("QE")), number(row.get("pi_lb")), number(row.get("pi_ub"))));
        }
        double modes = number(row.get("modes"));
        return new Result(outcome, Double.isNaN(modes) ? -1 : (int) modes, number(row.get("default_tau2")),
                "TRUE".equals(row.get("default_local")), "TRUE".equals(row.get("default_kept_lower")),
                row.get("warnings"), "list(threshold = " + row.get("threshold") + ", tol = " + row.get("tol")
                + ", maxiter = 1000, tau2.max = " + row.get("tau2_max")
                + ("NA".equals(row.get("stepadj")) ? "" : ", stepadj = " + row.get("stepadj")) + ")",
                number(row.get("threshold")) / 1e-10);
    }

    private static double number(String s) {
        return switch (s) {
            case "NA", "NaN", "" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    private static void put(Map<String, String> cells, String[] names, String[] values) {
        for (int i = 0; i < names.length; i++) {
            cells.put(names[i], values[i]);
        }
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Splitting of one CSV line with RFC 4180 quoting (no line breaks inside cells). */
    static final class Csv {
        private Csv() {
        }

        static List<String> split(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    out.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            out.add(cell.toString());
            return out;
        }
    }
}
