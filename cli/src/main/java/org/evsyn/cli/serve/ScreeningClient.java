package org.evsyn.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A client of the screening API as a reviewer's browser uses it: signs in with name and token, then sends the
 * session cookie on every request and the CSRF token on every write. One per reviewer; safe to use from one
 * thread at a time.
 */
public final class ScreeningClient {

    /** A status and the parsed JSON body. */
    public record Answer(int status, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private String cookie = "";
    private String csrf = "";

    /** A client of the server at {@code base} (e.g. http://127.0.0.1:8080/). */
    public ScreeningClient(HttpClient http, URI base) {
        this.http = Objects.requireNonNull(http, "http");
        this.base = Objects.requireNonNull(base, "base");
    }

    /** Signs in; the answer is the server's (200 with the session, or 401). */
    public Answer signIn(String name, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request("api/signin")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("name", name,
                        "token", token))))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        Answer a = answer(r);
        if (r.statusCode() == 200) {
            cookie = r.headers().firstValue("Set-Cookie").orElse("").split(";", 2)[0];
            csrf = a.body().path("csrfToken").asText();
        }
        return a;
    }

    /** GET of an API path such as {@code api/queue?limit=1}. */
    public Answer get(String path) throws IOException, InterruptedException {
        return answer(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** POST of a JSON body with the session's CSRF token. */
    public Answer post(String path, Object body) throws IOException, InterruptedException {
        return answer(http.send(request(path)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json").header(RequestGuard.CSRF_HEADER, csrf).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (!cookie.isEmpty()) {
            b.header("Cookie", cookie);
        }
        return b;
    }

    private static Answer answer(HttpResponse<String> r) throws IOException {
        String body = r.body();
        JsonNode n = body == null || body.isBlank() ? JSON.nullNode() : parse(body);
        return new Answer(r.statusCode(), n);
    }

    private static JsonNode parse(String body) throws IOException {
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
