package org.evsyn.cli.serve;

import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code evsyn serve} as a real process: tokens printed once, kept, renewed; the app on the review's store. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void newReviewersGetATokenOnceExistingOnesKeepTheirsAndNewTokenRenews() throws Exception {
        Path review = TeamReviewFolder.create(dir, 5);
        Path db = dir.resolve("review.db");
        TeamReviewFolder.run(review, db);
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> first;
        try (ServeProcess serve = ServeProcess.start(dir, dir.resolve("serve-1.log"), review.toString(), "--db",
                db.toString(), "--port", "0", "--reviewer", "Ann", "--reviewer", "Ben")) {
            first = serve.tokens();
            assertThat(first).containsOnlyKeys("Ann", "Ben");
            assertThat(serve.url().getHost()).isEqualTo("127.0.0.1");
            ScreeningClient ann = new ScreeningClient(http, serve.url());
            assertThat(ann.signIn("Ann", first.get("Ann")).status()).isEqualTo(200);
            assertThat(ann.get("api/session").body().path("settings").path("exclusionReasons"))
                    .hasSize(TeamReviewFolder.REASONS.size());
            assertThat(ann.post("api/decisions", Map.of("requestId", "p1", "recordKey",
                    TeamReviewFolder.keys(5).get(0), "stage", "TITLE_ABSTRACT", "verdict", "INCLUDE")).status())
                    .isEqualTo(200);
            assertThat(serve.stop()).isNotEqualTo(-1);
        }
        try (ServeProcess serve = ServeProcess.start(dir, dir.resolve("serve-2.log"), review.toString(), "--db",
                db.toString(), "--port", "0", "--reviewer", "Ann", "--new-token", "Ben")) {
            assertThat(serve.tokens()).containsOnlyKeys("Ben");
            assertThat(serve.lines()).contains("Reviewer Ann already has a token (--new-token Ann replaces it)");
            assertThat(new ScreeningClient(http, serve.url()).signIn("Ann", first.get("Ann")).status())
                    .isEqualTo(200);
            assertThat(new ScreeningClient(http, serve.url()).signIn("Ben", first.get("Ben")).status())
                    .isEqualTo(401);
            ScreeningClient ben = new ScreeningClient(http, serve.url());
            assertThat(ben.signIn("Ben", serve.tokens().get("Ben")).status()).isEqualTo(200);
            // The vote cast before the restart is in the store.
            assertThat(new ScreeningClient(http, serve.url()).signIn("Ann", first.get("Ann")).status()).isEqualTo(200);
        }
        assertThat(Files.readString(dir.resolve("serve-1.log"))).doesNotContain(first.get("Ann"));
    }

    @Test
    void aStoreThatDoesNotExistIsRefusedWithTheCommandThatMakesIt() throws Exception {
        Path review = TeamReviewFolder.create(dir, 2);
        CommandRun r = CommandRun.run(dir, "serve", review.toString(), "--db", "absent.db", "--port", "0");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no store at").contains("evsyn run");
        assertThat(dir.resolve("absent.db")).doesNotExist();
    }
}
