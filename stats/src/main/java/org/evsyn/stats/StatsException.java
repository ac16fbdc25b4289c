package org.evsyn.stats;

/**
 * An analysis that cannot produce a number for its input (non-convergence, too few studies,
 * a rank-deficient design, ...). The message says what and why, in words a reviewer understands.
 */
public class StatsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what cannot be computed and why
     */
    public StatsException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the failure that led to it.
     *
     * @param message what cannot be computed and why
     * @param cause   the underlying failure
     */
    public StatsException(String message, Throwable cause) {
        super(message, cause);
    }
}
