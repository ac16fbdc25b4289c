package org.evsyn.reporting.export;

import org.evsyn.reporting.format.Numbers;
import org.evsyn.reporting.model.ArmSummary;
import org.evsyn.reporting.model.Conversion;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.ReportMeasure;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.model.StudyResult;
import org.evsyn.stats.effect.EffectMeasure;

import java.util.List;
import java.util.Optional;

/**
 * The part of analysis.R that starts from the values as printed (median and IQR, SE, CI) and redoes each conversion
 * in R, with the formulas as the papers give them, so the script reproduces the converted numbers instead of
 * copying them: the conversion functions, the expressions in the data frames, and the checks.
 */
final class RConversions {

    static final String MEDIAN_IQR = "MEDIAN_IQR";
    static final String SE_TO_SD = "SE_TO_SD";
    static final String CI_TO_SD = "CI_TO_SD";
    static final String CI_TO_SE = "CI_TO_SE";

    private RConversions() {
    }

    /** The R functions, when any study row of the report was converted. */
    static void functions(StringBuilder b, ReviewReport report) {
        if (report.outcomes().stream().flatMap(o -> o.studies().stream()).anyMatch(RConversions::converted)) {
            b.append(FUNCTIONS);
        }
    }

    /** The conversion functions in R. */
    static final String FUNCTIONS = """

                # Conversions from the values as printed, as the papers give them.
                # Luo D, Wan X, Liu J, Tong T (2018) Stat Methods Med Res 27:1785-1805, scenario S3:
                # mean from the median and quartiles, weight w = 0.7 + 0.39 / n.
                luo_mean_iqr <- function(n, median, q1, q3) {
                  w <- 0.7 + 0.39 / n
                  w * (q1 + q3) / 2 + (1 - w) * median
                }
                # Wan X, Wang W, Liu J, Tong T (2014) BMC Med Res Methodol 14:135, scenario C3:
                # SD = (q3 - q1) / eta(n), eta(n) = 2 * qnorm((0.75 n - 0.125) / (n + 0.25)).
                wan_sd_iqr <- function(n, q1, q3) {
                  (q3 - q1) / (2 * qnorm((0.75 * n - 0.125) / (n + 0.25)))
                }
                # Cochrane Handbook 6.5.2.2: SD = SE x sqrt(n).
                sd_from_se <- function(n, se) se * sqrt(n)
                # Cochrane Handbook 6.5.2.2: SE = CI width / (2 q), q the t quantile below 60 participants and the
                # normal quantile otherwise; then SD = SE x sqrt(n).
                sd_from_ci <- function(n, lower, upper, level) {
                  p <- 1 - (1 - level / 100) / 2
                  q <- if (n < 60) qt(p, n - 1) else qnorm(p)
                  sqrt(n) * (upper - lower) / (2 * q)
                }
                # Cochrane Handbook 6.3.1: a study estimate's SE from its CI, on the log scale for ratios.
                se_from_ci <- function(lower, upper, level, ratio) {
                  z <- qnorm(1 - (1 - level / 100) / 2)
                  if (ratio) (log(upper) - log(lower)) / (2 * z) else (upper - lower) / (2 * z)
                }
                """;

    /** Whether a row's numbers come from a conversion R redoes. */
    static boolean converted(StudyResult s) {
        return s.conversions().stream().anyMatch(c -> c.method().equals(MEDIAN_IQR) || c.method().equals(SE_TO_SD)
                || c.method().equals(CI_TO_SD) || c.method().equals(CI_TO_SE));
    }

    /** The R expression of an arm's mean: the conversion from the printed values, or the number as used. */
    static String mean(StudyResult s, String arm, ArmSummary.Continuous a) {
        return find(s, arm, MEDIAN_IQR).filter(c -> same(c.mean().getAsDouble(), a.mean()))
                .map(RConversions::meanCall).orElse(Numbers.exact(a.mean()));
    }

    /** The R expression of an arm's SD: the conversion from the printed values, or the number as used. */
    static String sd(StudyResult s, String arm, ArmSummary.Continuous a) {
        for (Conversion c : s.conversions()) {
            if (c.arm().equals(arm) && c.sd().isPresent() && same(c.sd().getAsDouble(), a.sd())
                    && sdCall(c).isPresent()) {
                return sdCall(c).get();
            }
        }
        return Numbers.exact(a.sd());
    }

    /** The R expression of a study-level estimate: the printed effect (logged for ratios), or the number used. */
    static String yi(StudyResult s, ReportMeasure m) {
        return find(s, "experimental", CI_TO_SE).map(c -> m.isRatio() ? "log(" + p(c, "effect") + ")"
                : p(c, "effect")).orElse(Numbers.exact(s.yi()));
    }

    /** The R expression of a study-level estimate's variance: from its printed CI, or the number used. */
    static String vi(StudyResult s, ReportMeasure m) {
        return find(s, "experimental", CI_TO_SE).map(c -> "se_from_ci(" + p(c, "lower") + ", " + p(c, "upper")
                + ", " + p(c, "level") + ", " + (m.isRatio() ? "TRUE" : "FALSE") + ")^2")
                .orElse(Numbers.exact(s.vi()));
    }

    /**
     * After a data frame whose rows were converted: each conversion checked against the report's number, the effect
     * sizes recomputed from the converted arm numbers and checked, and put in the data frame the fits use.
     */
    static void recompute(StringBuilder b, String dat, String what, OutcomeAnalysis o, List<StudyResult> studies) {
        if (studies.stream().noneMatch(RConversions::converted)) {
            return;
        }
        for (StudyResult s : studies) {
            for (Conversion c : s.conversions()) {
                if (c.method().equals(MEDIAN_IQR)) {
                    check(b, what + ": " + s.study() + " " + c.arm() + " mean (Luo 2018)", meanCall(c), c.mean());
                }
                sdCall(c).ifPresent(call -> check(b, what + ": " + s.study() + " " + c.arm() + " SD ("
                        + (c.method().equals(MEDIAN_IQR) ? "Wan 2014" : c.method().equals(SE_TO_SD) ? "SE x sqrt(n)"
                        : "from the CI") + ")", call, c.sd()));
            }
        }
        String yi = RScript.vec(studies.stream().map(StudyResult::yi).toList(), Numbers::exact);
        String vi = RScript.vec(studies.stream().map(StudyResult::vi).toList(), Numbers::exact);
        EffectMeasure m = o.measure().measure();
        if (m == EffectMeasure.GENERIC) {
            b.append("check(").append(RScript.string(what + ": estimates from the printed values")).append(", ")
                    .append(dat).append("$yi, ").append(yi).append(")\n");
            b.append("check(").append(RScript.string(what + ": variances from the printed CIs")).append(", ")
                    .append(dat).append("$vi, ").append(vi).append(")\n");
            return;
        }
        if (!studies.stream().allMatch(s -> s.treatment().filter(ArmSummary.Continuous.class::isInstance).isPresent()
                && s.control().filter(ArmSummary.Continuous.class::isInstance).isPresent())) {
            return;
        }
        String es = "conv_" + dat;
        b.append("# The effect sizes from the converted arm numbers; the fits below use these.\n");
        b.append(es).append(" <- escalc(measure = \"").append(m.name())
                .append("\", m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i, n2i = n2i, data = ")
                .append(dat).append(")\n");
        b.append("check(").append(RScript.string(what + ": effect sizes from the printed values")).append(", ")
                .append(es).append("$yi, ").append(yi).append(")\n");
        b.append("check(").append(RScript.string(what + ": sampling variances from the printed values")).append(", ")
                .append(es).append("$vi, ").append(vi).append(")\n");
        b.append(dat).append("$yi <- as.numeric(").append(es).append("$yi)\n");
        b.append(dat).append("$vi <- as.numeric(").append(es).append("$vi)\n");
    }

    /**
     * A secondary analysis's own data frame ({@code dat}) takes its effect sizes from the main one, which computed
     * them from the printed values, when the outcome has converted rows; they are checked against the report's.
     */
    static void fromMain(StringBuilder b, OutcomeAnalysis o, String main, String dat, String what) {
        if (o.studies().stream().noneMatch(RConversions::converted)) {
            return;
        }
        b.append("# The effect sizes computed above from the printed values, in this analysis's order.\n");
        b.append("want_").append(dat).append(" <- c(").append(dat).append("$yi, ").append(dat).append("$vi)\n");
        for (String col : List.of("yi", "vi")) {
            b.append(dat).append('$').append(col).append(" <- ").append(main).append('$').append(col)
                    .append("[match(").append(dat).append("$study, ").append(main).append("$study)]\n");
        }
        b.append("check(").append(RScript.string(what + " effect sizes from the printed values")).append(", c(")
                .append(dat).append("$yi, ").append(dat).append("$vi), want_").append(dat).append(")\n");
    }

    private static void check(StringBuilder b, String what, String call, java.util.OptionalDouble want) {
        b.append("check(").append(RScript.string(what)).append(", ").append(call).append(", ")
                .append(Numbers.exact(want.orElse(Double.NaN))).append(")\n");
    }

    private static Optional<Conversion> find(StudyResult s, String arm, String method) {
        return s.conversions().stream().filter(c -> c.arm().equals(arm) && c.method().equals(method)).findFirst();
    }

    private static String meanCall(Conversion c) {
        return "luo_mean_iqr(" + p(c, "n") + ", " + p(c, "median") + ", " + p(c, "q1") + ", " + p(c, "q3") + ")";
    }

    private static Optional<String> sdCall(Conversion c) {
        return switch (c.method()) {
            case MEDIAN_IQR -> Optional.of("wan_sd_iqr(" + p(c, "n") + ", " + p(c, "q1") + ", " + p(c, "q3") + ")");
            case SE_TO_SD -> Optional.of("sd_from_se(" + p(c, "n") + ", " + p(c, "se") + ")");
            case CI_TO_SD -> Optional.of("sd_from_ci(" + p(c, "n") + ", " + p(c, "lower") + ", " + p(c, "upper")
                    + ", " + p(c, "level") + ")");
            default -> Optional.empty();
        };
    }

    private static String p(Conversion c, String name) {
        Double v = c.printed().get(name);
        if (v == null) {
            throw new IllegalArgumentException(c.method() + " conversion lacks the printed " + name);
        }
        return Numbers.exact(v);
    }

    // The arm's number is the conversion's own (not, say, arms combined after converting).
    private static boolean same(double a, double b) {
        return Double.compare(a, b) == 0;
    }
}
