package org.evsyn.cli.serve;

import org.evsyn.core.review.team.Reviewer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's signed-in sessions, in memory: a restart signs everyone out, which is fine for a local app and
 * keeps session ids out of the store. Ids and CSRF tokens are 256 random bits each.
 */
final class Sessions {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byId = new ConcurrentHashMap<>();

    Session open(Reviewer reviewer) {
        Session s = new Session(randomToken(), reviewer, randomToken());
        byId.put(s.id(), s);
        return s;
    }

    Optional<Session> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    void close(String id) {
        byId.remove(id);
    }

    /** Ends every session of a reviewer, as when their token is renewed. */
    void closeAll(String reviewerName) {
        byId.values().removeIf(s -> s.reviewer().name().equals(reviewerName));
    }

    /** Compares two secrets in time that does not depend on where they differ. */
    static boolean sameSecret(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private String randomToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
