package org.evsyn.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.evsyn.core.store.contract.PostgresHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands against a real PostgreSQL server (skipped without one, see {@link PostgresHarness}): the bundled
 * example gives the same results.json on PostgreSQL as on SQLite, and {@code evsyn copy} takes its store from SQLite
 * to PostgreSQL and back with every table unchanged.
 */
class PostgresStoreCommandsTest {

    @TempDir
    Path dir;

    private PostgresHarness server;

    @BeforeEach
    void connect() {
        server = PostgresHarness.create();
    }

    @AfterEach
    void drop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theBundledReviewGivesTheSameResultsOnPostgresqlAsOnSqlite() throws IOException {
        Path review = dir.resolve("stem-cell-stroke");
        ReviewFolders.copy(ReviewFolders.example("stem-cell-stroke"), review);
        String pg = server.location("run").describe();

        CommandRun onSqlite = CommandRun.run(dir, "run", review.toString(), "--db", "r.db", "--out", "sqlite-report",
                "--no-png");
        CommandRun onPostgres = CommandRun.run(dir, "run", review.toString(), "--db", pg, "--out", "pg-report",
                "--no-png");

        assertThat(onSqlite.exitCode()).as(onSqlite.err()).isZero();
        assertThat(onPostgres.exitCode()).as(onPostgres.err()).isZero();
        JsonNode sqlite = new ObjectMapper().readTree(dir.resolve("sqlite-report/results.json").toFile());
        JsonNode postgres = new ObjectMapper().readTree(dir.resolve("pg-report/results.json").toFile());
        assertThat(sqlite.get("analyses").size()).isPositive();
        assertThat(postgres.get("analyses")).isEqualTo(sqlite.get("analyses"));
        assertThat(postgres.get("prisma")).isEqualTo(sqlite.get("prisma"));
    }

    @Test
    void copyTakesAStoreToPostgresqlAndBackWithEveryTableUnchanged() throws Exception {
        Path review = dir.resolve("stem-cell-stroke");
        ReviewFolders.copy(ReviewFolders.example("stem-cell-stroke"), review);
        assertThat(CommandRun.run(dir, "run", review.toString(), "--db", "a.db", "--out", "report", "--no-png")
                .exitCode()).isZero();
        String pg = server.location("copy").describe();

        CommandRun there = CommandRun.run(dir, "copy", "--from", "a.db", "--to", pg);
        CommandRun back = CommandRun.run(dir, "copy", "--from", pg, "--to", "b.db");
        CommandRun again = CommandRun.run(dir, "copy", "--from", "a.db", "--to", pg);

        assertThat(there.exitCode()).as(there.err()).isZero();
        assertThat(there.out()).startsWith("Copied ").contains(pg);
        assertThat(back.exitCode()).as(back.err()).isZero();
        List<String> tables = column(dir.resolve("a.db"), "SELECT name FROM sqlite_master WHERE type = 'table' "
                + "ORDER BY name");
        assertThat(tables).contains("source_records", "screening_decisions", "analysis_runs");
        for (String table : tables) {
            assertThat(rows(dir.resolve("b.db"), table)).as(table).isEqualTo(rows(dir.resolve("a.db"), table));
        }
        assertThat(column(dir.resolve("b.db"), "SELECT count(*) FROM source_records")).isNotEqualTo(List.of("0"));
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("is not empty").doesNotContain("\n\tat ");
    }

    @Test
    void sqliteOnlyCommandsSayWhatToUseOnPostgresqlInOneLine() {
        String pg = server.location("backup").describe();

        CommandRun backup = CommandRun.run(dir, Map.of("EVSYN_DB", pg), "backup", "--to", "copy.db");

        assertThat(backup.exitCode()).isEqualTo(2);
        assertThat(backup.err()).contains("backup works on SQLite store files").contains("pg_dump")
                .contains("evsyn copy");
    }

    private static List<String> rows(Path file, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                if (table.equals("evsyn_meta") && rs.getString(1).startsWith("writer:")) {
                    continue;
                }
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append('|').append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static List<String> column(Path file, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
