package org.evsyn.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.review.team.ReviewerToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's guard and answers, over real HTTP on 127.0.0.1. */
class ScreeningServerTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private InMemoryTeamScreening screening;
    private ScreeningServer server;
    private ReviewerToken ann;

    @BeforeEach
    void start() {
        screening = new InMemoryTeamScreening(ScreeningRecords.some(5), ScreeningRecords.REASONS, Clock.systemUTC());
        ann = screening.addReviewer("Ann");
        server = ScreeningServer.start(screening, new ScreeningSettings(java.util.List.of("stem"),
                java.util.List.of("mouse"), ScreeningRecords.REASONS), "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ScreeningClient signedIn() throws Exception {
        ScreeningClient c = new ScreeningClient(http, server.url());
        assertThat(c.signIn("Ann", ann.token()).status()).isEqualTo(200);
        return c;
    }

    private static Map<String, Object> decision(String id, String key, String verdict) {
        return Map.of("requestId", id, "recordKey", key, "stage", "TITLE_ABSTRACT", "verdict", verdict);
    }

    @Test
    void everyApiCallWithoutASessionIsRefusedWith401AndPagesRedirectToSignIn() throws Exception {
        ScreeningClient anonymous = new ScreeningClient(http, server.url());
        for (String path : new String[] {"api/queue", "api/session", "api/prisma", "api/prisma.svg",
                "api/history?key=lit:1", "api/conflicts"}) {
            ScreeningClient.Answer a = anonymous.get(path);
            assertThat(a.status()).as(path).isEqualTo(401);
            assertThat(a.body().path("error").asText()).isEqualTo("not signed in");
        }
        assertThat(anonymous.post("api/decisions", decision("r1", "lit:1", "INCLUDE")).status()).isEqualTo(401);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.url().resolve("screen")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/signin");
        assertThat(screening.history("lit:1")).isEmpty();
    }

    @Test
    void signInTakesTheNameWithItsTokenAndSetsAnHttpOnlyStrictCookie() throws Exception {
        ScreeningClient c = new ScreeningClient(http, server.url());
        assertThat(c.signIn("Ann", "not-the-token").status()).isEqualTo(401);
        assertThat(c.signIn("Bob", ann.token()).status()).isEqualTo(401);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.url().resolve("api/signin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ann\",\"token\":\"" + ann.token() + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("evsyn_session=").contains("HttpOnly").contains("SameSite=Strict");
        assertThat(cookie).doesNotContain(ann.token());
        assertThat(r.body()).doesNotContain(ann.token());
    }

    @Test
    void aWriteWithoutTheCsrfTokenOrFromAnotherOriginIsRefusedWith403AndWritesNothing() throws Exception {
        String[] session = rawSignIn();
        String cookie = session[0];
        String body = "{\"requestId\":\"x1\",\"recordKey\":\"lit:1\",\"stage\":\"TITLE_ABSTRACT\",\"verdict\":\"INCLUDE\"}";
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(server.url().resolve("api/decisions"))
                .header("Cookie", cookie).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("X-CSRF-Token");
        String csrf = session[1];
        HttpResponse<String> otherSite = http.send(HttpRequest.newBuilder(server.url().resolve("api/decisions"))
                .header("Cookie", cookie).header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(otherSite.statusCode()).isEqualTo(403);
        assertThat(otherSite.body()).contains("cross-origin");
        assertThat(screening.history("lit:1")).isEmpty();

        HttpResponse<String> sameSite = http.send(HttpRequest.newBuilder(server.url().resolve("api/decisions"))
                .header("Cookie", cookie).header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .header("Origin", "http://127.0.0.1:" + server.port())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sameSite.statusCode()).isEqualTo(200);
        assertThat(screening.history("lit:1")).hasSize(1);
    }

    @Test
    void aFormPostIsNotJsonAndIsRefused() throws Exception {
        String[] session = rawSignIn();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.url().resolve("api/decisions"))
                .header("Cookie", session[0]).header("X-CSRF-Token", session[1])
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("recordKey=lit:1&verdict=INCLUDE")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(screening.history("lit:1")).isEmpty();
    }

    @Test
    void anOversizedBodyIsRefusedWith413BeforeItIsRead() throws Exception {
        String[] session = rawSignIn();
        // Headers only: the server answers from the declared length without waiting for the body.
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/decisions HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nCookie: " + session[0]
                    + "\r\nX-CSRF-Token: " + session[1] + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 40000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("larger than 16384 bytes");
        }
        assertThat(screening.history("lit:1")).isEmpty();
    }

    @Test
    void badDecisionsGet400NamingTheFieldAndUnknownThingsGet404() throws Exception {
        ScreeningClient c = signedIn();
        assertThat(c.post("api/decisions", decision("b1", "lit:1", "PERHAPS")).body().path("error").asText())
                .isEqualTo("verdict: expected INCLUDE, EXCLUDE or MAYBE, got 'PERHAPS'");
        ScreeningClient.Answer unknownRecord = c.post("api/decisions", decision("b2", "lit:999", "INCLUDE"));
        assertThat(unknownRecord.status()).isEqualTo(400);
        assertThat(unknownRecord.body().path("error").asText()).contains("lit:999");
        ScreeningClient.Answer noReason = c.post("api/decisions", Map.of("requestId", "b3", "recordKey", "lit:1",
                "stage", "FULL_TEXT", "verdict", "EXCLUDE"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(c.post("api/decisions", Map.of("requestId", "b4")).body().path("error").asText())
                .isEqualTo("recordKey: missing");
        assertThat(c.post("api/decisions", Map.of("requestId", "b5", "extra", 1)).body().path("error").asText())
                .startsWith("unknown field 'extra'");
        assertThat(c.get("api/queue?stage=SIDEWAYS").body().path("error").asText())
                .startsWith("stage: expected TITLE_ABSTRACT or FULL_TEXT");
        assertThat(c.get("api/record?key=lit:999").status()).isEqualTo(404);
        ScreeningClient.Answer nowhere = c.get("api/nowhere");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.body().path("error").asText()).contains("/api/nowhere");
        assertThat(screening.history("lit:1")).isEmpty();
    }

    @Test
    void aRetriedRequestIdIsStoredOnce() throws Exception {
        ScreeningClient c = signedIn();
        JsonNode first = c.post("api/decisions", decision("same-id", "lit:2", "INCLUDE")).body();
        JsonNode again = c.post("api/decisions", decision("same-id", "lit:2", "INCLUDE")).body();
        assertThat(again.path("vote").path("id")).isEqualTo(first.path("vote").path("id"));
        assertThat(screening.history("lit:2")).hasSize(1);
    }

    @Test
    void historyStaysBlindedUntilTheOtherReviewerHasVoted() throws Exception {
        ReviewerToken bob = screening.addReviewer("Bob");
        ScreeningClient a = signedIn();
        ScreeningClient b = new ScreeningClient(http, server.url());
        b.signIn("Bob", bob.token());
        a.post("api/decisions", decision("a1", "lit:3", "INCLUDE"));
        assertThat(b.get("api/history?key=lit:3").body().path("votes")).isEmpty();
        assertThat(b.get("api/record?key=lit:3").body().path("votes")).isEmpty();
        b.post("api/decisions", decision("b1", "lit:3", "EXCLUDE"));
        assertThat(b.get("api/history?key=lit:3").body().path("votes")).hasSize(2);
        JsonNode conflicts = b.get("api/conflicts?stage=" + Stage.TITLE_ABSTRACT).body().path("conflicts");
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).path("record").path("recordKey").asText()).isEqualTo("lit:3");
    }

    @Test
    void aRequestNamingAnotherHostIsRefusedWhileBoundToLoopback() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /signin HTTP/1.1\r\nHost: rebound.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).contains("403");
        }
    }

    @Test
    void thePrismaDiagramIsServedAsSvgFromTheCounts() throws Exception {
        ScreeningClient c = signedIn();
        assertThat(c.get("api/prisma").body().path("screened").asInt()).isEqualTo(5);
        HttpResponse<String> svg = http.send(HttpRequest.newBuilder(server.url().resolve("api/prisma.svg"))
                .header("Cookie", rawSignIn()[0]).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg").contains("Records screened");
    }

    /** Signs Ann in on a raw request: her session cookie and its CSRF token. */
    private String[] rawSignIn() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.url().resolve("api/signin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ann\",\"token\":\"" + ann.token() + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String csrf = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("csrfToken").asText();
        return new String[] {r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0], csrf};
    }
}
