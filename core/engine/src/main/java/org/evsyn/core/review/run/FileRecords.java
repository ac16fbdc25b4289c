package org.evsyn.core.review.run;

import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.ingest.IngestListener;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which records a review's own files hold, by kind, learnt from the pass that ingests (or reads) them: the studies
 * of its extraction sheets, the registrations and the literature records of its exports. The review analyses these,
 * whatever else a shared store holds.
 */
final class FileRecords implements IngestListener {

    private final Set<String> studies = new LinkedHashSet<>();
    private final Set<String> registrations = new LinkedHashSet<>();
    private final Set<String> literature = new LinkedHashSet<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private int exportRecords;
    private int registrationRecords;

    @Override
    public void recordAccepted(ParsedRecord record) {
        if (record.payload() instanceof TrialRecord t) {
            String id = t.registration().trialId();
            registrations.add(id);
            exportRecords++;
            registrationRecords++;
            alias(id, "reg:" + id);
        } else if (record.payload() instanceof LiteratureRecord l) {
            String key = l.externalId();
            literature.add(key);
            exportRecords++;
            String ref = "lit:" + key;
            alias(key, ref);
            l.pmid().ifPresent(p -> {
                alias(p, ref);
                alias("pmid:" + p, ref);
            });
            l.doi().ifPresent(d -> {
                alias(d, ref);
                alias("doi:" + d, ref);
            });
            l.recordId().ifPresent(i -> alias("id:" + i, ref));
        } else {
            studies.add(record.payload().externalId());
        }
    }

    // The first record known by an id keeps it; records sharing an id are linked as duplicates anyway.
    private void alias(String id, String ref) {
        aliases.putIfAbsent(id.trim().toLowerCase(Locale.ROOT), ref);
    }

    /**
     * The record ({@code reg:<trial id>} or {@code lit:<natural key>}) a screening sheet's id names: a trial id, a
     * PMID, a DOI, or a literature key ({@code pmid:...}, {@code doi:...}, {@code id:...}), without regard to case.
     */
    Optional<String> recordNamed(String id) {
        return Optional.ofNullable(aliases.get(id.trim().toLowerCase(Locale.ROOT)));
    }

    /** Every id a record of the exports is known by (lower case), mapped to the record. */
    Map<String, String> aliases() {
        return aliases;
    }

    /** Records the exports held, each export's records counted (a record two exports list counts twice). */
    int exportRecords() {
        return exportRecords;
    }

    /** Of {@link #exportRecords()}, the registrations. */
    int registrationRecords() {
        return registrationRecords;
    }

    /** Extraction-sheet study ids, in sheet order. */
    Set<String> studies() {
        return studies;
    }

    /** Registry trial ids. */
    Set<String> registrations() {
        return registrations;
    }

    /** Literature natural keys (pmid:..., doi:..., id:...). */
    Set<String> literature() {
        return literature;
    }

    /** Registrations and literature records together: what PRISMA counts as identified. */
    int records() {
        return registrations.size() + literature.size();
    }

    /** Adds what {@code others} hold. */
    void addAll(Collection<FileRecords> others) {
        for (FileRecords o : others) {
            studies.addAll(o.studies);
            registrations.addAll(o.registrations);
            literature.addAll(o.literature);
            o.aliases.forEach(aliases::putIfAbsent);
            exportRecords += o.exportRecords;
            registrationRecords += o.registrationRecords;
        }
    }
}
