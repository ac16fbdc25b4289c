package org.evsyn.core.review.rob;

import java.util.Locale;
import java.util.Optional;

/** The five RoB 2 domains for randomised trials (Sterne et al. 2019, BMJ 366:l4898). */
public enum RobDomain {
    D1("Randomisation process"),
    D2("Deviations from intended interventions"),
    D3("Missing outcome data"),
    D4("Measurement of the outcome"),
    D5("Selection of the reported result");

    private final String title;

    RobDomain(String title) {
        this.title = title;
    }

    /** The domain's title. */
    public String title() {
        return title;
    }

    /** Reads "D1".."D5" (any case). */
    public static Optional<RobDomain> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (RobDomain d : values()) {
            if (d.name().equals(t)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
