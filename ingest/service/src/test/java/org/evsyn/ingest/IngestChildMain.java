package org.evsyn.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.ctgov.CtgovJsonAdapter;

/**
 * Run in a child JVM by {@link KilledIngestTest}: ingests a file into a store, printing "read N" every 100 records
 * so the parent knows the import transaction is under way before it kills this process, and "chunk N" when a
 * chunk of N units has committed (third argument: records per chunk).
 */
public final class IngestChildMain {

    private IngestChildMain() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        Path input = Path.of(args[1]);
        IngestOptions options = args.length > 2 ? IngestOptions.defaults().withChunks(Integer.parseInt(args[2]))
                : IngestOptions.defaults();
        IngestService service = new IngestService(new AdapterRegistry(Set.of(new CtgovJsonAdapter()), List.of()));
        int[] n = new int[1];
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(db)) {
            IngestReport report = service.ingest(List.of(input), options, store, new IngestListener() {
                @Override
                public void chunkStored(String name, long unitsDone, long units, long recordsDone) {
                    System.out.println("chunk " + unitsDone);
                    System.out.flush();
                }

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
