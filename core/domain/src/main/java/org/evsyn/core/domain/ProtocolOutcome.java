package org.evsyn.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * An outcome as the protocol registered it, before any result was posted: what a risk-of-bias assessment compares
 * the reported results with (RoB 2, domain 5: selection of the reported result).
 *
 * @param kind        primary, secondary or other pre-specified
 * @param measure     the registered outcome measure, as posted
 * @param description its description
 * @param timeFrame   its time frame
 */
public record ProtocolOutcome(Kind kind, String measure, Optional<String> description, Optional<String> timeFrame) {

    /** The registry's outcome lists. */
    public enum Kind { PRIMARY, SECONDARY, OTHER }

    public ProtocolOutcome {
        Objects.requireNonNull(kind, "kind");
        Registration.requireText(measure, "measure");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(timeFrame, "timeFrame");
    }
}
