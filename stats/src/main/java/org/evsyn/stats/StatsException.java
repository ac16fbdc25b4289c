package org.evsyn.stats;

/**
 * An analysis that cannot produce a number for its input (non-convergence, too few studies,
 * a rank-deficient design, ...). The message says what and why, in words a reviewer understands.
 */
public class StatsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StatsException(String message) {
        super(message);
    }

    public StatsException(String message, Throwable cause) {
        super(message, cause);
    }
}
