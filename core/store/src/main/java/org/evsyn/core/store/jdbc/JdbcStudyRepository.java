package org.evsyn.core.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.InterventionDetails;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.store.SourceRef;
import org.evsyn.core.store.StoredRecord;
import org.evsyn.core.store.StudyArm;
import org.evsyn.core.store.StudyRepository;
import org.evsyn.core.store.StudySummary;
import org.evsyn.core.store.jdbc.ProvenanceTables.SourceRecords;
import org.evsyn.core.store.jdbc.ReviewTables.StudyExtractions;
import org.evsyn.core.store.jdbc.ReviewTables.StudyLiterature;
import org.evsyn.core.store.jdbc.ReviewTables.StudyRegistrations;
import org.evsyn.core.store.jdbc.ReviewTables.Studies;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** {@link StudyRepository} over the review tables. */
final class JdbcStudyRepository implements StudyRepository {

    private final DSLContext ctx;
    private final ExtractedStudyReader reader;
    private final Object lock;

    JdbcStudyRepository(DSLContext ctx, Object lock) {
        this.ctx = ctx;
        this.reader = new ExtractedStudyReader(ctx);
        this.lock = lock;
    }

    @Override
    public List<StudySummary> studies() {
        synchronized (lock) {
            return ctx.select(Studies.ID, Studies.STUDY_KEY, Studies.LABEL).from(Studies.TABLE)
                    .orderBy(Studies.STUDY_KEY).fetch(r -> summary(r.value1(), r.value2(), r.value3()));
        }
    }

    @Override
    public Optional<StudySummary> study(String studyKey) {
        synchronized (lock) {
            return ctx.select(Studies.ID, Studies.STUDY_KEY, Studies.LABEL).from(Studies.TABLE)
                    .where(Studies.STUDY_KEY.eq(studyKey)).fetchOptional()
                    .map(r -> summary(r.value1(), r.value2(), r.value3()));
        }
    }

    @Override
    public Optional<ExtractedStudy> current(String studyKey) {
        synchronized (lock) {
            return currentView(extractions(studyKey));
        }
    }

    @Override
    public List<StoredRecord<ExtractedStudy>> extractions(String studyKey) {
        List<Field<?>> fields = new ArrayList<>(ExtractedStudyReader.FIELDS);
        fields.addAll(SourceRefs.FIELDS);
        fields.add(SourceRecords.CONTENT);
        synchronized (lock) {
            List<StoredRecord<ExtractedStudy>> out = new ArrayList<>();
            for (Record r : ctx.select(fields).from(StudyExtractions.TABLE)
                    .join(Studies.TABLE).on(Studies.ID.eq(StudyExtractions.STUDY_ID))
                    .join(SourceRecords.TABLE).on(SourceRecords.ID.eq(StudyExtractions.SOURCE_RECORD_ID))
                    .where(Studies.STUDY_KEY.eq(studyKey)).orderBy(StudyExtractions.VERSION).fetch()) {
                ExtractedStudy study = reader.read(r)
                        .withCustomColumns(VerbatimCustomColumns.read(r.get(SourceRecords.CONTENT)));
                out.add(new StoredRecord<>(study, r.get(StudyExtractions.VERSION), SourceRefs.read(r)));
            }
            return List.copyOf(out);
        }
    }

    @Override
    public List<StudyArm> arms(String studyKey) {
        return current(studyKey).map(study -> study.arms().stream().map(arm -> new StudyArm(arm.label(),
                Optional.of(arm.role().name()), arm.n(), interventions(study, arm))).toList()).orElse(List.of());
    }

    @Override
    public List<ArmOutcomeResult> outcomeResults(String studyKey) {
        return current(studyKey).map(ExtractedStudy::results).orElse(List.of());
    }

    /** The extractions the current view is built from, oldest first (see {@link StudyRepository}). */
    static List<StoredRecord<ExtractedStudy>> currentParts(List<StoredRecord<ExtractedStudy>> versions) {
        StoredRecord<ExtractedStudy> characteristics = null;
        StoredRecord<ExtractedStudy> outcomes = null;
        for (StoredRecord<ExtractedStudy> v : versions) {
            ExtractedStudy.Part part = v.payload().part();
            if (part != ExtractedStudy.Part.OUTCOMES) {
                characteristics = v;
            }
            if (part != ExtractedStudy.Part.CHARACTERISTICS) {
                outcomes = v;
            }
        }
        List<StoredRecord<ExtractedStudy>> parts = new ArrayList<>();
        if (characteristics != null) {
            parts.add(characteristics);
        }
        if (outcomes != null && outcomes != characteristics) {
            parts.add(outcomes);
        }
        parts.sort((a, b) -> Integer.compare(a.version(), b.version()));
        return parts;
    }

    private static Optional<ExtractedStudy> currentView(List<StoredRecord<ExtractedStudy>> versions) {
        List<StoredRecord<ExtractedStudy>> parts = currentParts(versions);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        if (parts.size() == 1) {
            return Optional.of(parts.get(0).payload());
        }
        ExtractedStudy newer = parts.get(1).payload();
        ExtractedStudy characteristics = newer.part() == ExtractedStudy.Part.OUTCOMES
                ? parts.get(0).payload() : newer;
        ExtractedStudy outcomes = characteristics == newer ? parts.get(0).payload() : newer;
        try {
            // Results come from the outcomes part only, so a combined sheet's old results are not repeated.
            return Optional.of(withoutResults(characteristics).merge(outcomes));
        } catch (IllegalArgumentException conflict) {
            // The parts disagree (e.g. two arm sizes): the newer extraction wins rather than a guessed mixture.
            return Optional.of(newer);
        }
    }

    private static ExtractedStudy withoutResults(ExtractedStudy s) {
        return s.withResults(List.of());
    }

    private static List<StudyArm.ArmIntervention> interventions(ExtractedStudy study, ExtractedArm arm) {
        Optional<String> name = study.treatment(arm);
        if (arm.role() != ExtractedArm.Role.EXPERIMENTAL || study.intervention().equals(InterventionDetails.none())) {
            return name.map(n -> List.of(new StudyArm.ArmIntervention(Optional.of(n), InterventionDetails.none())))
                    .orElse(List.of());
        }
        return List.of(new StudyArm.ArmIntervention(name, study.intervention()));
    }

    private StudySummary summary(long studyId, String key, String label) {
        List<String> trialIds = ctx.select(StudyRegistrations.TRIAL_ID).from(StudyRegistrations.TABLE)
                .where(StudyRegistrations.STUDY_ID.eq(studyId)).orderBy(StudyRegistrations.TRIAL_ID)
                .fetch(StudyRegistrations.TRIAL_ID);
        List<String> literature = ctx.select(StudyLiterature.NATURAL_KEY).from(StudyLiterature.TABLE)
                .where(StudyLiterature.STUDY_ID.eq(studyId)).orderBy(StudyLiterature.NATURAL_KEY)
                .fetch(StudyLiterature.NATURAL_KEY);
        List<SourceRef> sources = currentParts(extractions(key)).stream().map(StoredRecord::source).toList();
        return new StudySummary(key, Optional.ofNullable(label), trialIds, literature, sources);
    }
}
