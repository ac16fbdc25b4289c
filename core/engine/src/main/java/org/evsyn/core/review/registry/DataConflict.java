package org.evsyn.core.review.registry;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A number on which the extraction sheet and the registry's posted results disagree beyond rounding. The sheet's
 * value is the one analysed; the conflict is listed for the reviewers to check.
 *
 * @param studyId       the study in the sheet
 * @param trialId       the registration whose results differ
 * @param outcome       the planned outcome
 * @param armLabel      the sheet's arm
 * @param registryArm   the arm as read from the registry group
 * @param timepointDays the time point (the sheet's)
 * @param field         {@code n}, {@code mean}, {@code sd}, {@code median}, {@code q1}, {@code q3} or {@code events}
 * @param sheetValue    the sheet's number
 * @param registryValue the registry's number (after any SD conversion)
 * @param measureTitle  the posted measure it came from
 */
public record DataConflict(String studyId, String trialId, String outcome, String armLabel, String registryArm,
                           OptionalDouble timepointDays, String field, double sheetValue, double registryValue,
                           String measureTitle) {
    public DataConflict {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(trialId, "trialId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(armLabel, "armLabel");
        Objects.requireNonNull(registryArm, "registryArm");
        Objects.requireNonNull(timepointDays, "timepointDays");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(measureTitle, "measureTitle");
    }

    /** One line for a report. */
    public String describe() {
        String at = timepointDays.isPresent() ? " at day " + plain(timepointDays.getAsDouble()) : "";
        return String.format(Locale.ROOT, "%s, %s, arm %s%s: %s is %s in the sheet but %s in %s ('%s')", studyId,
                outcome, armLabel, at, field, plain(sheetValue), plain(registryValue), trialId, measureTitle);
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString();
    }
}
