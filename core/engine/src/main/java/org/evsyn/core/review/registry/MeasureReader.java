package org.evsyn.core.review.registry;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.DispersionType;
import org.evsyn.core.domain.Measurement;
import org.evsyn.core.domain.NumericValue;
import org.evsyn.core.domain.ResultMeasure;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.review.engine.DerivationNotes;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.conversion.SdConversion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one posted outcome measure as arm rows of one planned outcome, or says why it cannot.
 *
 * <p>Continuous outcomes take MEAN or LEAST_SQUARES_MEAN with a standard deviation, a standard error (SD = SE·√n)
 * or a confidence interval of stated level (SD from the CI width, Cochrane Handbook 6.5.2.2), and MEDIAN with an
 * inter-quartile range (left for the engine to impute from). Event outcomes take COUNT_OF_PARTICIPANTS:
 * events = value, n = denominator; a percentage of participants with its denominator gives the count it was
 * computed from (events = percentage x n / 100, checked to round back to the posted percentage, and flagged as
 * derived). n is always the group's posted denominator for the measure (or its class). Anything else, and any NA
 * or bounded value, makes the measure unusable with a reason.
 *
 * <p>A measure posted per visit (its classes are time points: "Week 2", "Week 4", ..., "Week 12") gives one result
 * per visit, each at the time its class names, so the review's time-point rule chooses among them.
 */
final class MeasureReader {

    private static final Pattern CHANGE = Pattern.compile("\\bchange[sd]?\\b", Pattern.CASE_INSENSITIVE);
    // A share of the group: "percentage of participants", "% of subjects"; not "percent change" or "% of BSA".
    private static final Pattern PERCENT_OF_PEOPLE = Pattern.compile(
            "(percent(age)?s?|%)\\s*(of\\s+)?(the\\s+)?(participants?|subjects?|patients?|people|persons?|individuals?)\\b",
            Pattern.CASE_INSENSITIVE);

    private MeasureReader() {
    }

    /**
     * The measure's rows for {@code outcome}: one result, or one per visit for a measure posted per visit; throws
     * {@link Unusable} with the reason when there are none.
     */
    static List<RegistryOutcomeData> readAll(OutcomePlan outcome, TrialRecord trial, ResultMeasure m) {
        Map<String, Double> visits = Visits.of(m);
        if (visits.isEmpty()) {
            OptionalDouble days = m.timeFrame().map(TimeFrames::days).orElse(OptionalDouble.empty());
            return List.of(read(outcome, trial, m, days.isPresent() ? days : TimeFrames.stated(m.title()),
                    Optional.empty()));
        }
        List<RegistryOutcomeData> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<String, Double> visit : visits.entrySet()) {
            try {
                out.add(read(outcome, trial, Visits.only(m, visit.getKey()), OptionalDouble.of(visit.getValue()),
                        Optional.of(visit.getKey())));
            } catch (Unusable e) {
                skipped.add("visit '" + visit.getKey() + "' not extracted: " + e.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw new Unusable("posted per visit, and no visit is usable: " + String.join("; ", skipped));
        }
        return out.stream().map(d -> d.withNotes(skipped)).toList();
    }

    /** One result of the measure (or of one visit of it) at {@code days}. */
    private static RegistryOutcomeData read(OutcomePlan outcome, TrialRecord trial, ResultMeasure m,
                                            OptionalDouble days, Optional<String> visit) {
        String trialId = trial.registration().trialId();
        boolean change = CHANGE.matcher(m.title()).find()
                || m.description().map(d -> CHANGE.matcher(d).find()).orElse(false);
        if (m.groups().isEmpty()) {
            throw new Unusable("the measure declares no groups");
        }
        Set<String> groupIds = new LinkedHashSet<>();
        m.groups().forEach(g -> groupIds.add(g.id()));
        m.measurements().stream().map(Measurement::groupId).filter(id -> !groupIds.contains(id)).findFirst()
                .ifPresent(id -> {
                    throw new Unusable("a value refers to group " + id + ", which the measure does not declare");
                });
        List<GroupArm> arms = GroupRoles.map(trial, m.groups());
        CellKey key = cellKey(outcome, m);
        Context c = new Context(outcome, trialId, m, days, change, visit);
        List<RegistryArmRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        visit.ifPresent(v -> notes.add("posted per visit: the time point is the visit's, '" + v + "'"));
        key.describe().ifPresent(k -> notes.add("values of " + k));
        rejectNa(m, arms, key);
        for (GroupArm arm : arms) {
            Optional<Measurement> cell = m.measurements().stream()
                    .filter(x -> x.groupId().equals(arm.groupId()) && key.matches(x)).findFirst();
            if (cell.isEmpty()) {
                notes.add("group '" + arm.groupTitle() + "': no value posted; not extracted");
                continue;
            }
            int n = denominator(arm, cell.get());
            if (n == 0) {
                notes.add("group '" + arm.groupTitle() + "': no participants analysed; not extracted");
                continue;
            }
            rows.add(new RegistryArmRow(arm, outcome.isContinuous() ? continuous(c, arm, cell.get(), n)
                    : events(c, arm, cell.get(), n)));
        }
        if (rows.isEmpty()) {
            throw new Unusable("no group has a posted value");
        }
        if (change) {
            notes.add("change from baseline, not final values"
                    + (outcome.measure().equals("SMD") ? ": not to be pooled with final values under SMD" : ""));
        }
        if (rows.stream().anyMatch(r -> r.result().notes().orElse("").contains(DERIVED))) {
            notes.add("events derived from posted percentages of participants and their denominators");
        }
        return new RegistryOutcomeData(trialId, outcome.name(), m.title(), m.type(), visit.or(m::timeFrame), days,
                change, outcome.isContinuous(), rows, notes);
    }

    /** The per-arm facts every row shares. */
    private record Context(OutcomePlan outcome, String trialId, ResultMeasure measure, OptionalDouble days,
                           boolean change, Optional<String> visit) {
    }

    /** Which class/category of the measure holds the outcome; empty parts match cells without one. */
    private record CellKey(Optional<String> classTitle, Optional<String> categoryTitle) {
        boolean matches(Measurement x) {
            return x.classTitle().equals(classTitle) && x.categoryTitle().equals(categoryTitle);
        }

        Optional<String> describe() {
            List<String> parts = new ArrayList<>();
            classTitle.ifPresent(t -> parts.add("class '" + t + "'"));
            categoryTitle.ifPresent(t -> parts.add("category '" + t + "'"));
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
        }

        String text() {
            return (classTitle.orElse("") + " " + categoryTitle.orElse("")).trim();
        }
    }

    // One class/category: take it. Several: take the one whose title names the outcome, else give up.
    private static CellKey cellKey(OutcomePlan outcome, ResultMeasure m) {
        Set<CellKey> keys = new LinkedHashSet<>();
        m.measurements().forEach(x -> keys.add(new CellKey(x.classTitle(), x.categoryTitle())));
        if (keys.isEmpty()) {
            throw new Unusable("no values posted");
        }
        if (keys.size() == 1) {
            return keys.iterator().next();
        }
        List<CellKey> named = keys.stream().filter(k -> TitleMatch.of(outcome, k.text()).isPresent()
                || k.classTitle().flatMap(t -> TitleMatch.of(outcome, t)).isPresent()
                || k.categoryTitle().flatMap(t -> TitleMatch.of(outcome, t)).isPresent()).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        String all = keys.stream().map(k -> k.text().isEmpty() ? "(untitled)" : k.text())
                .collect(Collectors.joining(", "));
        throw new Unusable("several classes or categories (" + all + "); "
                + (named.isEmpty() ? "none names" : "more than one names") + " the outcome");
    }

    // Sentinels such as NA or NR in any posted number make the measure unusable, whatever else is wrong with it.
    private static void rejectNa(ResultMeasure m, List<GroupArm> arms, CellKey key) {
        for (GroupArm arm : arms) {
            for (Measurement x : m.measurements()) {
                // A group with no one analysed posts nothing usable either way; it is skipped later, not fatal.
                boolean noneAnalysed = x.denominator().isExact() && x.denominator().value().getAsDouble() == 0;
                if (!x.groupId().equals(arm.groupId()) || !key.matches(x) || noneAnalysed) {
                    continue;
                }
                List<NumericValue> posted = List.of(x.value(), x.spread(), x.lowerLimit(), x.upperLimit());
                boolean na = x.value().value().isEmpty()
                        || posted.stream().anyMatch(v -> v.value().isEmpty() && !v.raw().isBlank());
                if (na) {
                    String printed = x.value().raw().isBlank() ? "empty" : x.value().raw();
                    throw new Unusable("NA values: group '" + arm.groupTitle() + "' posts " + printed
                            + x.comment().map(c -> " (" + c + ")").orElse(""));
                }
            }
        }
    }

    private static int denominator(GroupArm arm, Measurement cell) {
        NumericValue d = cell.denominator();
        if (d.value().isEmpty()) {
            throw new Unusable("group '" + arm.groupTitle() + "': no denominator (participants analysed) posted");
        }
        double v = d.value().getAsDouble();
        if (!d.isExact() || v != Math.rint(v) || v < 0) {
            throw new Unusable("group '" + arm.groupTitle() + "': denominator is not a count: " + d.raw());
        }
        return (int) v;
    }

    private static ArmOutcomeResult continuous(Context c, GroupArm arm, Measurement cell, int n) {
        ResultMeasure m = c.measure();
        String param = m.paramType().orElse("").toUpperCase(Locale.ROOT);
        DispersionType dispersion = m.dispersionType();
        String dispersionText = m.dispersionAsGiven().orElse(dispersion.name());
        List<String> notes = new ArrayList<>();
        switch (param) {
            case "MEAN", "LEAST_SQUARES_MEAN" -> {
                double mean = exact(arm, "value", cell.value(), cell);
                if (param.equals("LEAST_SQUARES_MEAN")) {
                    notes.add(DerivationNotes.LEAST_SQUARES_MEAN);
                }
                double sd = switch (dispersion) {
                    case STANDARD_DEVIATION -> exact(arm, "spread", cell.spread(), cell);
                    case STANDARD_ERROR -> {
                        double se = exact(arm, "spread", cell.spread(), cell);
                        notes.add(DerivationNotes.standardError(se, n));
                        yield convert(() -> SdConversion.fromStandardError(n, se));
                    }
                    case CONFIDENCE_80, CONFIDENCE_90, CONFIDENCE_95, CONFIDENCE_975, CONFIDENCE_99 -> {
                        double level = ciLevel(dispersion);
                        double lo = exact(arm, "lower limit", cell.lowerLimit(), cell);
                        double hi = exact(arm, "upper limit", cell.upperLimit(), cell);
                        notes.add(DerivationNotes.confidenceInterval(level, lo, hi, n));
                        yield convert(() -> SdConversion.fromConfidenceInterval(n, lo, hi, level));
                    }
                    case CONFIDENCE_OTHER -> throw new Unusable("dispersion type " + dispersionText
                            + ": CI level not stated, SD not derivable");
                    case NONE -> throw new Unusable("mean posted without a dispersion: SD not derivable");
                    default -> throw new Unusable("dispersion type " + dispersionText + ": SD not derivable");
                };
                return row(c, arm, cell, n, OptionalDouble.of(mean), OptionalDouble.of(sd), OptionalDouble.empty(),
                        OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), notes);
            }
            case "MEDIAN" -> {
                if (dispersion != DispersionType.INTER_QUARTILE_RANGE) {
                    throw new Unusable("median with dispersion type " + dispersionText
                            + ": only a median with its inter-quartile range can be used");
                }
                double median = exact(arm, "value", cell.value(), cell);
                double q1 = exact(arm, "lower limit", cell.lowerLimit(), cell);
                double q3 = exact(arm, "upper limit", cell.upperLimit(), cell);
                notes.add("median and IQR: mean and SD left to the analysis to impute");
                return row(c, arm, cell, n, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(median),
                        OptionalDouble.of(q1), OptionalDouble.of(q3), OptionalInt.empty(), notes);
            }
            case "GEOMETRIC_MEAN", "GEOMETRIC_LEAST_SQUARES_MEAN", "LOG_MEAN" -> throw new Unusable("param type "
                    + param + ": a log-scale summary, not an arithmetic mean; SD not derivable on the original scale");
            default -> throw new Unusable("param type " + (param.isEmpty() ? "not stated" : param)
                    + ": not a mean or median of a continuous outcome");
        }
    }

    private static ArmOutcomeResult events(Context c, GroupArm arm, Measurement cell, int n) {
        ResultMeasure m = c.measure();
        String param = m.paramType().orElse("").toUpperCase(Locale.ROOT);
        boolean percentOfPeople = m.unit().map(u -> PERCENT_OF_PEOPLE.matcher(u).find()).orElse(false);
        if (param.equals("NUMBER") && percentOfPeople) {
            return derivedEvents(c, arm, cell, n);
        }
        if (!param.equals("COUNT_OF_PARTICIPANTS")) {
            boolean percent = m.unit().map(u -> u.toLowerCase(Locale.ROOT).contains("percent")
                    || u.contains("%")).orElse(false);
            throw new Unusable("param type " + (param.isEmpty() ? "not stated" : param)
                    + (percent ? ": a percentage, but not of participants; events not derived"
                    : ": not a count of participants"));
        }
        double v = exact(arm, "value", cell.value(), cell);
        if (v != Math.rint(v) || v < 0) {
            throw new Unusable("group '" + arm.groupTitle() + "': count is not a whole number: " + cell.value().raw());
        }
        if (v > n) {
            throw new Unusable("group '" + arm.groupTitle() + "': count " + cell.value().raw()
                    + " exceeds its denominator " + n);
        }
        return row(c, arm, cell, n, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.of((int) v), new ArrayList<>());
    }

    /**
     * The count a posted percentage of participants was computed from: percentage x n / 100, rounded, and
     * accepted only when it gives the posted percentage back at the precision it was printed with.
     */
    private static ArmOutcomeResult derivedEvents(Context c, GroupArm arm, Measurement cell, int n) {
        double percent = exact(arm, "value", cell.value(), cell);
        if (percent < 0 || percent > 100) {
            throw new Unusable("group '" + arm.groupTitle() + "': " + cell.value().raw()
                    + " is not a percentage of participants");
        }
        long count = Math.round(percent * n / 100);
        String printed = cell.value().raw().trim();
        int decimals = printed.contains(".") ? printed.length() - printed.indexOf('.') - 1 : 0;
        double back = java.math.BigDecimal.valueOf(100.0 * count / n)
                .setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
        if (Math.abs(back - percent) > 0.5 * Math.pow(10, -decimals) + 1e-9) {
            throw new Unusable("group '" + arm.groupTitle() + "': " + printed + "% of " + n
                    + " is no whole number of participants; events not derived");
        }
        return row(c, arm, cell, n, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.of((int) count),
                new ArrayList<>(List.of(DERIVED + ": " + count + " = " + printed + "% of " + n
                        + ", not posted as a count")));
    }

    /** Marks a count computed from a posted percentage. */
    static final String DERIVED = "events derived from the posted percentage";

    private static ArmOutcomeResult row(Context c, GroupArm arm, Measurement cell, int n, OptionalDouble mean,
                                        OptionalDouble sd, OptionalDouble median, OptionalDouble q1,
                                        OptionalDouble q3, OptionalInt events, List<String> conversions) {
        ResultMeasure m = c.measure();
        List<String> notes = new ArrayList<>();
        notes.add("registry-sourced (" + c.trialId() + " posted results)");
        if (c.change()) {
            notes.add("change from baseline");
        }
        notes.addAll(conversions);
        try {
            return new ArmOutcomeResult(c.outcome().name(), c.days(), c.visit().or(m::timeFrame), arm.label(),
                    OptionalInt.of(n),
                    mean, sd, median, q1, q3, events, ArmOutcomeResult.CountKind.PATIENTS,
                    c.change() ? ArmOutcomeResult.ValueKind.CHANGE : ArmOutcomeResult.ValueKind.FINAL,
                    Optional.of(asPrinted(m, cell)), List.of(RegistryOutcomeData.sourceRef(c.trialId())),
                    Optional.of("posted outcome measure '" + m.title() + "', group " + arm.groupId()),
                    Optional.of(String.join("; ", notes)));
        } catch (IllegalArgumentException e) {
            throw new Unusable("group '" + arm.groupTitle() + "': " + e.getMessage());
        }
    }

    private static String asPrinted(ResultMeasure m, Measurement cell) {
        StringBuilder s = new StringBuilder(m.paramType().orElse("value")).append(' ').append(cell.value().raw());
        if (!cell.spread().raw().isEmpty()) {
            s.append(" (").append(m.dispersionAsGiven().orElse("spread")).append(' ').append(cell.spread().raw())
                    .append(')');
        }
        if (!cell.lowerLimit().raw().isEmpty() || !cell.upperLimit().raw().isEmpty()) {
            s.append(" [").append(m.dispersionAsGiven().orElse("limits")).append(' ').append(cell.lowerLimit().raw())
                    .append(" to ").append(cell.upperLimit().raw()).append(']');
        }
        s.append("; n ").append(cell.denominator().raw());
        m.unit().ifPresent(u -> s.append("; unit ").append(u));
        return s.toString();
    }

    private static double exact(GroupArm arm, String field, NumericValue v, Measurement cell) {
        if (v.value().isEmpty()) {
            String printed = v.raw().isBlank() ? "empty" : v.raw();
            throw new Unusable("NA values: group '" + arm.groupTitle() + "' " + field + " is " + printed
                    + cell.comment().map(c -> " (" + c + ")").orElse(""));
        }
        if (!v.isExact()) {
            throw new Unusable("group '" + arm.groupTitle() + "' " + field + " is a bound, not a value: " + v.raw());
        }
        return v.value().getAsDouble();
    }

    private static double ciLevel(DispersionType d) {
        return switch (d) {
            case CONFIDENCE_80 -> 80;
            case CONFIDENCE_90 -> 90;
            case CONFIDENCE_95 -> 95;
            case CONFIDENCE_975 -> 97.5;
            default -> 99;
        };
    }

    private interface Conversion {
        double apply();
    }

    private static double convert(Conversion f) {
        try {
            return f.apply();
        } catch (StatsException e) {
            throw new Unusable("SD cannot be derived: " + e.getMessage());
        }
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
