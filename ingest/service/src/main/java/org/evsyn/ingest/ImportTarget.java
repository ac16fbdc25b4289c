package org.evsyn.ingest;

import java.util.Optional;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportBody;
import org.evsyn.core.store.ImportProgress;
import org.evsyn.core.store.ImportRequest;
import org.evsyn.core.store.ImportSummary;

/** Where an import runs: a store's transactions, or just a count. */
interface ImportTarget {

    /** Runs one import (or one chunk of one) as a transaction. */
    ImportSummary run(ImportRequest request, ImportBody body);

    /** How far an earlier chunked import of the file got. */
    default Optional<ImportProgress> progress(String fileSha256, String adapterId) {
        return Optional.empty();
    }

    static ImportTarget of(EvidenceStore store) {
        return new ImportTarget() {
            @Override
            public ImportSummary run(ImportRequest request, ImportBody body) {
                return store.runImport(request, body);
            }

            @Override
            public Optional<ImportProgress> progress(String fileSha256, String adapterId) {
                return store.importProgress(fileSha256, adapterId);
            }
        };
    }
}
