package org.evsyn.cli.serve;

import org.evsyn.core.review.team.Reviewer;

import java.util.Objects;

/**
 * A signed-in browser: the reviewer, and the per-session token every state-changing request must echo in its
 * {@code X-CSRF-Token} header.
 */
record Session(String id, Reviewer reviewer, String csrfToken) {
    Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(csrfToken, "csrfToken");
    }
}
