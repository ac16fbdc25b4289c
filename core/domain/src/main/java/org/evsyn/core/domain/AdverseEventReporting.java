package org.evsyn.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a registry record reported adverse events, besides the terms: the collection time frame, the description,
 * the frequency threshold for other (non-serious) events, and the per-group totals.
 *
 * @param timeFrame          over what time adverse events were collected, as posted
 * @param description        how they were collected or defined, as posted
 * @param frequencyThreshold the percentage above which other adverse events were reported (e.g. 5)
 * @param totals             per-group totals of deaths, serious and other adverse events
 */
public record AdverseEventReporting(Optional<String> timeFrame, Optional<String> description,
                                    NumericValue frequencyThreshold, List<AdverseEventTotal> totals) {
    public AdverseEventReporting {
        Objects.requireNonNull(timeFrame, "timeFrame");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(frequencyThreshold, "frequencyThreshold");
        totals = List.copyOf(totals);
    }

    /** Nothing reported. */
    public static AdverseEventReporting none() {
        return new AdverseEventReporting(Optional.empty(), Optional.empty(), NumericValue.missing(), List.of());
    }
}
