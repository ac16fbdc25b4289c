package org.evsyn.cli.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The store commands under locks, typos, URIs and damage, and check / backup / export / import-export. */
class StoreSafetyCommandsTest {

    @TempDir
    Path dir;

    /** status used to create an empty store when --db named a file that does not exist (a typo). */
    @Test
    void statusOfAStoreThatDoesNotExistSaysHowToMakeOneAndCreatesNothing() {
        CommandRun run = CommandRun.run(dir, "status", "--db", "typo.db");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("evsyn: evidence store " + dir.resolve("typo.db") + " does not exist; nothing"
                + " was created (make a store with: evsyn init --db " + dir.resolve("typo.db") + ")\n");
        assertThat(dir.resolve("typo.db")).doesNotExist();
        assertThat(CommandRun.run(dir, "report", dir.toString(), "--db", "typo.db").exitCode()).isEqualTo(1);
        assertThat(dir.resolve("typo.db")).doesNotExist();
    }

    /** A store locked by an import used to be reported as "the SQLite file is damaged (... SQLITE_BUSY ...)". */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void statusOfALockedStoreSaysItIsInUseAndHowLongItWaitedNeverThatItIsDamaged() throws Exception {
        Path db = storeWithOneTrial();
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = holder.createStatement()) {
            s.execute("BEGIN EXCLUSIVE"); // as an import that is writing pages holds it

            CommandRun run = CommandRun.run(dir, "status", "--db", db.toString(), "--lock-wait", "3");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().lines()).first().asString()
                    .startsWith("evsyn: waiting for the lock on " + db + ": another evsyn process (an import) is"
                            + " using the store; waited 2 s, giving up after 3 s");
            assertThat(run.err().lines()).last().asString().isEqualTo("evsyn: evidence store " + db + " is in use by"
                    + " another process (an evsyn import or another writer holds its lock); waited 3 s, the limit"
                    + " (raise it with --lock-wait SECONDS or EVSYN_LOCK_WAIT)");
            assertThat(run.err()).doesNotContain("damaged");

            CommandRun fromEnv = CommandRun.run(dir, Map.of("EVSYN_LOCK_WAIT", "1"), "ingest", "--db", db.toString(),
                    sample());
            assertThat(fromEnv.exitCode()).isEqualTo(1);
            assertThat(fromEnv.err()).contains("in use by another process").contains("waited 1 s")
                    .doesNotContain("damaged");
            s.execute("ROLLBACK");
        }
        assertThat(CommandRun.run(dir, "status", "--db", db.toString()).exitCode()).isZero();
    }

    @Test
    void aLockWaitThatIsNotANumberOfSecondsIsAUsageError() {
        CommandRun run = CommandRun.run(dir, Map.of("EVSYN_LOCK_WAIT", "soon"), "init", "--db", "a.db");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("evsyn: EVSYN_LOCK_WAIT must be a whole number of seconds (0 or more),"
                + " found 'soon'");
        assertThat(CommandRun.run(dir, "init", "--db", "a.db", "--lock-wait", "-1").exitCode()).isEqualTo(2);
        assertThat(dir.resolve("a.db")).doesNotExist();
    }

    /** A '?' in --db or EVSYN_DB used to become SQLite URI parameters: evsyn wrote into another program's database. */
    @Test
    void aQuestionMarkInTheStorePathIsPartOfTheNameAndOtherDatabasesAreLeftAlone() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT)");
        }
        byte[] before = Files.readAllBytes(other);

        CommandRun option = CommandRun.run(dir, "init", "--db", "other.db?journal_mode=wal");
        CommandRun variable = CommandRun.run(dir, Map.of("EVSYN_DB", "other.db?synchronous=off"), "init");

        assertThat(option.exitCode()).as(option.err()).isZero();
        assertThat(variable.exitCode()).as(variable.err()).isZero();
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
        assertThat(dir.resolve("other.db?journal_mode=wal")).isRegularFile();
        assertThat(dir.resolve("other.db?synchronous=off")).isRegularFile();
        CommandRun guarded = CommandRun.run(dir, "status", "--db", "other.db");
        assertThat(guarded.exitCode()).isEqualTo(1);
        assertThat(guarded.err()).contains("another program's SQLite database");
    }

    @Test
    void anSqliteUriIsRefusedAsAUsageError() {
        CommandRun run = CommandRun.run(dir, "init", "--db", "file:review.db?mode=rwc");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("evsyn: --db takes a file path, not an SQLite URI: 'file:review.db?mode=rwc'"
                + " (name the file itself, e.g. review.db)");
        CommandRun env = CommandRun.run(dir, Map.of("EVSYN_DB", "file:///tmp/x.db"), "status");
        assertThat(env.exitCode()).isEqualTo(2);
        assertThat(env.err()).startsWith("evsyn: EVSYN_DB takes a file path, not an SQLite URI");
    }

    @Test
    void checkPassesASoundStoreAndListsWhatIsWrongWithADamagedOne() throws Exception {
        Path db = storeWithOneTrial();
        CommandRun sound = CommandRun.run(dir, "check", "--db", db.toString());
        assertThat(sound.exitCode()).as(sound.err()).isZero();
        assertThat(sound.out()).startsWith("Evidence store " + db + " (schema version 7): no fault found");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("UPDATE source_records SET content = replace(content, 'NCT05594173', 'NCT05594174')");
        }
        CommandRun damaged = CommandRun.run(dir, "check", "--db", db.toString());
        assertThat(damaged.exitCode()).isEqualTo(1);
        assertThat(damaged.out()).contains("1 fault").contains("source record 1 (ctgov-json NCT05594173, version 1):"
                + " its stored SHA-256");
        assertThat(damaged.err()).isEqualTo("evsyn: " + db + " failed its check (1 fault); restore it from a"
                + " backup, or rebuild it from its exports\n");
        JsonNode json = new ObjectMapper().readTree(CommandRun.run(dir, "check", "--db", db.toString(), "--json").out());
        assertThat(json.get("sound").asBoolean()).isFalse();
        assertThat(json.get("faults")).hasSize(1);
    }

    @Test
    void backupWritesACheckedCopyAndReplacesAnExistingFileOnlyWithForce() throws Exception {
        Path db = storeWithOneTrial();
        CommandRun backup = CommandRun.run(dir, "backup", "--db", db.toString(), "--to", "copy.db");
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Backed up " + db + " to " + dir.resolve("copy.db"));
        assertThat(CommandRun.run(dir, "status", "--db", "copy.db", "--json").out())
                .isEqualTo(CommandRun.run(dir, "status", "--db", db.toString(), "--json").out());

        CommandRun again = CommandRun.run(dir, "backup", "--db", db.toString(), "--to", "copy.db");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("exists; nothing was written (--force replaces it)");
        assertThat(CommandRun.run(dir, "backup", "--db", db.toString(), "--to", "copy.db", "--force").exitCode())
                .isZero();
    }

    @Test
    void exportAndImportExportRebuildTheStore() {
        Path db = storeWithOneTrial();
        CommandRun export = CommandRun.run(dir, "export", "--db", db.toString(), "--to", "out");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("1 verbatim records");
        assertThat(dir.resolve("out/records/1.json")).isRegularFile();

        CommandRun rebuilt = CommandRun.run(dir, "import-export", "out", "--db", "rebuilt.db");
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(CommandRun.run(dir, "status", "--db", "rebuilt.db", "--json").out())
                .isEqualTo(CommandRun.run(dir, "status", "--db", db.toString(), "--json").out());
        assertThat(CommandRun.run(dir, "check", "--db", "rebuilt.db").exitCode()).isZero();

        CommandRun onto = CommandRun.run(dir, "import-export", "out", "--db", db.toString());
        assertThat(onto.exitCode()).isEqualTo(1);
        assertThat(onto.err()).contains("the file exists");
    }

    private Path storeWithOneTrial() {
        Path db = dir.resolve("evidence.db");
        CommandRun ingest = CommandRun.run(dir, "ingest", "--db", db.toString(), sample());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        return db;
    }

    private String sample() {
        String name = "ctgov-v2-NCT05594173-results.json";
        Path copy = dir.resolve(name);
        try {
            if (!Files.exists(copy)) {
                Files.copy(Path.of(getClass().getResource(name).toURI()), copy);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return copy.toString();
    }
}
