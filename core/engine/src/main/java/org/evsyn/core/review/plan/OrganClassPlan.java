package org.evsyn.core.review.plan;

import java.util.Set;

/**
 * Adverse events pooled by system organ class ({@code adverse_events_by_organ_class} in review.json).
 *
 * @param fromSheets     read the extraction sheets' rows whose outcome is {@code soc:<organ class>}
 * @param fromRegistry   read the posted adverse events of the review's registry records
 * @param biasMinStudies fewest studies in a class for Egger's and Begg's tests
 */
public record OrganClassPlan(boolean fromSheets, boolean fromRegistry, int biasMinStudies) {

    /** The outcome prefix of a sheet row that gives an organ class's participants with events. */
    public static final String SHEET_PREFIX = "soc:";
    /** Default fewest studies for the small-study tests (Cochrane Handbook 13.3.5.4). */
    public static final int BIAS_MIN_STUDIES = 10;
    /** The {@code sources} values. */
    public static final Set<String> SOURCES = Set.of("sheets", "registry");
}
