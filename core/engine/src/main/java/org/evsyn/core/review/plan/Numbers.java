package org.evsyn.core.review.plan;

import java.math.BigDecimal;

/** Plain number text for messages, without a trailing ".0" and independent of the locale. */
final class Numbers {

    private Numbers() {
    }

    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
