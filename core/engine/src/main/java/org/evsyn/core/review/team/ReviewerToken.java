package org.evsyn.core.review.team;

import java.util.Objects;

/**
 * A reviewer and the token they sign in with, returned once when the token is made; the store keeps only its
 * hash.
 */
public record ReviewerToken(Reviewer reviewer, String token) {
    public ReviewerToken {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "ReviewerToken[" + reviewer.name() + ", token hidden]";
    }
}
