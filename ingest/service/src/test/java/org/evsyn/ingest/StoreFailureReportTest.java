package org.evsyn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportBody;
import org.evsyn.core.store.ImportProgress;
import org.evsyn.core.store.ImportRequest;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.ImportWriter;
import org.evsyn.core.store.LiteratureRepository;
import org.evsyn.core.store.RegistrationRepository;
import org.evsyn.core.store.StoreAccessException;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.StoreOutcome;
import org.evsyn.core.store.StudyRepository;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.ctgov.CtgovJsonAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the store itself fails under an import (here: its disk fills up on the second record), the file's error says
 * what failed where, and does not blame the record being stored.
 */
class StoreFailureReportTest {

    private static final String FULL = "the disk holding /data/evidence.db is full, or the store reached its size"
            + " limit (SQLITE_FULL)";

    @TempDir
    Path dir;

    @Test
    void aFailureOfTheStoreItselfIsNamedWithoutBlamingTheRecord() throws Exception {
        IngestService service = new IngestService(new AdapterRegistry(Set.of(new CtgovJsonAdapter()), List.of()));
        Path page = StudyFiles.page(dir.resolve("page.json"), "NCT02210780", 3);
        try (EvidenceStore real = new SqliteEvidenceStoreFactory().open(dir.resolve("evidence.db"))) {
            IngestReport report = service.ingest(List.of(page), IngestOptions.defaults(), new DiskFillsUp(real),
                    IngestListener.NONE);

            String error = report.files().get(0).error().orElseThrow();
            assertThat(error).contains(FULL).doesNotContain("refused the record").endsWith("nothing of "
                    + page + " was stored");
            assertThat(real.counts().registrations()).isZero();
        }
    }

    /** A real store whose writer fails as a full disk does once one record is stored. */
    private record DiskFillsUp(EvidenceStore store) implements EvidenceStore {

        @Override
        public ImportSummary runImport(ImportRequest request, ImportBody body) {
            return store.runImport(request, writer -> body.run(new ImportWriter() {
                private int stored;

                @Override
                public StoreOutcome store(ParsedRecord record) {
                    if (stored++ == 1) {
                        throw new StoreAccessException(FULL);
                    }
                    return writer.store(record);
                }

                @Override
                public void reject(String recordRef, String reason) {
                    writer.reject(recordRef, reason);
                }

                @Override
                public void checkpoint(ImportProgress progress) {
                    writer.checkpoint(progress);
                }
            }));
        }

        @Override
        public org.evsyn.core.store.StoreLocation location() {
            return store.location();
        }

        @Override
        public int schemaVersion() {
            return store.schemaVersion();
        }

        @Override
        public StoreCounts counts() {
            return store.counts();
        }

        @Override
        public RegistrationRepository registrations() {
            return store.registrations();
        }

        @Override
        public LiteratureRepository literature() {
            return store.literature();
        }

        @Override
        public StudyRepository studies() {
            return store.studies();
        }

        @Override
        public Optional<SourceRecord> sourceRecord(long sourceRecordId) {
            return store.sourceRecord(sourceRecordId);
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
