package org.evsyn.core.review.plan;

/** A review folder or plan that cannot be used; the message names the file and the field. */
public class ReviewPlanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReviewPlanException(String message) {
        super(message);
    }

    public ReviewPlanException(String message, Throwable cause) {
        super(message, cause);
    }
}
