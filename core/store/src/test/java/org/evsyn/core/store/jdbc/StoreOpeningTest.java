package org.evsyn.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.evsyn.core.store.contract.ImportRequests;
import org.evsyn.core.store.contract.TestRecords;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.InterventionDetails;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.StoreException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOpeningTest {

    @TempDir
    Path dir;

    private final SqliteEvidenceStoreFactory factory = new SqliteEvidenceStoreFactory();

    @Test
    void openingAnAbsentFileCreatesAStoreAtTheLatestSchema() {
        Path file = dir.resolve("evidence.db");
        try (EvidenceStore store = factory.open(file)) {
            assertThat(file).exists();
            assertThat(store.location()).isEqualTo(org.evsyn.core.store.StoreLocation.file(file.toAbsolutePath()));
            assertThat(store.schemaVersion()).isEqualTo(Migration.latestVersion()).isEqualTo(7);
            assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 0, 0, 0, 0));
        }
    }

    @Test
    void reopeningAStoreIsHarmlessAndKeepsItsContent() throws Exception {
        Path file = storeWithOneTrial();
        String schemaBefore = schema(file);
        try (EvidenceStore store = factory.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migration.latestVersion());
            assertThat(store.counts().registrations()).isEqualTo(1);
        }
        assertThat(schema(file)).isEqualTo(schemaBefore);
    }

    /**
     * A crash image: the store file and its rollback journal as a writer killed mid-transaction leaves them (the
     * writer had already spilled changed pages into the file). Opening it must play the journal back.
     */
    @Test
    void aStoreLeftMidTransactionIsRolledBackToItsLastCommitOnOpen() throws Exception {
        Path file = storeWithOneTrial();
        StoreCounts before;
        try (EvidenceStore store = factory.open(file)) {
            before = store.counts();
        }
        Path crashed = Files.createDirectory(dir.resolve("crashed")).resolve("evidence.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = TRUNCATE");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA cache_size = 1"); // spill changed pages into the file before commit
            c.setAutoCommit(false);
            s.execute("UPDATE registrations SET brief_title = 'half-written'");
            for (int i = 0; i < 200; i++) {
                s.execute("INSERT INTO evsyn_meta (meta_key, meta_value) VALUES ('filler" + i + "', '" + "x".repeat(2000)
                        + "')");
            }
            assertThat(dir.resolve("evidence.db-journal")).isNotEmptyFile();
            Files.copy(file, crashed);
            Files.copy(dir.resolve("evidence.db-journal"), dir.resolve("crashed/evidence.db-journal"));
            c.rollback();
        }

        try (EvidenceStore store = factory.open(crashed)) {
            assertThat(store.counts()).isEqualTo(before);
            assertThat(store.registrations().trialIds()).containsExactly("NCT01436487");
            assertThat(store.registrations().current("NCT01436487").orElseThrow().payload().registration().briefTitle())
                    .isEqualTo("MASTERS");
        }
    }

    @Test
    void storePragmasAreInForce() {
        try (EvidenceStore store = factory.open(dir.resolve("evidence.db"))) {
            SqliteEvidenceStore sqlite = (SqliteEvidenceStore) store;
            assertThat(sqlite.pragma("journal_mode")).isEqualToIgnoringCase("delete");
            assertThat(sqlite.pragma("page_size")).isEqualTo(String.valueOf(SqliteConnections.PAGE_SIZE));
            assertThat(sqlite.pragma("foreign_keys")).isEqualTo("1");
            assertThat(sqlite.pragma("synchronous")).isEqualTo("2"); // FULL
            assertThat(sqlite.pragma("application_id")).isEqualTo("1163285337");
        }
    }

    @Test
    void aStoreWrittenByANewerSchemaIsRefusedWithBothVersions() throws Exception {
        Path file = dir.resolve("evidence.db");
        factory.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 8");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> factory.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("was written by a newer evsyn (schema 8, this build supports 7)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileOfRandomBytesIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("evidence.db");
        byte[] noise = new byte[8192];
        new Random(42).nextBytes(noise);
        Files.write(file, noise);

        assertThatThrownBy(() -> factory.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessage(file.toAbsolutePath() + " is not an evsyn evidence store: it is not an SQLite database");
        assertThat(Files.readAllBytes(file)).isEqualTo(noise);
        assertThat(dir.resolve("evidence.db-wal")).doesNotExist();
        assertThat(dir.resolve("evidence.db-journal")).doesNotExist();
    }

    @Test
    void aDamagedSqliteFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("evidence.db");
        factory.open(file).close();
        byte[] damaged = Files.readAllBytes(file);
        byte[] noise = new byte[damaged.length - 100];
        new Random(7).nextBytes(noise);
        System.arraycopy(noise, 0, damaged, 100, noise.length); // keep the 100-byte header, scramble the pages
        Files.write(file, damaged);

        assertThatThrownBy(() -> factory.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith(file.toAbsolutePath() + " is not a usable evsyn evidence store");
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("zotero.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT)");
            s.execute("INSERT INTO items (title) VALUES ('a paper')");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> factory.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessage(file.toAbsolutePath() + " is not an evsyn evidence store: it is another program's"
                        + " SQLite database (it has tables but no evsyn marker)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aStoreAtSchemaOneIsMigratedToTheLatestAndKeepsItsContent() throws Exception {
        Path file = dir.resolve("evidence.db");
        try (Connection c = SqliteConnections.openReadWrite(file, Waits.tenSeconds(file))) {
            DSLContext ctx = SqliteConnections.jooq(c);
            assertThat(new MigrationRunner(List.of(Migration.ALL.get(0))).migrate(file, c, ctx)).isEqualTo(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO studies (id, study_key, label, created_at) VALUES (7, 'TREASURE', 'Houkin 2024',"
                    + " '2026-01-01T00:00:00Z')");
        }

        try (EvidenceStore store = factory.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migration.latestVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT study_key FROM studies WHERE id = 7")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("TREASURE");
        }
        assertThat(schema(file)).contains("duplicate_links").contains("body_weight_kg").contains("value_kind");
    }

    /**
     * A store written at schema 2: its rows stay, the trial reads back, and importing the same record again is
     * "unchanged" although schema 2 kept no canonical hash (the text's own hash still identifies it).
     */
    @Test
    void aStoreAtSchemaTwoIsMigratedAndKeepsItsRows() throws Exception {
        Path file = dir.resolve("evidence.db");
        try (Connection c = SqliteConnections.openReadWrite(file, Waits.tenSeconds(file))) {
            DSLContext ctx = SqliteConnections.jooq(c);
            assertThat(new MigrationRunner(Migration.ALL.subList(0, 2)).migrate(file, c, ctx)).isEqualTo(2);
        }
        var parsed = TestRecords.parsed(TestRecords.trialWithResults("NCT01436487", "MASTERS"), "v1");
        var source = parsed.source();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO import_batches VALUES (1, 'old.json', 'abc', 'ctgov-json', 0, '2026-01-01T00:00:00Z',"
                    + " '2026-01-01T00:00:00Z', 'IMPORTED', 1, 1, 0, 0, 0)");
            try (var insert = c.prepareStatement("INSERT INTO source_records (id, batch_id, format, external_id,"
                    + " version, payload_kind, locator, sha256, content) VALUES (1, 1, ?, ?, 1, 'TRIAL', 'old.json', ?, ?)")) {
                insert.setString(1, source.format());
                insert.setString(2, source.externalId());
                insert.setString(3, source.sha256());
                insert.setString(4, source.content());
                insert.execute();
            }
            s.execute("INSERT INTO registrations (id, source_record_id, registry, trial_id, version, brief_title,"
                    + " last_updated, has_results) VALUES (1, 1, 'ClinicalTrials.gov', 'NCT01436487', 1, 'MASTERS',"
                    + " '2019-01-03', 0)");
        }

        try (EvidenceStore store = factory.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migration.latestVersion());
            assertThat(store.registrations().current("NCT01436487").orElseThrow().payload().registration().briefTitle())
                    .isEqualTo("MASTERS");
            assertThat(store.sourceRecord(1).orElseThrow().identity()).isEqualTo(source.sha256());
            var again = store.runImport(ImportRequests.lenient("again.json"), w -> w.store(parsed));
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(store.registrations().versions("NCT01436487")).hasSize(1);
        }
        assertThat(schema(file)).contains("identity_sha256").contains("records_history")
                .contains("adverse_event_totals").contains("protocol_outcomes").contains("registration_references")
                .contains("population_description").contains("non_inferiority_type").contains("ae_time_frame");
    }

    /**
     * A store at schema 4: its arms had no treatment and stored the experimental role as CELL_THERAPY. Schema 5
     * keeps each arm with its treatment empty (the experimental arm of a study with a cell type then reads that
     * cell type as its treatment) and renames the role. The schema-4 store is the same import with the arms table
     * put back as schema 4 wrote it.
     */
    @Test
    void aStoreAtSchemaFourIsMigratedWithArmTreatmentsEmptyAndTheExperimentalRoleRenamed() throws Exception {
        Path file = dir.resolve("evidence.db");
        ExtractedStudy study = TestRecords.extraction("BANG2005", ExtractedStudy.Part.COMBINED, 30, 2.5);
        try (EvidenceStore store = factory.open(file)) {
            store.runImport(ImportRequests.lenient("sheet.csv"), w -> w.store(TestRecords.parsed(study, "sheet v1")));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            backToSchemaFive(s);
            s.execute("ALTER TABLE arms DROP COLUMN treatment");
            s.execute("UPDATE arms SET role = 'CELL_THERAPY' WHERE role = 'EXPERIMENTAL'");
            s.execute("PRAGMA user_version = 4");
        }

        try (EvidenceStore store = factory.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migration.latestVersion());
            ExtractedStudy back = store.studies().current("BANG2005").orElseThrow();
            assertThat(back).isEqualTo(study);
            assertThat(back.arms()).extracting(ExtractedArm::role)
                    .containsExactly(ExtractedArm.Role.EXPERIMENTAL, ExtractedArm.Role.CONTROL);
            assertThat(back.arms()).extracting(ExtractedArm::treatment).containsOnly(Optional.empty());
            assertThat(back.treatment(back.arms().get(0))).contains("BM-MSC");
            assertThat(back.treatment(back.arms().get(1))).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM arms WHERE role = 'CELL_THERAPY' OR treatment IS NOT NULL")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    /**
     * A store at schema 5 named the intervention columns for cell therapy ({@code cell_type}, {@code cell_source}) and
     * kept the stage as a code. Schema 6 renames the columns ({@code agent}, {@code origin}) and keeps the stage as
     * text; every value reads back as before. The schema-5 store is the same import with the columns put back as
     * schema 5 wrote them.
     */
    @Test
    void aStoreAtSchemaFiveIsMigratedAndReadsItsInterventionsAndStagesBackUnderTheNewNames() throws Exception {
        Path file = dir.resolve("evidence.db");
        ExtractedStudy study = TestRecords.extraction("BANG2005", ExtractedStudy.Part.COMBINED, 30, 2.5);
        try (EvidenceStore store = factory.open(file)) {
            store.runImport(ImportRequests.lenient("sheet.csv"), w -> w.store(TestRecords.parsed(study, "sheet v1")));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            backToSchemaFive(s);
            s.execute("PRAGMA user_version = 5");
            try (ResultSet rs = s.executeQuery("SELECT e.cell_type, e.cell_source, e.stage, i.cell_type, i.cell_source"
                    + " FROM study_extractions e, arms a, interventions i WHERE a.extraction_id = e.id"
                    + " AND i.arm_id = a.id")) {
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).containsExactly("BM-MSC", "AUTOLOGOUS", "SUBACUTE", "BM-MSC", "AUTOLOGOUS");
            }
        }

        try (EvidenceStore store = factory.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migration.latestVersion());
            ExtractedStudy back = store.studies().current("BANG2005").orElseThrow();
            assertThat(back).isEqualTo(study);
            assertThat(back.intervention().agent()).contains("BM-MSC");
            assertThat(back.intervention().origin()).contains(InterventionDetails.Origin.AUTOLOGOUS);
            assertThat(back.stageAsGiven()).contains("subacute");
            assertThat(store.studies().arms("BANG2005").get(0).interventions()).singleElement()
                    .satisfies(i -> assertThat(i.details()).isEqualTo(study.intervention()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT e.agent, e.origin, e.stage_as_given, i.agent, i.origin"
                     + " FROM study_extractions e, arms a, interventions i WHERE a.extraction_id = e.id"
                     + " AND i.arm_id = a.id")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5))).containsExactly("BM-MSC", "AUTOLOGOUS", "subacute", "BM-MSC", "AUTOLOGOUS");
        }
    }

    /** Puts the columns schema 6 renamed back as schema 5 had them, stage codes included. */
    private static void backToSchemaFive(Statement s) throws Exception {
        backToSchemaSix(s);
        for (String table : List.of("study_extractions", "interventions")) {
            s.execute("ALTER TABLE " + table + " RENAME COLUMN agent TO cell_type");
            s.execute("ALTER TABLE " + table + " RENAME COLUMN origin TO cell_source");
        }
        s.execute("ALTER TABLE study_extractions ADD COLUMN stage TEXT"
                + " CHECK (stage IN ('ACUTE', 'SUBACUTE', 'CHRONIC', 'MIXED'))");
        s.execute("UPDATE study_extractions SET stage = upper(stage_as_given)");
        s.execute("ALTER TABLE study_extractions DROP COLUMN stage_as_given");
    }

    /** Schema 6 had no team-screening tables. */
    private static void backToSchemaSix(Statement s) throws Exception {
        s.execute("DROP TABLE team_votes");
        s.execute("DROP TABLE team_reviewers");
    }

    /** A store at schema 6 gains the team tables, empty, and keeps what it held. */
    @Test
    void aStoreAtSchemaSixGainsTheTeamScreeningTables() throws Exception {
        Path file = dir.resolve("evidence.db");
        ExtractedStudy study = TestRecords.extraction("BANG2005", ExtractedStudy.Part.COMBINED, 30, 2.5);
        try (EvidenceStore store = factory.open(file)) {
            store.runImport(ImportRequests.lenient("sheet.csv"), w -> w.store(TestRecords.parsed(study, "sheet v1")));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            backToSchemaSix(s);
            s.execute("PRAGMA user_version = 6");
        }

        try (EvidenceStore store = factory.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(7);
            assertThat(store.studies().current("BANG2005")).contains(study);
            assertThat(store.teamScreening().reviewers("any")).isEmpty();
            assertThat(store.teamScreening().votes("any")).isEmpty();
        }
    }

    @Test
    void anEmptyFileBecomesAStore() throws Exception {
        Path file = dir.resolve("evidence.db");
        Files.createFile(file);
        try (EvidenceStore store = factory.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migration.latestVersion());
        }
    }

    @Test
    void aMissingFolderIsReportedNotCreated() {
        Path file = dir.resolve("no-such-folder").resolve("evidence.db");
        assertThatThrownBy(() -> factory.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("folder " + dir.resolve("no-such-folder").toAbsolutePath() + " does not exist");
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void closeIsIdempotentAndAClosedStoreRefusesWork() {
        EvidenceStore store = factory.open(dir.resolve("evidence.db"));
        store.close();
        store.close();
        assertThatThrownBy(store::counts).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void everyMigrationScriptSplitsIntoStatements() {
        for (Migration m : Migration.ALL) {
            assertThat(m.statements()).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotEndWith(";"));
        }
    }

    private Path storeWithOneTrial() {
        Path file = dir.resolve("evidence.db");
        try (EvidenceStore store = factory.open(file)) {
            store.runImport(ImportRequests.lenient("a.json"), w -> w.store(TestRecords.parsed(
                    TestRecords.trialWithResults("NCT01436487", "MASTERS"), "v1")));
        }
        return file;
    }

    private static String schema(Path file) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")) {
            while (rs.next()) {
                sb.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3))
                        .append('\n');
            }
        }
        return sb.toString();
    }
}
