package org.evsyn.cli.serve;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every route: sets the security headers, lets only the sign-in page, its POST and the static assets
 * through without a session, and on every state-changing request checks the Origin, the content type, the size
 * and the session's CSRF token.
 */
final class RequestGuard {

    static final String COOKIE = "evsyn_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String SESSION = "evsyn.session";
    /** The largest request body accepted: a decision is well under 1 KiB. */
    static final int MAX_BODY = 16 * 1024;

    private static final Set<String> PUBLIC_PAGES = Set.of("/signin", "/api/signin");

    private final Sessions sessions;
    private final boolean loopbackOnly;

    /**
     * @param loopbackOnly true when the server listens on a loopback address: requests must then name a
     *                     loopback host, so a page on another site cannot reach the server by rebinding its DNS
     */
    RequestGuard(Sessions sessions, boolean loopbackOnly) {
        this.sessions = sessions;
        this.loopbackOnly = loopbackOnly;
    }

    void check(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        String host = Optional.ofNullable(ctx.header("Host")).orElse("");
        if (loopbackOnly && !isLoopback(host)) {
            throw new ApiException(403, "requests must name this machine (127.0.0.1 or localhost), not '"
                    + clip(host) + "'");
        }
        String path = ctx.path();
        boolean writes = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD;
        if (writes) {
            checkOrigin(ctx, host);
            checkBody(ctx);
        }
        if (path.startsWith("/assets/") || PUBLIC_PAGES.contains(path)) {
            return;
        }
        Optional<Session> session = sessions.find(ctx.cookie(COOKIE));
        if (session.isEmpty()) {
            if (path.startsWith("/api/")) {
                throw new ApiException(401, "not signed in");
            }
            ctx.redirect("/signin");
            ctx.skipRemainingHandlers();
            return;
        }
        if (writes && !Sessions.sameSecret(session.get().csrfToken(), ctx.header(CSRF_HEADER))) {
            throw new ApiException(403, "missing or wrong " + CSRF_HEADER + " header");
        }
        ctx.attribute(SESSION, session.get());
    }

    /** A browser names the page a request comes from; a page of another site may not write. */
    private static void checkOrigin(Context ctx, String host) {
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("http://" + host)) {
            throw new ApiException(403, "cross-origin request refused (Origin " + clip(origin) + ")");
        }
    }

    private static void checkBody(Context ctx) {
        String length = ctx.header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > MAX_BODY) {
                    throw new ApiException(413, "request body larger than " + MAX_BODY + " bytes");
                }
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("Content-Length is not a number");
            }
        }
        String type = Optional.ofNullable(ctx.header("Content-Type")).orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw new ApiException(415, "expected Content-Type application/json");
        }
    }

    private static boolean isLoopback(String host) {
        try {
            String name = URI.create("http://" + host).getHost();
            return name != null && (name.equals("localhost") || name.startsWith("127.") || name.equals("[::1]"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
