package org.evsyn.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.domain.VerbatimText;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.StoredRecord;
import org.evsyn.core.store.contract.ImportRequests;
import org.evsyn.core.store.contract.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How SQLite holds what the contract reads back: storage classes, and rows older schema versions wrote. */
class SqliteRowFormatsTest {

    @TempDir
    Path dir;

    private EvidenceStore store;

    @BeforeEach
    void open() {
        store = new SqliteEvidenceStoreFactory().open(dir.resolve("evidence.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRecordsTextGivenAsUtf8BytesIsStoredAsTextByteForByte() throws Exception {
        TrialRecord trial = TestRecords.trialWithoutResults("NCT02961504", "TREASURE");
        String content = "{\"t\":\"caf\u00e9 \u2264 5 \uD83D\uDE00\",\"n\":\"\\u0000\"}";
        byte[] utf8 = ("  " + content + "\n").getBytes(StandardCharsets.UTF_8);
        SourceRecord source = new SourceRecord("ctgov-json",
                "NCT02961504", "t.zip!/NCT02961504.json",
                VerbatimText.ofUtf8(utf8, 2, utf8.length - 1),
                SourceRecord.sha256Hex(content), "identity");
        store.runImport(ImportRequests.lenient("t.zip"), w -> w.store(new ParsedRecord(source, trial)));

        StoredRecord<TrialRecord> stored = store.registrations().current("NCT02961504").orElseThrow();
        assertThat(store.sourceRecord(stored.source().sourceRecordId())).contains(source)
                .hasValueSatisfying(r -> assertThat(r.content()).isEqualTo(content));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("evidence.db"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT typeof(content), content, hex(content), length(content)"
                     + " FROM source_records")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("text");
            assertThat(rs.getString(2)).isEqualTo(content);
            assertThat(rs.getString(3)).isEqualTo(HexFormat.of().withUpperCase()
                    .formatHex(content.getBytes(StandardCharsets.UTF_8)));
            assertThat(rs.getInt(4)).isEqualTo(content.codePointCount(0, content.length()));
        }
    }


    @Test
    void rowsWithoutAValueKindReadAsFinalValues() throws Exception {
        ExtractedStudy study = TestRecords.withChangeScoresAndWeight(
                TestRecords.extraction("BANG2005", ExtractedStudy.Part.COMBINED, 30, 2.5));
        store.runImport(ImportRequests.lenient("sheet.csv"), w -> w.store(TestRecords.parsed(study, "sheet v1")));
        store.close();
        // Rows written before the value kind was recorded have NULL there.
        Path file = dir.resolve("evidence.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE outcome_results SET value_kind = NULL");
            s.executeUpdate("UPDATE study_extractions SET body_weight_kg = NULL");
        }
        store = new SqliteEvidenceStoreFactory().open(file);

        ExtractedStudy back = store.studies().current("BANG2005").orElseThrow();
        assertThat(back.results()).hasSize(5).extracting(ArmOutcomeResult::valueKind)
                .containsOnly(ArmOutcomeResult.ValueKind.FINAL);
        assertThat(back.bodyWeightKg()).isEmpty();
    }
}
