package org.evsyn.core.review.rob;

import java.util.Locale;
import java.util.Optional;

/** A RoB 2 judgement. */
public enum RobJudgement {
    LOW("Low"), SOME_CONCERNS("Some concerns"), HIGH("High");

    private final String label;

    RobJudgement(String label) {
        this.label = label;
    }

    /** As reports print it. */
    public String label() {
        return label;
    }

    /** Reads "low", "some concerns", "some_concerns", "high" (any case). */
    public static Optional<RobJudgement> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return switch (t) {
            case "low", "low risk" -> Optional.of(LOW);
            case "some concerns", "some concern" -> Optional.of(SOME_CONCERNS);
            case "high", "high risk" -> Optional.of(HIGH);
            default -> Optional.empty();
        };
    }
}
