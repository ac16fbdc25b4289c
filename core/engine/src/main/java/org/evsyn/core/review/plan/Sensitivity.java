package org.evsyn.core.review.plan;

import java.util.Locale;
import java.util.Optional;

/** Sensitivity analyses a plan can ask for. */
public enum Sensitivity {
    /** Each study omitted in turn. */
    LEAVE_ONE_OUT,
    /** Studies at high overall risk of bias left out. */
    EXCLUDE_HIGH_ROB,
    /** The common-effect model beside the random-effects one. */
    FIXED_VS_RANDOM,
    /** Studies whose numbers were imputed (e.g. mean/SD from median/IQR) left out. */
    EXCLUDE_IMPUTED;

    /** The plan's spelling, e.g. {@code leave_one_out}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the plan's spelling. */
    public static Optional<Sensitivity> parse(String key) {
        for (Sensitivity s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
