package org.evsyn.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.sqlite.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.ctgov.CtgovJsonAdapter;

/**
 * Run in a child JVM by {@link KilledIngestTest}: ingests a file into a store, printing "read N" every 100 records
 * so the parent knows the import transaction is under way before it kills this process.
 */
public final class IngestChildMain {

    private IngestChildMain() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        Path input = Path.of(args[1]);
        IngestService service = new IngestService(new AdapterRegistry(Set.of(new CtgovJsonAdapter()), List.of()));
        int[] n = new int[1];
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(db)) {
            IngestReport report = service.ingest(List.of(input), IngestOptions.defaults(), store, new IngestListener() {
                @Override
                public void recordRead() {
                    if (++n[0] % 100 == 0) {
                        System.out.println("read " + n[0]);
                        System.out.flush();
                    }
                }
            });
            System.out.println("done " + report.stored());
        }
    }
}
