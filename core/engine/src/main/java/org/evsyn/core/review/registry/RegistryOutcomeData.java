package org.evsyn.core.review.registry;

import org.evsyn.core.domain.ArmOutcomeResult;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Arm-level data of one planned outcome read from one posted outcome measure.
 *
 * @param trialId       the registration, e.g. {@code NCT02552212}
 * @param outcome       the planned outcome's name (also the rows' {@code outcome})
 * @param measureTitle  the posted measure's title
 * @param measureType   PRIMARY, SECONDARY, ... as posted
 * @param timeFrame     the posted time frame, verbatim
 * @param timepointDays the time point in days read from the time frame (or the title when the time frame has none)
 * @param changeScore   whether the values are changes from baseline rather than final values (the rows then have
 *                      value kind {@code CHANGE}); MD may mix the two, SMD may not
 * @param continuous    whether the rows carry mean/SD or median/IQR (else events out of n)
 * @param arms          one row per usable group, in posting order
 * @param notes         how the numbers were read (conversions, skipped groups)
 */
public record RegistryOutcomeData(
        String trialId,
        String outcome,
        String measureTitle,
        Optional<String> measureType,
        Optional<String> timeFrame,
        OptionalDouble timepointDays,
        boolean changeScore,
        boolean continuous,
        List<RegistryArmRow> arms,
        List<String> notes) {

    /** The source marker of registry-derived rows. */
    public static final String SOURCE = "registry";

    public RegistryOutcomeData {
        Objects.requireNonNull(trialId, "trialId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(measureTitle, "measureTitle");
        Objects.requireNonNull(measureType, "measureType");
        Objects.requireNonNull(timeFrame, "timeFrame");
        Objects.requireNonNull(timepointDays, "timepointDays");
        arms = List.copyOf(arms);
        notes = List.copyOf(notes);
    }

    /** The source reference carried by every row read from {@code trialId}'s results: {@code registry:NCT…}. */
    public static String sourceRef(String trialId) {
        return SOURCE + ":" + trialId;
    }

    /** Whether a row was read from registry results (its source references include a {@code registry:} one). */
    public static boolean isRegistrySourced(ArmOutcomeResult row) {
        return row.sourceRefs().stream().anyMatch(r -> r.startsWith(SOURCE + ":"));
    }

    /** The same data with {@code more} notes added. */
    RegistryOutcomeData withNotes(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new RegistryOutcomeData(trialId, outcome, measureTitle, measureType, timeFrame, timepointDays,
                changeScore, continuous, arms, all);
    }

    /** The rows, ready for an {@code ExtractedStudy}. */
    public List<ArmOutcomeResult> results() {
        return arms.stream().map(RegistryArmRow::result).toList();
    }
}
