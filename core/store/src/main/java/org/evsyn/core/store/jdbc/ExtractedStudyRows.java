package org.evsyn.core.store.jdbc;

import static org.evsyn.core.store.jdbc.TrialRecordRows.integer;
import static org.evsyn.core.store.jdbc.TrialRecordRows.row;
import static org.evsyn.core.store.jdbc.TrialRecordRows.text;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.EffectEstimate;
import org.evsyn.core.domain.InterventionDetails;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.NumericValue;
import org.evsyn.core.store.jdbc.ResultTables.OutcomeMeasures;
import org.evsyn.core.store.jdbc.ReviewTables.Arms;
import org.evsyn.core.store.jdbc.ReviewTables.ExtractionTermKind;
import org.evsyn.core.store.jdbc.ReviewTables.StudyExtractions;
import org.evsyn.core.store.jdbc.ReviewTables.Studies;
import org.jooq.DSLContext;

/**
 * Turns an {@link ExtractedStudy} into queued rows: the study (created on its first extraction), one extraction
 * version, its arms, what its experimental arms received, one outcome measure per outcome name and one
 * outcome result per sheet row.
 */
final class ExtractedStudyRows {

    private final DSLContext ctx;
    private final WriteBuffers buffers;
    private final IdAllocator ids;
    private final boolean storeWasEmpty;
    private final Map<String, Long> studyIds = new HashMap<>();
    private final Map<Long, Integer> extractionVersions = new HashMap<>();

    ExtractedStudyRows(DSLContext ctx, WriteBuffers buffers, IdAllocator ids, boolean storeWasEmpty) {
        this.ctx = ctx;
        this.buffers = buffers;
        this.ids = ids;
        this.storeWasEmpty = storeWasEmpty;
    }

    /** Queues every row of {@code study} from source record {@code sourceId}; {@code now} stamps a new study. */
    void add(long sourceId, ExtractedStudy study, String now) {
        long studyId = studyId(sourceId, study, now);
        int version = extractionVersions.computeIfAbsent(studyId, this::storedExtractionVersion) + 1;
        extractionVersions.put(studyId, version);
        long extractionId = ids.next(StudyExtractions.TABLE, StudyExtractions.ID);
        InterventionDetails t = study.intervention();
        buffers.studyExtractions.add(extractionId, studyId, sourceId, version, study.part().name(),
                text(study.firstAuthor()), integer(study.year()), text(study.registryIdsAsPrinted()),
                text(study.country()), text(study.phase()), text(study.blinding()),
                text(study.stageAsGiven()), real(study.followupMonths()), text(study.nBasis()),
                text(study.notes()), text(t.agent()), t.origin().map(Enum::name).orElse(null), text(t.route()),
                text(t.doseAsGiven()), real(t.dosePerKg()), text(t.timingAsGiven()), real(t.timingDays()),
                real(study.bodyWeightKg()));
        terms(extractionId, ExtractionTermKind.REGISTRY_ID, study.registryIds());
        terms(extractionId, ExtractionTermKind.SOURCE_REF, study.sourceRefs());
        for (int i = 0; i < study.dosesPerKg().size(); i++) {
            buffers.extractionDoses.add(extractionId, i, study.dosesPerKg().get(i));
        }
        for (String trialId : study.registryIds()) {
            buffers.studyRegistrations.add(studyId, trialId, sourceId);
        }
        Map<String, Long> armIds = new HashMap<>();
        for (int i = 0; i < study.arms().size(); i++) {
            ExtractedArm arm = study.arms().get(i);
            long armId = ids.next(Arms.TABLE, Arms.ID);
            armIds.put(arm.label(), armId);
            buffers.studyArms.add(armId, studyId, extractionId, sourceId, i, arm.label(), arm.role().name(),
                    integer(arm.n()), null, arm.treatment().orElse(null));
            // The sheet gives one intervention per study; it is what every experimental arm received.
            if (arm.role() == ExtractedArm.Role.EXPERIMENTAL && !t.equals(InterventionDetails.none())) {
                buffers.studyInterventions.add(armId, 0, null, text(t.agent()),
                        t.origin().map(Enum::name).orElse(null), text(t.route()), text(t.doseAsGiven()),
                        real(t.dosePerKg()), text(t.timingAsGiven()), real(t.timingDays()));
            }
        }
        Map<String, Long> measureIds = new LinkedHashMap<>();
        for (int j = 0; j < study.results().size(); j++) {
            ArmOutcomeResult r = study.results().get(j);
            long measureId = measureIds.computeIfAbsent(r.outcome(), outcome -> {
                long id = ids.next(OutcomeMeasures.TABLE, OutcomeMeasures.ID);
                buffers.outcomeMeasures.add(id, sourceId, null, studyId, "EXTRACTION", measureIds.size(), null,
                        outcome, null, null, null, "NONE", null, null, null, null);
                return id;
            });
            // Ordinals run over the whole sheet, so ordering by them gives the rows back in sheet order.
            buffers.extractedResults.add(row(new Object[] {measureId, "EXTRACTION", j, armIds.get(r.armLabel()),
                text(r.timepointAsPrinted()), real(r.timepointDays()), r.countKind().name(),
                text(r.statisticAsPrinted()), text(r.tableOrPage()), String.join("\n", r.sourceRefs()),
                text(r.notes()), r.valueKind().name(), r.estimate().map(EffectEstimate::ciLevel).orElse(null)},
                    number(r.n()), number(r.mean()), number(r.sd()), number(r.median()), number(r.q1()),
                    number(r.q3()), number(r.events()),
                    number(r.estimate().map(e -> OptionalDouble.of(e.effect())).orElse(OptionalDouble.empty())),
                    number(r.estimate().map(EffectEstimate::se).orElse(OptionalDouble.empty())),
                    number(r.estimate().map(EffectEstimate::ciLower).orElse(OptionalDouble.empty())),
                    number(r.estimate().map(EffectEstimate::ciUpper).orElse(OptionalDouble.empty()))));
        }
    }

    private long studyId(long sourceId, ExtractedStudy study, String now) {
        Long known = studyIds.computeIfAbsent(study.studyId(), key -> storeWasEmpty ? null
                : ctx.select(Studies.ID).from(Studies.TABLE).where(Studies.STUDY_KEY.eq(key)).fetchOne(Studies.ID));
        if (known != null) {
            return known;
        }
        long id = ids.next(Studies.TABLE, Studies.ID);
        buffers.studies.add(id, study.studyId(), label(study), sourceId, now);
        studyIds.put(study.studyId(), id);
        return id;
    }

    private int storedExtractionVersion(long studyId) {
        if (storeWasEmpty) {
            return 0;
        }
        Integer max = ctx.select(org.jooq.impl.DSL.max(StudyExtractions.VERSION)).from(StudyExtractions.TABLE)
                .where(StudyExtractions.STUDY_ID.eq(studyId)).fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    /** "First author year" when the sheet gave them, the way reviews label studies in forest plots. */
    private static String label(ExtractedStudy study) {
        if (study.firstAuthor().isEmpty()) {
            return null;
        }
        return study.firstAuthor().get() + (study.year().isPresent() ? " " + study.year().getAsInt() : "");
    }

    private void terms(long extractionId, ExtractionTermKind kind, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            buffers.extractionTerms.add(extractionId, kind.name(), i, values.get(i));
        }
    }

    private static Double real(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static Object[] number(OptionalDouble value) {
        return NumericColumns.bind(value.isPresent() ? NumericValue.of(value.getAsDouble()) : NumericValue.missing());
    }

    private static Object[] number(OptionalInt value) {
        return NumericColumns.bind(value.isPresent() ? NumericValue.of(value.getAsInt()) : NumericValue.missing());
    }
}
