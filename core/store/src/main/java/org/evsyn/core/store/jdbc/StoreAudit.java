package org.evsyn.core.store.jdbc;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Checks a store at three levels: SQLite's own structure check, the foreign keys, and evsyn's rules, the ones that
 * make every stored number traceable: each verbatim source record still hashes to its stored SHA-256, each is read
 * as exactly the kind of record it says it is, each result row reaches a source record, and each import batch
 * counts the source records it brought. Reads only.
 */
final class StoreAudit {

    /** How many faults are listed; more are counted in one last line. */
    static final int MAX_FAULTS = 100;

    /** Which of SQLite's checks to run. */
    enum Depth {
        /** {@code PRAGMA quick_check}: page and record structure, without comparing indexes to their tables. */
        QUICK("quick_check"),
        /** {@code PRAGMA integrity_check}: everything quick_check does, and every index against its table. */
        FULL("integrity_check");

        private final String pragma;

        Depth(String pragma) {
            this.pragma = pragma;
        }
    }

    /**
     * Child rows that must reach a verbatim source record, and how: (what, SQL selecting the ids of those that do
     * not). Foreign keys cover each single step; these follow the whole path, so a row left without a parent by
     * a half-copied file shows as what it is.
     */
    private static final List<String[]> TRACES = List.of(
            new String[] {"outcome result", "SELECT r.id FROM outcome_results r LEFT JOIN outcome_measures m"
                    + " ON m.id = r.measure_id LEFT JOIN source_records s ON s.id = m.source_record_id"
                    + " WHERE s.id IS NULL"},
            new String[] {"posted analysis", "SELECT a.id FROM analyses a LEFT JOIN outcome_measures m"
                    + " ON m.id = a.measure_id LEFT JOIN source_records s ON s.id = m.source_record_id"
                    + " WHERE s.id IS NULL"},
            new String[] {"adverse-event count", "SELECT c.id FROM adverse_event_counts c LEFT JOIN adverse_events e"
                    + " ON e.id = c.adverse_event_id LEFT JOIN registrations g ON g.id = e.registration_id"
                    + " LEFT JOIN source_records s ON s.id = g.source_record_id WHERE s.id IS NULL"},
            new String[] {"participant-flow count", "SELECT f.id FROM participant_flow f LEFT JOIN registrations g"
                    + " ON g.id = f.registration_id LEFT JOIN source_records s ON s.id = g.source_record_id"
                    + " WHERE s.id IS NULL"},
            new String[] {"registration", "SELECT g.id FROM registrations g LEFT JOIN source_records s"
                    + " ON s.id = g.source_record_id WHERE s.id IS NULL OR s.payload_kind <> 'TRIAL'"},
            new String[] {"literature record", "SELECT l.id FROM literature_records l LEFT JOIN source_records s"
                    + " ON s.id = l.source_record_id WHERE s.id IS NULL OR s.payload_kind <> 'LITERATURE'"},
            new String[] {"study extraction", "SELECT x.id FROM study_extractions x LEFT JOIN source_records s"
                    + " ON s.id = x.source_record_id WHERE s.id IS NULL OR s.payload_kind <> 'EXTRACTION'"});

    /** Verbatim records that are read as nothing: every source record is stored with what it was read as. */
    private static final String UNREAD = "SELECT s.id, s.format, s.external_id FROM source_records s WHERE"
            + " (s.payload_kind = 'TRIAL' AND NOT EXISTS (SELECT 1 FROM registrations g WHERE g.source_record_id = s.id))"
            + " OR (s.payload_kind = 'LITERATURE' AND NOT EXISTS (SELECT 1 FROM literature_records l"
            + " WHERE l.source_record_id = s.id))"
            + " OR (s.payload_kind = 'EXTRACTION' AND NOT EXISTS (SELECT 1 FROM study_extractions x"
            + " WHERE x.source_record_id = s.id)) ORDER BY s.id";

    /** Batches whose counts disagree with the source records they brought (schema 3 counts history too). */
    private static final String BATCH_COUNTS = "SELECT b.id, b.file_name, b.records_stored + b.records_new_versions"
            + " + b.records_history, coalesce(n.stored, 0), b.status FROM import_batches b LEFT JOIN (SELECT batch_id,"
            + " count(*) AS stored FROM source_records GROUP BY batch_id) n ON n.batch_id = b.id"
            + " WHERE b.records_stored + b.records_new_versions + b.records_history <> coalesce(n.stored, 0)"
            + " OR (coalesce(n.stored, 0) > 0) <> (b.status = 'IMPORTED') ORDER BY b.id";

    private final DSLContext ctx;
    private final List<String> faults = new ArrayList<>();
    private int more;
    private long sourceRecords;

    private StoreAudit(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** SQLite's structure check alone: its faults, empty when it says "ok". */
    static List<String> sqliteCheck(DSLContext ctx, Depth depth) {
        List<String> rows = ctx.fetch("PRAGMA " + depth.pragma + "(" + MAX_FAULTS + ")").getValues(0, String.class);
        return rows.equals(List.of("ok")) ? List.of() : List.copyOf(rows);
    }

    /**
     * Runs every check.
     *
     * @param schemaVersion the store's schema version (rules that need newer columns are skipped on older stores)
     */
    static StoreAudit run(DSLContext ctx, Depth depth, int schemaVersion) {
        StoreAudit audit = new StoreAudit(ctx);
        List<String> structure = sqliteCheck(ctx, depth);
        structure.forEach(f -> audit.fault("SQLite " + depth.pragma + ": " + f));
        if (!structure.isEmpty()) {
            // Reading on through damaged pages can fail or mislead; SQLite's own list is the answer.
            return audit;
        }
        audit.foreignKeys();
        audit.hashes();
        audit.traces();
        if (schemaVersion >= 3) {
            audit.batchCounts();
        }
        return audit;
    }

    List<String> faults() {
        List<String> all = new ArrayList<>(faults);
        if (more > 0) {
            all.add("... and " + more + " more");
        }
        return List.copyOf(all);
    }

    long sourceRecords() {
        return sourceRecords;
    }

    private void fault(String fault) {
        if (faults.size() < MAX_FAULTS) {
            faults.add(fault);
        } else {
            more++;
        }
    }

    private void foreignKeys() {
        for (Record r : ctx.fetch("PRAGMA foreign_key_check")) {
            fault(r.get(0, String.class) + " row " + r.get(1, String.class) + " refers to a " + r.get(2, String.class)
                    + " row that does not exist");
        }
    }

    private void hashes() {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        HexFormat hex = HexFormat.of();
        // Streamed: the verbatim records of a large store do not fit in memory. The bytes hashed are the stored
        // text's own UTF-8 bytes, as SQLite holds them.
        try (Cursor<Record> rows = ctx.fetchLazy("SELECT id, format, external_id, version, sha256,"
                + " CAST(content AS BLOB) FROM source_records ORDER BY id")) {
            for (Record r : rows) {
                sourceRecords++;
                byte[] content = r.get(5, byte[].class);
                String actual = hex.formatHex(sha256.digest(content == null ? new byte[0] : content));
                String stored = r.get(4, String.class);
                if (!actual.equals(stored)) {
                    fault("source record " + r.get(0, Long.class) + " (" + r.get(1, String.class) + " "
                            + r.get(2, String.class) + ", version " + r.get(3, Integer.class) + "): its stored SHA-256 "
                            + stored + " does not match its verbatim text, which hashes to " + actual);
                }
            }
        }
    }

    private void traces() {
        for (String[] trace : TRACES) {
            for (Long id : ctx.fetch(trace[1]).getValues(0, Long.class)) {
                fault(trace[0] + " " + id + " does not trace to a verbatim source record of its kind");
            }
        }
        for (Record r : ctx.fetch(UNREAD)) {
            fault("source record " + r.get(0, Long.class) + " (" + r.get(1, String.class) + " "
                    + r.get(2, String.class) + ") is stored without the record read from it");
        }
    }

    private void batchCounts() {
        for (Record r : ctx.fetch(BATCH_COUNTS)) {
            fault("import batch " + r.get(0, Long.class) + " (" + r.get(1, String.class) + ", " + r.get(4, String.class)
                    + ") counts " + r.get(2, Long.class) + " stored record(s) but " + r.get(3, Long.class)
                    + " source record(s) belong to it");
        }
    }
}
