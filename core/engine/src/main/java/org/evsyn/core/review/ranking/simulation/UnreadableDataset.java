package org.evsyn.core.review.ranking.simulation;

/** A labelled dataset that cannot be simulated; the message names the file, record and field in one line. */
public final class UnreadableDataset extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableDataset(String message) {
        super(message);
    }

    public UnreadableDataset(String message, Throwable cause) {
        super(message, cause);
    }
}
