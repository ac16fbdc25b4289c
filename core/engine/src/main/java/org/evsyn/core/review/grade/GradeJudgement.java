package org.evsyn.core.review.grade;

import java.util.Objects;

/**
 * A reviewer's GRADE judgement for one domain.
 *
 * @param downgrade levels to downgrade, 0 to 2
 * @param reason    why
 */
public record GradeJudgement(int downgrade, String reason) {
    public GradeJudgement {
        if (downgrade < 0 || downgrade > 2) {
            throw new IllegalArgumentException("downgrade must be 0, 1 or 2, got " + downgrade);
        }
        Objects.requireNonNull(reason, "reason");
    }
}
