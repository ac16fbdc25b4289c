package org.evsyn.core.review.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.StoredRecord;

/** A stored record as the screening page shows it. */
final class ScreeningRecords {

    private ScreeningRecords() {
    }

    /**
     * The record with this key ({@code lit:...} or {@code reg:...}), from its current stored version.
     *
     * @throws IllegalStateException when the store does not hold it
     */
    static ScreeningRecord of(EvidenceStore store, String key) {
        String id = key.substring(4);
        if (key.startsWith("reg:")) {
            Registration r = store.registrations().current(id).map(t -> t.payload().registration())
                    .orElseThrow(() -> missing(key));
            return registration(key, r);
        }
        LiteratureRecord l = store.literature().current(id).map(StoredRecord::payload).orElseThrow(() -> missing(key));
        return new ScreeningRecord(key, l.title(), l.abstractText(), l.keywords(), l.journal(), l.year(),
                l.registryIds());
    }

    /**
     * A registration has no abstract in the store; its summary line says what a screener needs: conditions, design,
     * phase, enrolment and sponsor.
     */
    private static ScreeningRecord registration(String key, Registration r) {
        List<String> parts = new ArrayList<>();
        if (!r.conditions().isEmpty()) {
            parts.add("Conditions: " + String.join("; ", r.conditions()));
        }
        if (!r.phases().isEmpty()) {
            parts.add("Phase: " + String.join(", ", r.phases()));
        }
        r.enrollment().ifPresent(n -> parts.add("Enrolment: " + n));
        r.overallStatus().ifPresent(s -> parts.add("Status: " + s));
        r.sponsor().ifPresent(s -> parts.add("Sponsor: " + s));
        List<String> ids = new ArrayList<>(List.of(r.trialId()));
        r.secondaryIds().forEach(s -> ids.add(s.id()));
        OptionalInt year = r.startDate().map(d -> OptionalInt.of(d.year()))
                .or(() -> r.firstPosted().map(d -> OptionalInt.of(d.year()))).orElse(OptionalInt.empty());
        return new ScreeningRecord(key, r.officialTitle().orElse(r.briefTitle()),
                parts.isEmpty() ? Optional.empty() : Optional.of(String.join(". ", parts) + "."), r.conditions(),
                Optional.empty(), year, ids);
    }

    private static IllegalStateException missing(String key) {
        return new IllegalStateException("the evidence store does not hold record " + key);
    }
}
