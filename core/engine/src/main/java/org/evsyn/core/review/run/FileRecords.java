package org.evsyn.core.review.run;

import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.ingest.IngestListener;

import java.util.Collection;
import java.util.LinkedHashSet;
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

    @Override
    public void recordAccepted(ParsedRecord record) {
        if (record.payload() instanceof TrialRecord t) {
            registrations.add(t.registration().trialId());
        } else if (record.payload() instanceof LiteratureRecord l) {
            literature.add(l.externalId());
        } else {
            studies.add(record.payload().externalId());
        }
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
        }
    }
}
