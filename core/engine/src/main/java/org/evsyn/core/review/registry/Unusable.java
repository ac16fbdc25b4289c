package org.evsyn.core.review.registry;

/** A posted measure or group that cannot be used; the message is the reason shown to reviewers. */
final class Unusable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unusable(String reason) {
        super(reason, null, false, false);
    }
}
