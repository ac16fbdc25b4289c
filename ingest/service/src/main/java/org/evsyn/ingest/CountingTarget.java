package org.evsyn.ingest;

import java.util.ArrayList;
import java.util.List;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.store.ImportBody;
import org.evsyn.core.store.ImportFailedException;
import org.evsyn.core.store.ImportRequest;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.ImportWriter;
import org.evsyn.core.store.StoreOutcome;

/** Runs an import body without a store, counting what would have been stored (parse-only runs). */
final class CountingTarget {

    ImportSummary run(ImportRequest request, ImportBody body) {
        int[] stored = new int[1];
        List<ImportSummary.Rejection> rejected = new ArrayList<>();
        ImportWriter writer = new ImportWriter() {
            @Override
            public StoreOutcome store(ParsedRecord record) {
                stored[0]++;
                return StoreOutcome.NEW;
            }

            @Override
            public void reject(String recordRef, String reason) {
                rejected.add(new ImportSummary.Rejection(recordRef, reason));
            }
        };
        try {
            body.run(writer);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ImportFailedException(request.fileName() + ": " + e.getMessage(), e);
        }
        return new ImportSummary(0, stored[0] + rejected.size(), stored[0], 0, 0, rejected);
    }
}
