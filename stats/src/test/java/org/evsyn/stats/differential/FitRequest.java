package org.evsyn.stats.differential;

import java.util.Locale;
import java.util.Objects;

/**
 * One model fit asked of both implementations: a measure, a pooling method and the options that go with them.
 * Names are metafor's and the conformance fixtures' ({@code RR}, {@code REML}, {@code knha}, ...).
 *
 * @param measure        RR, OR, RD, PETO, MD, SMD or GENERIC
 * @param method         FE, DL, HE, HS, SJ, ML, REML, EB, PM (inverse variance), MH or PETO
 * @param knha           Knapp–Hartung inference instead of z
 * @param level          confidence level in percent
 * @param dropDoubleZero whether tables without events (or with only events) in both arms are dropped
 */
record FitRequest(String measure, String method, boolean knha, int level, boolean dropDoubleZero) {

    FitRequest {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(method, "method");
    }

    /** Unique within a data set; also the key of the fit in the metafor results. */
    String id() {
        return measure + "|" + method + "|" + test() + "|" + level + (isBinary() ? dropDoubleZero ? "|drop00"
                : "|keep00" : "");
    }

    /** metafor's {@code test} argument. */
    String test() {
        return knha ? "knha" : "z";
    }

    boolean isBinary() {
        return switch (measure) {
            case "RR", "OR", "RD", "PETO" -> true;
            default -> false;
        };
    }

    boolean isInverseVariance() {
        return !method.equals("MH") && !method.equals("PETO");
    }

    boolean isRandomEffects() {
        return isInverseVariance() && !method.equals("FE");
    }

    boolean isLikelihood() {
        return method.equals("ML") || method.equals("REML");
    }

    /** The same fit through {@code evsyn meta}, reading the printed CSV from {@code file}. */
    String evsynCommand(String file) {
        StringBuilder b = new StringBuilder("evsyn meta --csv " + file + " --measure " + measure + " --method "
                + method + " --test " + test() + " --level " + level);
        if (isBinary()) {
            b.append(dropDoubleZero ? " --no-keep-double-zero" : " --keep-double-zero");
        }
        return b.append(" --blocks main --format json").toString();
    }

    /**
     * The same fit in R, reading the printed CSV from {@code file}.
     *
     * @param file    the CSV file
     * @param control the {@code control} list of an {@code rma} fit (ignored for MH and Peto)
     */
    String metaforCall(String file, String control) {
        String read = "dat <- read.csv(\"" + file + "\"); ";
        String levelArg = ", level = " + level;
        String binaryArgs = "ai = treat_events, n1i = treat_n, ci = ctrl_events, n2i = ctrl_n, data = dat, "
                + "add = 1/2, to = \"only0\", drop00 = " + String.valueOf(dropDoubleZero).toUpperCase(Locale.ROOT);
        if (method.equals("MH")) {
            return read + "rma.mh(" + binaryArgs + ", measure = \"" + measure + "\"" + levelArg + ")";
        }
        if (method.equals("PETO")) {
            return read + "rma.peto(" + binaryArgs + levelArg + ")";
        }
        String effects = switch (measure) {
            case "RR", "OR", "RD" -> "es <- escalc(measure = \"" + measure + "\", " + binaryArgs + "); ";
            case "MD", "SMD" -> "es <- escalc(measure = \"" + measure + "\", m1i = treat_mean, sd1i = treat_sd, "
                    + "n1i = treat_n, m2i = ctrl_mean, sd2i = ctrl_sd, n2i = ctrl_n, data = dat); ";
            default -> "es <- dat; ";
        };
        return read + effects + "rma(yi, vi, data = es, method = \"" + method + "\", test = \"" + test() + "\""
                + levelArg + ", control = " + control + ")";
    }
}
