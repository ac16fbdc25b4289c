package org.evsyn.cli.serve;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The app's pages, scripts and style, read once from the jar: a fixed list, so no request path ever reaches the
 * class path or the file system.
 */
final class WebAssets {

    private static final String BASE = "/org/evsyn/cli/serve/web/";
    private static final Map<String, String> TYPES = Map.of(
            "signin.html", "text/html; charset=utf-8",
            "screen.html", "text/html; charset=utf-8",
            "style.css", "text/css; charset=utf-8",
            "signin.js", "text/javascript; charset=utf-8",
            "screen.js", "text/javascript; charset=utf-8",
            "highlight.js", "text/javascript; charset=utf-8",
            "icon.svg", "image/svg+xml");

    private final Map<String, byte[]> files;

    WebAssets() {
        java.util.HashMap<String, byte[]> m = new java.util.HashMap<>();
        TYPES.keySet().forEach(name -> m.put(name, read(name)));
        files = Map.copyOf(m);
    }

    /** Serves the named file, or a JSON 404 for a name not on the list. */
    void serve(Context ctx, String name) {
        byte[] body = files.get(name);
        if (body == null) {
            throw new ApiException(404, "no such file: " + name);
        }
        ctx.contentType(TYPES.get(name)).result(body);
    }

    private static byte[] read(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + BASE + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
