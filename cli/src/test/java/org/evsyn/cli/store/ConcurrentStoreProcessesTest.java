package org.evsyn.cli.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.evsyn.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real evsyn processes writing one store at once: every writer succeeds in turn, and a reader running meanwhile
 * always gets a committed state (never an error, never "damaged").
 */
class ConcurrentStoreProcessesTest {

    private static final int WRITERS = 4;
    private static final int STUDIES = 100;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void concurrentIngestProcessesAllSucceedWhileStatusReadsCommittedStates() throws Exception {
        Path db = dir.resolve("shared.db");
        assertThat(CommandRun.run(dir, "init", "--db", db.toString()).exitCode()).isZero();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            // The same trial ids with different content: each file stores a new version of every trial.
            String name = "page" + i + ".json";
            CommandRun gen = CommandRun.run(dir, "bench", "gen-ctgov", String.valueOf(STUDIES), "--seed",
                    String.valueOf(i + 1), "--out", name);
            assertThat(gen.exitCode()).as(gen.err()).isZero();
            files.add(dir.resolve(name));
        }

        List<Process> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "ingest", "--db", db.toString(), files.get(i).toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("writer" + i + ".log").toFile()).start());
        }
        List<Long> seen = new ArrayList<>();
        while (writers.stream().anyMatch(Process::isAlive)) {
            CommandRun status = CommandRun.run(dir, "status", "--db", db.toString(), "--json");
            assertThat(status.exitCode()).as(status.err()).isZero();
            assertThat(status.err()).doesNotContain("damaged");
            JsonNode counts = new ObjectMapper().readTree(status.out());
            // Whole imports only: no trials, or all of them; batches only go up.
            assertThat(counts.get("registrations").asLong()).isIn(0L, (long) STUDIES);
            seen.add(counts.get("import_batches").asLong());
        }
        for (int i = 0; i < WRITERS; i++) {
            assertThat(writers.get(i).waitFor(200, TimeUnit.SECONDS)).isTrue();
            assertThat(writers.get(i).exitValue()).as(Files.readString(dir.resolve("writer" + i + ".log"))).isZero();
        }
        assertThat(seen).isSorted();
        JsonNode end = new ObjectMapper().readTree(CommandRun.run(dir, "status", "--db", db.toString(), "--json").out());
        assertThat(end.get("registrations").asLong()).isEqualTo(STUDIES);
        assertThat(end.get("import_batches").asLong()).isEqualTo(WRITERS);
        assertThat(CommandRun.run(dir, "check", "--db", db.toString()).exitCode()).isZero();
    }
}
