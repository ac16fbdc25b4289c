package org.evsyn.core.store.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evsyn.core.store.contract.ImportRequests;
import org.evsyn.core.store.contract.TestRecords;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.screening.ScreeningDecision;
import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.store.EvidenceStore;

/** Stores with something in every kind of table, and a way to read every row back for comparison. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    /** Two trials (one in two versions), a literature record, a two-part extraction, decisions and a run. */
    static void fill(EvidenceStore store) {
        store.runImport(ImportRequests.lenient("trials-v1.json"), w -> {
            w.store(TestRecords.parsed(TestRecords.trialWithResults("NCT01436487", "MASTERS"), "v1"));
            w.store(TestRecords.parsed(TestRecords.trialWithoutResults("NCT02448641", "TREASURE"), "v1"));
            w.reject("record 3 (NCT00000003)", "enrollment: expected a whole number, found \"ten\"");
        });
        store.runImport(ImportRequests.lenient("trials-v2.json"), w -> w.store(TestRecords.parsed(
                TestRecords.lastUpdated(TestRecords.trialWithResults("NCT01436487", "MASTERS (updated)"),
                        "2020-05-01"), "v2")));
        store.runImport(ImportRequests.lenient("pubmed.txt"), w -> w.store(TestRecords.parsed(
                TestRecords.literature("28320635", "Safety and efficacy of multipotent adult progenitor cells"),
                "PMID- 28320635\nTI  - Safety and efficacy\n")));
        store.runImport(ImportRequests.lenient("sheet.csv"), w -> w.store(TestRecords.parsed(
                TestRecords.extraction("BANG2005", ExtractedStudy.Part.COMBINED, 30, 2.5), "trial,arm\nBANG2005,cell")));
        store.reviewDecisions().saveScreening("stroke", List.of(
                new ScreeningDecision("28320635", Stage.TITLE_ABSTRACT, true, Optional.empty(), Optional.of("AB")),
                new ScreeningDecision("NCT02448641", Stage.FULL_TEXT, false, Optional.of("not randomised"),
                        Optional.empty())));
        store.analysisRuns().add("stroke", "mrs", "{\"model\":\"REML\"}", "ab12", "0.1.0", "{\"estimate\":-0.25}");
    }

    /** Every row of every table as text, with each value's SQLite storage class, table by table in rowid order. */
    static String everyRow(Path file) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection(SqliteConnections.url(file)); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
                    while (rs.next()) {
                        columns.add(rs.getString("name"));
                    }
                }
                StringBuilder select = new StringBuilder("SELECT ");
                for (String column : columns) {
                    select.append("typeof(\"").append(column).append("\"), quote(\"").append(column).append("\"), ");
                }
                select.append("1 FROM \"").append(table).append("\" ORDER BY rowid");
                try (ResultSet rs = s.executeQuery(select.toString())) {
                    while (rs.next()) {
                        sb.append(table);
                        for (int i = 0; i < columns.size(); i++) {
                            sb.append('|').append(columns.get(i)).append('=').append(rs.getString(2 * i + 1))
                                    .append(':').append(rs.getString(2 * i + 2));
                        }
                        sb.append('\n');
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
                while (rs.next()) {
                    sb.append("schema|").append(rs.getString(1)).append('|').append(rs.getString(2)).append('|')
                            .append(rs.getString(3)).append('\n');
                }
            }
            for (String pragma : List.of("user_version", "application_id")) {
                try (ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
                    rs.next();
                    sb.append(pragma).append('=').append(rs.getString(1)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** Runs one statement on a connection of its own, outside any store. */
    static void execute(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(SqliteConnections.url(file)); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
