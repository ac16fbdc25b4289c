package org.evsyn.cli.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.evsyn.core.review.team.TeamScreening;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * The screening app's web server (Javalin on Jetty): the pages, the JSON API and the guard in front of both.
 * It holds no screening state of its own; every read and write goes through {@link TeamScreening}.
 */
public final class ScreeningServer implements AutoCloseable {

    private final Javalin app;
    private final String host;

    private ScreeningServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * Starts serving on {@code bind}:{@code port} (port 0: any free port).
     *
     * @param screening the review's team screening
     * @param settings  keywords to highlight and the exclusion reasons
     * @param bind      the address to listen on; 127.0.0.1 keeps the app on this machine
     */
    public static ScreeningServer start(TeamScreening screening, ScreeningSettings settings, String bind, int port) {
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(settings, "settings");
        ObjectMapper mapper = new ObjectMapper();
        Sessions sessions = new Sessions();
        ScreeningApi api = new ScreeningApi(screening, settings, sessions, mapper);
        WebAssets assets = new WebAssets();
        RequestGuard guard = new RequestGuard(sessions, isLoopback(bind));
        ScreeningJson json = new ScreeningJson(mapper);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = RequestGuard.MAX_BODY;
            config.routes.before(guard::check);
            config.routes.get("/", ctx -> ctx.redirect("/screen"));
            config.routes.get("/signin", ctx -> assets.serve(ctx, "signin.html"));
            config.routes.get("/screen", ctx -> assets.serve(ctx, "screen.html"));
            config.routes.get("/assets/{name}", ctx -> assets.serve(ctx, ctx.pathParam("name")));
            config.routes.post("/api/signin", api::signIn);
            config.routes.post("/api/signout", api::signOut);
            config.routes.get("/api/session", api::whoAmI);
            config.routes.get("/api/queue", api::queue);
            config.routes.get("/api/record", api::record);
            config.routes.post("/api/decisions", api::decide);
            config.routes.post("/api/resolutions", api::resolve);
            config.routes.get("/api/conflicts", api::conflicts);
            config.routes.get("/api/history", api::history);
            config.routes.get("/api/progress", api::progress);
            config.routes.get("/api/prisma", api::prisma);
            config.routes.get("/api/prisma.svg", api::prismaSvg);
            config.routes.exception(ApiException.class, (e, ctx) -> error(json, ctx, e.status(), e.getMessage()));
            config.routes.exception(IllegalArgumentException.class,
                    (e, ctx) -> error(json, ctx, 400, e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(json, ctx, e.getStatus(),
                    e.getStatus() == 413 ? "request body larger than " + RequestGuard.MAX_BODY + " bytes"
                            : e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> error(json, ctx, 500,
                    "internal error: " + e.getClass().getSimpleName()));
            config.routes.error(404, ctx -> {
                String body = ctx.result();
                if (body == null || !body.startsWith("{")) {
                    error(json, ctx, 404, "no such page or API: " + ctx.method() + " " + ctx.path());
                }
            });
        });
        try {
            app.start(bind, port);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new IllegalStateException("cannot listen on " + bind + ":" + port + " (" + t.getMessage()
                            + "); is another server using the port? Choose another with --port", e);
                }
            }
            throw e;
        }
        return new ScreeningServer(app, bind);
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The app's address, e.g. http://127.0.0.1:8080/. */
    public URI url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port() + "/");
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void error(ScreeningJson json, Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json; charset=utf-8")
                .result(json.write(json.error(message == null ? "error " + status : message)));
    }

    private static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: cannot resolve '" + bind + "'", e);
        }
    }
}
