package org.evsyn.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportBody;
import org.evsyn.core.store.ImportFailedException;
import org.evsyn.core.store.ImportRequest;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.ImportWriter;
import org.evsyn.core.store.LiteratureRepository;
import org.evsyn.core.store.RegistrationRepository;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.StoreOutcome;
import org.evsyn.core.store.StudyRepository;

/**
 * An in-memory store with the transaction semantics of the real one: records are versioned by external id and
 * content hash; an import that throws (or, strict, rejects) leaves the store exactly as before.
 */
final class FakeEvidenceStore implements EvidenceStore {

    /** External id to content hashes of its versions, oldest first. */
    private Map<String, List<String>> versions = new LinkedHashMap<>();
    private final Map<String, ParsedRecord> latest = new LinkedHashMap<>();
    private long batches;

    @Override
    public org.evsyn.core.store.StoreLocation location() {
        return org.evsyn.core.store.StoreLocation.file(Path.of("memory"));
    }

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public StoreCounts counts() {
        return new StoreCounts(versions.size(), 0, 0, 0, 0, 0, 0, batches);
    }

    /** A copy of the versions map, for "exactly as before" checks. */
    Map<String, List<String>> snapshot() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        versions.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    Optional<ParsedRecord> latest(String externalId) {
        return Optional.ofNullable(latest.get(externalId));
    }

    @Override
    public ImportSummary runImport(ImportRequest request, ImportBody body) {
        Map<String, List<String>> work = new LinkedHashMap<>();
        versions.forEach((k, v) -> work.put(k, new ArrayList<>(v)));
        Map<String, ParsedRecord> touched = new LinkedHashMap<>();
        int[] counts = new int[3];
        List<ImportSummary.Rejection> rejected = new ArrayList<>();
        ImportWriter writer = new ImportWriter() {
            @Override
            public StoreOutcome store(ParsedRecord record) {
                SourceRecord s = record.source();
                List<String> v = work.computeIfAbsent(s.externalId(), k -> new ArrayList<>());
                touched.put(s.externalId(), record);
                if (v.isEmpty()) {
                    v.add(s.sha256());
                    counts[0]++;
                    return StoreOutcome.NEW;
                }
                if (v.get(v.size() - 1).equals(s.sha256())) {
                    counts[1]++;
                    return StoreOutcome.UNCHANGED;
                }
                v.add(s.sha256());
                counts[2]++;
                return StoreOutcome.NEW_VERSION;
            }

            @Override
            public void reject(String recordRef, String reason) {
                rejected.add(new ImportSummary.Rejection(recordRef, reason));
            }
        };
        try {
            body.run(writer);
        } catch (Exception e) {
            throw new ImportFailedException(request.fileName() + ": rolled back: " + e.getMessage(), e);
        }
        if (request.strict() && !rejected.isEmpty()) {
            throw new ImportFailedException(request.fileName() + ": rolled back: " + rejected.size() + " rejected");
        }
        versions = work;
        latest.putAll(touched);
        batches++;
        int read = counts[0] + counts[1] + counts[2] + rejected.size();
        return new ImportSummary(batches, read, counts[0], counts[1], counts[2], rejected);
    }

    @Override
    public RegistrationRepository registrations() {
        throw new UnsupportedOperationException("not needed by ingest tests");
    }

    @Override
    public LiteratureRepository literature() {
        throw new UnsupportedOperationException("not needed by ingest tests");
    }

    @Override
    public StudyRepository studies() {
        throw new UnsupportedOperationException("not needed by ingest tests");
    }

    @Override
    public Optional<SourceRecord> sourceRecord(long sourceRecordId) {
        return Optional.empty();
    }

    @Override
    public void close() {
    }
}
