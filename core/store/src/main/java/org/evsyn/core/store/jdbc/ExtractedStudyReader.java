package org.evsyn.core.store.jdbc;

import static org.evsyn.core.store.jdbc.TrialRecordReader.opt;
import static org.evsyn.core.store.jdbc.TrialRecordReader.optInt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.InterventionDetails;
import org.evsyn.core.domain.EffectEstimate;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.store.jdbc.ResultTables.OutcomeMeasures;
import org.evsyn.core.store.jdbc.ResultTables.OutcomeResults;
import org.evsyn.core.store.jdbc.ReviewTables.Arms;
import org.evsyn.core.store.jdbc.ReviewTables.ExtractionDoses;
import org.evsyn.core.store.jdbc.ReviewTables.ExtractionTermKind;
import org.evsyn.core.store.jdbc.ReviewTables.ExtractionTerms;
import org.evsyn.core.store.jdbc.ReviewTables.StudyExtractions;
import org.evsyn.core.store.jdbc.ReviewTables.Studies;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** Rebuilds an {@link ExtractedStudy} from the rows of one stored extraction version. */
final class ExtractedStudyReader {

    /** The columns {@link #read} needs from the extraction row joined with its study. */
    static final List<Field<?>> FIELDS = List.of(Studies.STUDY_KEY, StudyExtractions.ID, StudyExtractions.VERSION,
            StudyExtractions.PART, StudyExtractions.FIRST_AUTHOR, StudyExtractions.PUB_YEAR,
            StudyExtractions.REGISTRY_IDS_AS_PRINTED, StudyExtractions.COUNTRY, StudyExtractions.PHASE,
            StudyExtractions.BLINDING, StudyExtractions.STAGE_AS_GIVEN, StudyExtractions.FOLLOWUP_MONTHS,
            StudyExtractions.N_BASIS, StudyExtractions.NOTES, StudyExtractions.AGENT, StudyExtractions.ORIGIN,
            StudyExtractions.ROUTE, StudyExtractions.DOSE_AS_GIVEN, StudyExtractions.DOSE_PER_KG,
            StudyExtractions.TIMING_AS_GIVEN, StudyExtractions.TIMING_DAYS, StudyExtractions.BODY_WEIGHT_KG);

    private final DSLContext ctx;

    ExtractedStudyReader(DSLContext ctx) {
        this.ctx = ctx;
    }

    ExtractedStudy read(Record x) {
        long extractionId = x.get(StudyExtractions.ID);
        List<String> registryIds = new ArrayList<>();
        List<String> sourceRefs = new ArrayList<>();
        for (Record t : ctx.select(ExtractionTerms.KIND, ExtractionTerms.TERM).from(ExtractionTerms.TABLE)
                .where(ExtractionTerms.EXTRACTION_ID.eq(extractionId))
                .orderBy(ExtractionTerms.KIND, ExtractionTerms.ORDINAL).fetch()) {
            (ExtractionTermKind.REGISTRY_ID.name().equals(t.get(ExtractionTerms.KIND)) ? registryIds : sourceRefs)
                    .add(t.get(ExtractionTerms.TERM));
        }
        List<Double> doses = ctx.select(ExtractionDoses.DOSE_PER_KG).from(ExtractionDoses.TABLE)
                .where(ExtractionDoses.EXTRACTION_ID.eq(extractionId)).orderBy(ExtractionDoses.ORDINAL)
                .fetch(ExtractionDoses.DOSE_PER_KG);
        List<ExtractedArm> arms = ctx.select(Arms.LABEL, Arms.ROLE, Arms.N, Arms.TREATMENT).from(Arms.TABLE)
                .where(Arms.EXTRACTION_ID.eq(extractionId)).orderBy(Arms.ORDINAL)
                .fetch(r -> new ExtractedArm(r.value1(), ExtractedArm.Role.stored(r.value2()), optInt(r.value3()),
                        Optional.ofNullable(r.value4())));
        InterventionDetails intervention = new InterventionDetails(opt(x, StudyExtractions.AGENT),
                opt(x, StudyExtractions.ORIGIN).map(InterventionDetails.Origin::valueOf),
                opt(x, StudyExtractions.ROUTE), opt(x, StudyExtractions.DOSE_AS_GIVEN),
                optDouble(x.get(StudyExtractions.DOSE_PER_KG)), opt(x, StudyExtractions.TIMING_AS_GIVEN),
                optDouble(x.get(StudyExtractions.TIMING_DAYS)));
        return new ExtractedStudy(x.get(Studies.STUDY_KEY),
                ExtractedStudy.Part.valueOf(x.get(StudyExtractions.PART)), opt(x, StudyExtractions.FIRST_AUTHOR),
                optInt(x.get(StudyExtractions.PUB_YEAR)), opt(x, StudyExtractions.REGISTRY_IDS_AS_PRINTED),
                registryIds, opt(x, StudyExtractions.COUNTRY), opt(x, StudyExtractions.PHASE),
                opt(x, StudyExtractions.BLINDING),
                intervention, doses, optDouble(x.get(StudyExtractions.BODY_WEIGHT_KG)),
                opt(x, StudyExtractions.STAGE_AS_GIVEN),
                optDouble(x.get(StudyExtractions.FOLLOWUP_MONTHS)), arms, opt(x, StudyExtractions.N_BASIS),
                results(extractionId), sourceRefs, opt(x, StudyExtractions.NOTES));
    }

    private List<ArmOutcomeResult> results(long extractionId) {
        List<Field<?>> fields = new ArrayList<>(List.of(OutcomeMeasures.TITLE, Arms.LABEL, OutcomeResults.TIME_POINT,
                OutcomeResults.TIME_POINT_DAYS, OutcomeResults.COUNT_KIND, OutcomeResults.RAW_TEXT,
                OutcomeResults.SOURCE_REF, OutcomeResults.SOURCE_REFS, OutcomeResults.COMMENT,
                OutcomeResults.VALUE_KIND, OutcomeResults.N.value(), OutcomeResults.MEAN.value(),
                OutcomeResults.SD.value(), OutcomeResults.MEDIAN.value(), OutcomeResults.Q1.value(),
                OutcomeResults.Q3.value(), OutcomeResults.EVENTS.value(), OutcomeResults.VALUE.value(),
                OutcomeResults.SPREAD.value(), OutcomeResults.LOWER.value(), OutcomeResults.UPPER.value(),
                OutcomeResults.CI_LEVEL));
        return ctx.select(fields).from(OutcomeResults.TABLE)
                .join(Arms.TABLE).on(Arms.ID.eq(OutcomeResults.ARM_ID))
                .join(OutcomeMeasures.TABLE).on(OutcomeMeasures.ID.eq(OutcomeResults.MEASURE_ID))
                .where(Arms.EXTRACTION_ID.eq(extractionId))
                .orderBy(OutcomeResults.ORDINAL)
                .fetch(r -> {
                    String refs = r.get(OutcomeResults.SOURCE_REFS);
                    String valueKind = r.get(OutcomeResults.VALUE_KIND);
                    return new ArmOutcomeResult(r.get(OutcomeMeasures.TITLE),
                            optDouble(r.get(OutcomeResults.TIME_POINT_DAYS)), opt(r, OutcomeResults.TIME_POINT),
                            r.get(Arms.LABEL), integer(r.get(OutcomeResults.N.value())),
                            optDouble(r.get(OutcomeResults.MEAN.value())), optDouble(r.get(OutcomeResults.SD.value())),
                            optDouble(r.get(OutcomeResults.MEDIAN.value())), optDouble(r.get(OutcomeResults.Q1.value())),
                            optDouble(r.get(OutcomeResults.Q3.value())), integer(r.get(OutcomeResults.EVENTS.value())),
                            ArmOutcomeResult.CountKind.valueOf(r.get(OutcomeResults.COUNT_KIND)),
                            // Rows written before value kinds were recorded say nothing: final values.
                            valueKind == null ? ArmOutcomeResult.ValueKind.FINAL
                                    : ArmOutcomeResult.ValueKind.valueOf(valueKind),
                            opt(r, OutcomeResults.RAW_TEXT),
                            refs == null || refs.isEmpty() ? List.of() : Arrays.asList(refs.split("\n", -1)),
                            opt(r, OutcomeResults.SOURCE_REF), opt(r, OutcomeResults.COMMENT), estimate(r));
                });
    }

    /** An extracted row's study-level estimate; rows written before schema 4 have none. */
    private static Optional<EffectEstimate> estimate(Record r) {
        Double effect = r.get(OutcomeResults.VALUE.value());
        if (effect == null) {
            return Optional.empty();
        }
        Double level = r.get(OutcomeResults.CI_LEVEL);
        return Optional.of(new EffectEstimate(effect, optDouble(r.get(OutcomeResults.SPREAD.value())),
                optDouble(r.get(OutcomeResults.LOWER.value())), optDouble(r.get(OutcomeResults.UPPER.value())),
                level == null ? 95 : level));
    }

    static OptionalDouble optDouble(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static OptionalInt integer(Double value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of((int) Math.round(value));
    }
}
