package org.evsyn.core.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.evsyn.core.store.jdbc.LiteratureTables.Authors;
import org.evsyn.core.store.jdbc.LiteratureTables.Keywords;
import org.evsyn.core.store.jdbc.LiteratureTables.LiteratureRecords;
import org.evsyn.core.store.jdbc.LiteratureTables.RegistryIds;
import org.evsyn.core.store.jdbc.ProvenanceTables.SourceRecords;
import org.evsyn.core.store.jdbc.RegistryTables.ArmInterventions;
import org.evsyn.core.store.jdbc.RegistryTables.Arms;
import org.evsyn.core.store.jdbc.RegistryTables.InterventionNames;
import org.evsyn.core.store.jdbc.RegistryTables.Interventions;
import org.evsyn.core.store.jdbc.RegistryTables.ProtocolOutcomes;
import org.evsyn.core.store.jdbc.RegistryTables.References;
import org.evsyn.core.store.jdbc.RegistryTables.Registrations;
import org.evsyn.core.store.jdbc.RegistryTables.SecondaryIds;
import org.evsyn.core.store.jdbc.RegistryTables.Terms;
import org.evsyn.core.store.jdbc.ResultTables.AdverseEventCounts;
import org.evsyn.core.store.jdbc.ResultTables.AdverseEventTotals;
import org.evsyn.core.store.jdbc.ResultTables.AdverseEvents;
import org.evsyn.core.store.jdbc.ResultTables.Analyses;
import org.evsyn.core.store.jdbc.ResultTables.OutcomeMeasures;
import org.evsyn.core.store.jdbc.ResultTables.OutcomeResults;
import org.evsyn.core.store.jdbc.ResultTables.ParticipantFlow;
import org.evsyn.core.store.jdbc.ResultTables.ResultGroups;
import org.evsyn.core.store.jdbc.ReviewTables.ExtractionDoses;
import org.evsyn.core.store.jdbc.ReviewTables.ExtractionTerms;
import org.evsyn.core.store.jdbc.ReviewTables.StudyExtractions;
import org.evsyn.core.store.jdbc.ReviewTables.StudyLiterature;
import org.evsyn.core.store.jdbc.ReviewTables.StudyRegistrations;
import org.evsyn.core.store.jdbc.ReviewTables.Studies;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The row buffers of one import, one per table, flushed parents first so every foreign key already points at a
 * written row. The column order of each buffer is the order its {@code add} calls must follow.
 */
final class WriteBuffers {

    /** The content column takes each record's {@link org.evsyn.core.domain.VerbatimText}. */
    final RowBuffer sourceRecords = new RowBuffer(SourceRecords.TABLE, List.of(SourceRecords.ID,
            SourceRecords.BATCH_ID, SourceRecords.FORMAT, SourceRecords.EXTERNAL_ID, SourceRecords.VERSION,
            SourceRecords.PAYLOAD_KIND, SourceRecords.LOCATOR, SourceRecords.SHA256, SourceRecords.IDENTITY_SHA256,
            SourceRecords.CONTENT), false, Set.of(SourceRecords.CONTENT));

    final RowBuffer registrations = buffer(Registrations.TABLE.getName(), List.of(Registrations.ID,
            Registrations.SOURCE_RECORD_ID, Registrations.REGISTRY, Registrations.TRIAL_ID, Registrations.VERSION,
            Registrations.BRIEF_TITLE, Registrations.OFFICIAL_TITLE, Registrations.ACRONYM,
            Registrations.OVERALL_STATUS, Registrations.LAST_KNOWN_STATUS, Registrations.STUDY_TYPE,
            Registrations.ALLOCATION, Registrations.INTERVENTION_MODEL, Registrations.PRIMARY_PURPOSE,
            Registrations.MASKING, Registrations.ENROLLMENT, Registrations.ENROLLMENT_TYPE, Registrations.START_DATE,
            Registrations.PRIMARY_COMPLETION_DATE, Registrations.COMPLETION_DATE, Registrations.FIRST_POSTED,
            Registrations.LAST_UPDATED, Registrations.SPONSOR, Registrations.HAS_RESULTS, Registrations.START_DATE_TYPE,
            Registrations.PRIMARY_COMPLETION_DATE_TYPE, Registrations.COMPLETION_DATE_TYPE,
            Registrations.AE_TIME_FRAME, Registrations.AE_DESCRIPTION, Registrations.AE_FREQUENCY_THRESHOLD.raw(),
            Registrations.AE_FREQUENCY_THRESHOLD.value(), Registrations.AE_FREQUENCY_THRESHOLD.bound(),
            Registrations.AE_FREQUENCY_THRESHOLD.note()));

    final RowBuffer references = buffer(References.TABLE.getName(), List.of(References.REGISTRATION_ID,
            References.ORDINAL, References.PMID, References.REFERENCE_TYPE, References.CITATION));

    final RowBuffer protocolOutcomes = buffer(ProtocolOutcomes.TABLE.getName(), List.of(
            ProtocolOutcomes.REGISTRATION_ID, ProtocolOutcomes.ORDINAL, ProtocolOutcomes.KIND,
            ProtocolOutcomes.MEASURE, ProtocolOutcomes.DESCRIPTION, ProtocolOutcomes.TIME_FRAME));

    final RowBuffer adverseEventTotals = buffer(AdverseEventTotals.TABLE.getName(), List.of(
            AdverseEventTotals.REGISTRATION_ID, AdverseEventTotals.ORDINAL, AdverseEventTotals.GROUP_ID,
            AdverseEventTotals.KIND, AdverseEventTotals.AFFECTED, AdverseEventTotals.AT_RISK));

    final RowBuffer secondaryIds = buffer(SecondaryIds.TABLE.getName(), List.of(SecondaryIds.REGISTRATION_ID,
            SecondaryIds.ORDINAL, SecondaryIds.SECONDARY_ID, SecondaryIds.ID_TYPE));

    final RowBuffer terms = buffer(Terms.TABLE.getName(),
            List.of(Terms.REGISTRATION_ID, Terms.KIND, Terms.ORDINAL, Terms.TERM));

    final RowBuffer registrationArms = buffer(Arms.TABLE.getName(), List.of(Arms.ID, Arms.REGISTRATION_ID,
            Arms.ORDINAL, Arms.LABEL, Arms.ARM_TYPE, Arms.DESCRIPTION));

    final RowBuffer armInterventions = buffer(ArmInterventions.TABLE.getName(),
            List.of(ArmInterventions.ARM_ID, ArmInterventions.ORDINAL, ArmInterventions.INTERVENTION_NAME));

    final RowBuffer registrationInterventions = buffer(Interventions.TABLE.getName(), List.of(Interventions.ID,
            Interventions.REGISTRATION_ID, Interventions.ORDINAL, Interventions.NAME,
            Interventions.INTERVENTION_TYPE, Interventions.DESCRIPTION));

    final RowBuffer interventionNames = buffer(InterventionNames.TABLE.getName(), List.of(
            InterventionNames.INTERVENTION_ID, InterventionNames.KIND, InterventionNames.ORDINAL,
            InterventionNames.NAME));

    final RowBuffer literatureRecords = buffer(LiteratureRecords.TABLE.getName(), List.of(LiteratureRecords.ID,
            LiteratureRecords.SOURCE_RECORD_ID, LiteratureRecords.NATURAL_KEY, LiteratureRecords.VERSION,
            LiteratureRecords.SOURCE, LiteratureRecords.RECORD_ID, LiteratureRecords.PMID, LiteratureRecords.DOI,
            LiteratureRecords.TITLE, LiteratureRecords.PUB_YEAR, LiteratureRecords.JOURNAL, LiteratureRecords.VOLUME,
            LiteratureRecords.ISSUE, LiteratureRecords.PAGES, LiteratureRecords.ABSTRACT_TEXT,
            LiteratureRecords.LANGUAGE));

    final RowBuffer authors = buffer(Authors.TABLE.getName(),
            List.of(Authors.LITERATURE_RECORD_ID, Authors.ORDINAL, Authors.NAME));

    final RowBuffer keywords = buffer(Keywords.TABLE.getName(),
            List.of(Keywords.LITERATURE_RECORD_ID, Keywords.KIND, Keywords.ORDINAL, Keywords.TERM));

    final RowBuffer literatureRegistryIds = buffer(RegistryIds.TABLE.getName(),
            List.of(RegistryIds.LITERATURE_RECORD_ID, RegistryIds.ORDINAL, RegistryIds.REGISTRY_ID));

    final RowBuffer studies = buffer(Studies.TABLE.getName(), List.of(Studies.ID, Studies.STUDY_KEY,
            Studies.LABEL, Studies.SOURCE_RECORD_ID, Studies.CREATED_AT));

    final RowBuffer studyExtractions = buffer(StudyExtractions.TABLE.getName(), List.of(StudyExtractions.ID,
            StudyExtractions.STUDY_ID, StudyExtractions.SOURCE_RECORD_ID, StudyExtractions.VERSION,
            StudyExtractions.PART, StudyExtractions.FIRST_AUTHOR, StudyExtractions.PUB_YEAR,
            StudyExtractions.REGISTRY_IDS_AS_PRINTED, StudyExtractions.COUNTRY, StudyExtractions.PHASE,
            StudyExtractions.BLINDING, StudyExtractions.STAGE_AS_GIVEN, StudyExtractions.FOLLOWUP_MONTHS,
            StudyExtractions.N_BASIS, StudyExtractions.NOTES, StudyExtractions.AGENT,
            StudyExtractions.ORIGIN, StudyExtractions.ROUTE, StudyExtractions.DOSE_AS_GIVEN,
            StudyExtractions.DOSE_PER_KG, StudyExtractions.TIMING_AS_GIVEN, StudyExtractions.TIMING_DAYS,
            StudyExtractions.BODY_WEIGHT_KG));

    final RowBuffer extractionTerms = buffer(ExtractionTerms.TABLE.getName(), List.of(
            ExtractionTerms.EXTRACTION_ID, ExtractionTerms.KIND, ExtractionTerms.ORDINAL, ExtractionTerms.TERM));

    final RowBuffer extractionDoses = buffer(ExtractionDoses.TABLE.getName(), List.of(
            ExtractionDoses.EXTRACTION_ID, ExtractionDoses.ORDINAL, ExtractionDoses.DOSE_PER_KG));

    /** Links are keyed by (study, trial id); a new extraction version may name a link that already exists. */
    final RowBuffer studyRegistrations = new RowBuffer(StudyRegistrations.TABLE, List.of(
            StudyRegistrations.STUDY_ID, StudyRegistrations.TRIAL_ID, StudyRegistrations.SOURCE_RECORD_ID), true);

    final RowBuffer studyLiterature = new RowBuffer(StudyLiterature.TABLE, List.of(StudyLiterature.STUDY_ID,
            StudyLiterature.NATURAL_KEY, StudyLiterature.ROLE, StudyLiterature.SOURCE_RECORD_ID), true);

    final RowBuffer studyArms = buffer(ReviewTables.Arms.TABLE.getName(), List.of(ReviewTables.Arms.ID,
            ReviewTables.Arms.STUDY_ID, ReviewTables.Arms.EXTRACTION_ID, ReviewTables.Arms.SOURCE_RECORD_ID,
            ReviewTables.Arms.ORDINAL,
            ReviewTables.Arms.LABEL, ReviewTables.Arms.ROLE, ReviewTables.Arms.N, ReviewTables.Arms.DESCRIPTION,
            ReviewTables.Arms.TREATMENT));

    final RowBuffer studyInterventions = buffer(ReviewTables.Interventions.TABLE.getName(), List.of(
            ReviewTables.Interventions.ARM_ID, ReviewTables.Interventions.ORDINAL, ReviewTables.Interventions.NAME,
            ReviewTables.Interventions.AGENT, ReviewTables.Interventions.ORIGIN,
            ReviewTables.Interventions.ROUTE, ReviewTables.Interventions.DOSE_AS_GIVEN,
            ReviewTables.Interventions.DOSE_PER_KG, ReviewTables.Interventions.TIMING_AS_GIVEN,
            ReviewTables.Interventions.TIMING_DAYS));

    final RowBuffer outcomeMeasures = buffer(OutcomeMeasures.TABLE.getName(), List.of(OutcomeMeasures.ID,
            OutcomeMeasures.SOURCE_RECORD_ID, OutcomeMeasures.REGISTRATION_ID, OutcomeMeasures.STUDY_ID,
            OutcomeMeasures.MODULE, OutcomeMeasures.ORDINAL, OutcomeMeasures.MEASURE_TYPE, OutcomeMeasures.TITLE,
            OutcomeMeasures.DESCRIPTION, OutcomeMeasures.TIME_FRAME, OutcomeMeasures.PARAM_TYPE,
            OutcomeMeasures.DISPERSION_TYPE, OutcomeMeasures.DISPERSION_AS_GIVEN, OutcomeMeasures.UNIT,
            OutcomeMeasures.DIRECTION_OF_BENEFIT, OutcomeMeasures.POPULATION_DESCRIPTION));

    final RowBuffer resultGroups = buffer(ResultGroups.TABLE.getName(), List.of(ResultGroups.REGISTRATION_ID,
            ResultGroups.MEASURE_ID, ResultGroups.MODULE, ResultGroups.ORDINAL, ResultGroups.GROUP_ID,
            ResultGroups.TITLE, ResultGroups.DESCRIPTION));

    /** Registry cells: the posted slots n/value/spread/lower/upper. */
    final RowBuffer registryResults = buffer(OutcomeResults.TABLE.getName(), concat(
            List.of(OutcomeResults.MEASURE_ID, OutcomeResults.SOURCE, OutcomeResults.ORDINAL,
                    OutcomeResults.GROUP_ID, OutcomeResults.CLASS_TITLE, OutcomeResults.CATEGORY_TITLE,
                    OutcomeResults.COMMENT),
            OutcomeResults.N.fields(), OutcomeResults.VALUE.fields(), OutcomeResults.SPREAD.fields(),
            OutcomeResults.LOWER.fields(), OutcomeResults.UPPER.fields()));

    /**
     * Extraction cells: n/mean/sd/median/q1/q3/events as a reviewer read them from a paper, and a study-level
     * estimate in value/spread/lower/upper with its interval's level.
     */
    final RowBuffer extractedResults = buffer(OutcomeResults.TABLE.getName(), concat(
            List.of(OutcomeResults.MEASURE_ID, OutcomeResults.SOURCE, OutcomeResults.ORDINAL,
                    OutcomeResults.ARM_ID, OutcomeResults.TIME_POINT, OutcomeResults.TIME_POINT_DAYS,
                    OutcomeResults.COUNT_KIND, OutcomeResults.RAW_TEXT, OutcomeResults.SOURCE_REF,
                    OutcomeResults.SOURCE_REFS, OutcomeResults.COMMENT, OutcomeResults.VALUE_KIND,
                    OutcomeResults.CI_LEVEL),
            OutcomeResults.N.fields(), OutcomeResults.MEAN.fields(), OutcomeResults.SD.fields(),
            OutcomeResults.MEDIAN.fields(), OutcomeResults.Q1.fields(), OutcomeResults.Q3.fields(),
            OutcomeResults.EVENTS.fields(), OutcomeResults.VALUE.fields(), OutcomeResults.SPREAD.fields(),
            OutcomeResults.LOWER.fields(), OutcomeResults.UPPER.fields()));

    final RowBuffer analyses = buffer(Analyses.TABLE.getName(), concat(
            List.of(Analyses.MEASURE_ID, Analyses.ORDINAL, Analyses.GROUP_IDS, Analyses.METHOD, Analyses.PARAM_TYPE,
                    Analyses.DISPERSION_TYPE, Analyses.GROUP_DESCRIPTION, Analyses.NON_INFERIORITY_TYPE,
                    Analyses.CI_NUM_SIDES),
            Analyses.PARAM_VALUE.fields(), Analyses.CI_PERCENT.fields(), Analyses.CI_LOWER.fields(),
            Analyses.CI_UPPER.fields(), Analyses.P_VALUE.fields(), Analyses.DISPERSION_VALUE.fields()));

    final RowBuffer adverseEvents = buffer(AdverseEvents.TABLE.getName(), List.of(AdverseEvents.ID,
            AdverseEvents.REGISTRATION_ID, AdverseEvents.ORDINAL, AdverseEvents.TERM, AdverseEvents.ORGAN_SYSTEM,
            AdverseEvents.SERIOUS, AdverseEvents.VOCABULARY, AdverseEvents.ASSESSMENT_TYPE));

    final RowBuffer adverseEventCounts = buffer(AdverseEventCounts.TABLE.getName(), List.of(
            AdverseEventCounts.ADVERSE_EVENT_ID, AdverseEventCounts.ORDINAL, AdverseEventCounts.GROUP_ID,
            AdverseEventCounts.AFFECTED, AdverseEventCounts.AT_RISK, AdverseEventCounts.EVENTS));

    final RowBuffer participantFlow = buffer(ParticipantFlow.TABLE.getName(), concat(
            List.of(ParticipantFlow.REGISTRATION_ID, ParticipantFlow.ORDINAL, ParticipantFlow.PERIOD,
                    ParticipantFlow.MILESTONE, ParticipantFlow.DROPOUT, ParticipantFlow.GROUP_ID,
                    ParticipantFlow.COMMENT),
            ParticipantFlow.COUNT.fields()));

    // Flush order: parents before children (foreign keys are checked per statement).
    private final List<RowBuffer> flushOrder = List.of(sourceRecords, registrations, secondaryIds, terms, references,
            protocolOutcomes, adverseEventTotals,
            registrationArms, armInterventions, registrationInterventions, interventionNames, literatureRecords,
            authors, keywords, literatureRegistryIds, studies, studyExtractions, extractionTerms, extractionDoses,
            studyRegistrations, studyLiterature, studyArms,
            studyInterventions, outcomeMeasures, resultGroups, registryResults, extractedResults, analyses,
            adverseEvents, adverseEventCounts, participantFlow);

    int pendingRows() {
        int n = 0;
        for (RowBuffer b : flushOrder) {
            n += b.size();
        }
        return n;
    }

    void flush(DSLContext ctx) {
        for (RowBuffer b : flushOrder) {
            b.flush(ctx);
        }
    }

    private static RowBuffer buffer(String table, List<Field<?>> fields) {
        return new RowBuffer(Db.table(table), fields);
    }

    @SafeVarargs
    private static List<Field<?>> concat(List<? extends Field<?>>... parts) {
        List<Field<?>> all = new ArrayList<>();
        for (List<? extends Field<?>> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
