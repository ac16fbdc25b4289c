package org.evsyn.core.review.grade;

import java.util.Objects;

/**
 * One domain's rating.
 *
 * @param domain    the domain
 * @param downgrade levels downgraded (0 to 2)
 * @param reason    why, in words for the summary-of-findings table
 * @param rated     false when the domain could not be rated (e.g. risk of bias not assessed)
 */
public record GradeRating(GradeDomain domain, int downgrade, String reason, boolean rated) {
    public GradeRating {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(reason, "reason");
        if (downgrade < 0 || downgrade > 2) {
            throw new IllegalArgumentException("downgrade must be 0-2, got " + downgrade);
        }
    }
}
