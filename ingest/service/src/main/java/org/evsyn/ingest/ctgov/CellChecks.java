package org.evsyn.ingest.ctgov;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.evsyn.core.domain.DispersionType;
import org.evsyn.core.domain.Measurement;
import org.evsyn.core.domain.NumericValue;
import org.evsyn.core.domain.StatisticalAnalysis;

/**
 * What a posted number can never be, checked like adverse-event counts: a negative standard deviation or standard
 * error, a count of participants below zero or above its denominator, a percentage of participants outside 0-100,
 * a confidence level outside 0-100 and a p-value outside 0-1. A study posting one is rejected, naming the field.
 *
 * <p>Missing values and bounds ({@code <0.001}) are not checked: only numbers read as exact can be impossible.
 */
final class CellChecks {

    // "percentage of participants", "% of subjects", "Percent of patients": a share of the group, so at most 100.
    // "percent change" and other percentages of a quantity can exceed 100 and are not checked.
    private static final Pattern PERCENT_OF_PEOPLE = Pattern.compile(
            "(percent(age)?s?|%)\\s*(of\\s+)?(the\\s+)?(participants?|subjects?|patients?|people|persons?|individuals?)\\b");

    private final DispersionType dispersion;
    private final boolean countOfParticipants;
    private final boolean percentOfParticipants;

    private CellChecks(DispersionType dispersion, boolean countOfParticipants, boolean percentOfParticipants) {
        this.dispersion = dispersion;
        this.countOfParticipants = countOfParticipants;
        this.percentOfParticipants = percentOfParticipants;
    }

    /** The checks for the cells of one measure. */
    static CellChecks forMeasure(Optional<String> paramType, DispersionType dispersion, Optional<String> unit) {
        String param = paramType.orElse("").trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        boolean percent = !param.equals("COUNT_OF_PARTICIPANTS")
                && unit.map(u -> PERCENT_OF_PEOPLE.matcher(u.toLowerCase(Locale.ROOT)).find()).orElse(false);
        return new CellChecks(dispersion, param.equals("COUNT_OF_PARTICIPANTS"), percent);
    }

    /**
     * Checks one cell.
     *
     * @param at the cell's JSON path, e.g. {@code outcomeMeasuresModule.outcomeMeasures[0].classes[0]...}
     * @throws InvalidRecordException naming the field when a value is impossible
     */
    void check(Measurement cell, String at) {
        if (dispersion == DispersionType.STANDARD_DEVIATION || dispersion == DispersionType.STANDARD_ERROR) {
            double spread = exact(cell.spread());
            if (spread < 0) {
                throw new InvalidRecordException(at + ".spread", "a "
                        + (dispersion == DispersionType.STANDARD_DEVIATION ? "standard deviation" : "standard error")
                        + " must not be negative, found " + cell.spread().raw());
            }
        }
        if (countOfParticipants) {
            double value = exact(cell.value());
            if (value < 0) {
                throw new InvalidRecordException(at + ".value", "a count of participants must not be negative, found "
                        + cell.value().raw());
            }
            double denominator = exact(cell.denominator());
            if (value > denominator) {
                throw new InvalidRecordException(at + ".value", cell.value().raw() + " participants exceed the "
                        + denominator(cell) + " analysed in group " + cell.groupId());
            }
        }
        if (percentOfParticipants) {
            percent(cell.value(), at + ".value");
            if (dispersion != DispersionType.STANDARD_DEVIATION && dispersion != DispersionType.STANDARD_ERROR) {
                percent(cell.lowerLimit(), at + ".lowerLimit");
                percent(cell.upperLimit(), at + ".upperLimit");
            }
        }
    }

    /**
     * Checks a posted analysis: its confidence level and p-value.
     *
     * @param at the analysis's JSON path
     */
    static void check(StatisticalAnalysis analysis, String at) {
        double level = exact(analysis.ciPercent());
        if (!Double.isNaN(level) && (level <= 0 || level > 100)) {
            throw new InvalidRecordException(at + ".ciPctValue", "a confidence level must lie between 0 and 100, found "
                    + analysis.ciPercent().raw());
        }
        double p = exact(analysis.pValue());
        if (!Double.isNaN(p) && (p < 0 || p > 1)) {
            throw new InvalidRecordException(at + ".pValue", "a p-value must lie between 0 and 1, found "
                    + analysis.pValue().raw());
        }
    }

    private static void percent(NumericValue v, String at) {
        double x = exact(v);
        if (x < 0 || x > 100) {
            throw new InvalidRecordException(at, "a percentage of participants must lie between 0 and 100, found "
                    + v.raw());
        }
    }

    private static String denominator(Measurement cell) {
        return cell.denominator().raw();
    }

    /** The value when exact; NaN (which fails no comparison) when missing or a bound. */
    private static double exact(NumericValue v) {
        return v.isExact() ? v.value().getAsDouble() : Double.NaN;
    }
}
