package org.evsyn.core.store.jdbc;

import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.jdbc.LiteratureTables.LiteratureRecords;
import org.evsyn.core.store.jdbc.ProvenanceTables.ImportBatches;
import org.evsyn.core.store.jdbc.RegistryTables.Registrations;
import org.evsyn.core.store.jdbc.ResultTables.AdverseEvents;
import org.evsyn.core.store.jdbc.ResultTables.OutcomeMeasures;
import org.evsyn.core.store.jdbc.ResultTables.OutcomeResults;
import org.evsyn.core.store.jdbc.ReviewTables.Arms;
import org.evsyn.core.store.jdbc.ReviewTables.Studies;
import org.evsyn.core.store.jdbc.ReviewTables.StudyExtractions;
import org.evsyn.core.store.jdbc.ProvenanceTables.SourceRecords;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Counts what a user thinks the store holds: trials and literature records once each however many versions are
 * stored, and the measures, results, adverse events and arms of their current versions only (baseline measures are not
 * counted as outcome measures). Import batches are
 * every committed import, including those that found nothing new.
 */
final class StoreCountsQuery {

    private StoreCountsQuery() {
    }

    static StoreCounts count(DSLContext ctx) {
        Condition currentRegistration = OutcomeMeasures.REGISTRATION_ID.in(currentRegistrationIds());
        Condition currentExtraction = OutcomeMeasures.SOURCE_RECORD_ID.in(currentExtractionIds("CHARACTERISTICS"));
        Condition currentMeasure = OutcomeMeasures.MODULE.ne("BASELINE")
                .and(currentRegistration.or(currentExtraction));
        long registrations = ctx.fetchCount(DSL.selectDistinct(Registrations.REGISTRY, Registrations.TRIAL_ID)
                .from(Registrations.TABLE));
        long literature = ctx.fetchCount(DSL.selectDistinct(LiteratureRecords.NATURAL_KEY)
                .from(LiteratureRecords.TABLE));
        long studies = ctx.fetchCount(Studies.TABLE);
        // A study's arms are the union (by label) of its current characteristics and outcomes extractions.
        long arms = ctx.fetchCount(DSL.selectDistinct(Arms.STUDY_ID, Arms.LABEL).from(Arms.TABLE)
                .where(Arms.EXTRACTION_ID.isNull()
                        .or(Arms.SOURCE_RECORD_ID.in(currentExtractionIds("OUTCOMES")))
                        .or(Arms.SOURCE_RECORD_ID.in(currentExtractionIds("CHARACTERISTICS")))));
        long measures = ctx.fetchCount(OutcomeMeasures.TABLE, currentMeasure);
        long results = ctx.fetchCount(DSL.selectOne().from(OutcomeResults.TABLE).join(OutcomeMeasures.TABLE)
                .on(OutcomeMeasures.ID.eq(OutcomeResults.MEASURE_ID)).where(currentMeasure));
        long adverseEvents = ctx.fetchCount(AdverseEvents.TABLE,
                AdverseEvents.REGISTRATION_ID.in(currentRegistrationIds()));
        long batches = ctx.fetchCount(ImportBatches.TABLE);
        return new StoreCounts(registrations, literature, studies, arms, measures, results, adverseEvents, batches);
    }

    /** Each trial's current version: the first by {@link RegistryClock#NEWEST_FIRST}. */
    private static org.jooq.Select<org.jooq.Record1<Long>> currentRegistrationIds() {
        Field<Long> id = Registrations.ID.as("registration_id");
        Field<Integer> rank = DSL.rowNumber().over(DSL.partitionBy(Registrations.REGISTRY, Registrations.TRIAL_ID)
                .orderBy(RegistryClock.NEWEST_FIRST)).as("newest");
        Table<?> ranked = DSL.select(id, rank).from(Registrations.TABLE).join(SourceRecords.TABLE)
                .on(SourceRecords.ID.eq(Registrations.SOURCE_RECORD_ID)).asTable("ranked");
        return DSL.select(ranked.field(id)).from(ranked).where(ranked.field(rank).eq(1));
    }

    /**
     * Source records of each study's latest extraction that is not of the given part: excluding OUTCOMES gives
     * the current characteristics, excluding CHARACTERISTICS the current results (see {@code StudyRepository}).
     */
    private static org.jooq.Select<org.jooq.Record1<Long>> currentExtractionIds(String excludedPart) {
        return DSL.select(DSL.max(StudyExtractions.SOURCE_RECORD_ID)).from(StudyExtractions.TABLE)
                .where(StudyExtractions.PART.ne(excludedPart))
                .groupBy(StudyExtractions.STUDY_ID);
    }
}
