package org.evsyn.cli.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class InitAndStatusCommandTest {

    private static final List<String> STATUS_KEYS = List.of("registrations", "literature_records", "studies", "arms",
            "outcome_measures", "outcome_results", "adverse_events", "import_batches");

    @TempDir
    Path dir;

    @Test
    void initThenStatusJsonPrintsEveryCountAsZero() throws Exception {
        Path db = dir.resolve("a.db");
        CommandRun init = CommandRun.run(dir, "init", "--db", db.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(Files.exists(db)).isTrue();

        CommandRun status = CommandRun.run(dir, "status", "--db", db.toString(), "--json");
        assertThat(status.exitCode()).as(status.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(status.out());
        assertThat(json.fieldNames()).toIterable().containsExactlyElementsOf(STATUS_KEYS);
        STATUS_KEYS.forEach(k -> assertThat(json.get(k).asLong()).as(k).isZero());
    }

    @Test
    void initTwiceIsHarmless() {
        Path db = dir.resolve("twice.db");
        assertThat(CommandRun.run(dir, "init", "--db", db.toString()).exitCode()).isZero();
        CommandRun again = CommandRun.run(dir, "init", "--db", db.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(CommandRun.run(dir, "status", "--db", db.toString(), "--json").out()).contains("\"registrations\":0");
    }

    @Test
    void corruptStoreFileFailsWithOneClearLineAndIsLeftUntouched() throws Exception {
        Path db = dir.resolve("corrupt.db");
        byte[] junk = new byte[8192];
        new Random(7).nextBytes(junk);
        Files.write(db, junk);

        CommandRun run = CommandRun.run(dir, "status", "--db", db.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).startsWith("evsyn: ").contains("corrupt.db");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllBytes(db)).isEqualTo(junk);
    }

    @Test
    void verbosePrintsTheStackTraceToo() throws Exception {
        Path db = dir.resolve("corrupt.db");
        Files.writeString(db, "this is not a database, just text that is long enough to have a header".repeat(20));
        CommandRun run = CommandRun.run(dir, "status", "--db", db.toString(), "--verbose");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().count()).isGreaterThan(1);
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void evsynDbEnvironmentVariableChoosesTheStoreWhenNoDbOptionIsGiven() {
        CommandRun init = CommandRun.run(dir, Map.of("EVSYN_DB", "from-env.db"), "init");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(dir.resolve("from-env.db")).exists();
        assertThat(dir.resolve("evidence.db")).doesNotExist();
    }

    @Test
    void dbOptionWinsOverTheEnvironmentVariable() {
        CommandRun init = CommandRun.run(dir, Map.of("EVSYN_DB", "from-env.db"), "init", "--db", "explicit.db");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(dir.resolve("explicit.db")).exists();
        assertThat(dir.resolve("from-env.db")).doesNotExist();
    }

    @Test
    void defaultStoreIsEvidenceDbInTheWorkingDirectory() {
        assertThat(CommandRun.run(dir, "init").exitCode()).isZero();
        assertThat(dir.resolve("evidence.db")).exists();
    }

    @Test
    void statusTextNamesEveryCount() {
        Path db = dir.resolve("t.db");
        CommandRun.run(dir, "init", "--db", db.toString());
        CommandRun status = CommandRun.run(dir, "status", "--db", db.toString());
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("registrations", "literature records", "import batches");
    }
}
