package org.evsyn.core.store.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.evsyn.core.domain.AdverseEvent;
import org.evsyn.core.domain.AdverseEventReporting;
import org.evsyn.core.domain.AdverseEventTotal;
import org.evsyn.core.domain.ArmGroup;
import org.evsyn.core.domain.DispersionType;
import org.evsyn.core.domain.FlowMilestone;
import org.evsyn.core.domain.Intervention;
import org.evsyn.core.domain.Measurement;
import org.evsyn.core.domain.PartialDate;
import org.evsyn.core.domain.ProtocolOutcome;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.ResultGroup;
import org.evsyn.core.domain.ResultMeasure;
import org.evsyn.core.domain.StatisticalAnalysis;
import org.evsyn.core.domain.StudyDesign;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.store.jdbc.RegistryTables.ArmInterventions;
import org.evsyn.core.store.jdbc.RegistryTables.Arms;
import org.evsyn.core.store.jdbc.RegistryTables.InterventionNames;
import org.evsyn.core.store.jdbc.RegistryTables.ProtocolOutcomes;
import org.evsyn.core.store.jdbc.RegistryTables.References;
import org.evsyn.core.store.jdbc.RegistryTables.Interventions;
import org.evsyn.core.store.jdbc.RegistryTables.Registrations;
import org.evsyn.core.store.jdbc.RegistryTables.SecondaryIds;
import org.evsyn.core.store.jdbc.RegistryTables.TermKind;
import org.evsyn.core.store.jdbc.RegistryTables.Terms;
import org.evsyn.core.store.jdbc.ResultTables.AdverseEventCounts;
import org.evsyn.core.store.jdbc.ResultTables.AdverseEventTotals;
import org.evsyn.core.store.jdbc.ResultTables.AdverseEvents;
import org.evsyn.core.store.jdbc.ResultTables.Analyses;
import org.evsyn.core.store.jdbc.ResultTables.OutcomeMeasures;
import org.evsyn.core.store.jdbc.ResultTables.OutcomeResults;
import org.evsyn.core.store.jdbc.ResultTables.ParticipantFlow;
import org.evsyn.core.store.jdbc.ResultTables.ResultGroups;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** Rebuilds a {@link TrialRecord} from the rows of one stored registration version. */
final class TrialRecordReader {

    private final DSLContext ctx;

    TrialRecordReader(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** The registration columns {@link #read} needs from the registration row. */
    static final List<Field<?>> REGISTRATION_FIELDS = List.of(Registrations.ID, Registrations.REGISTRY,
            Registrations.TRIAL_ID, Registrations.VERSION, Registrations.BRIEF_TITLE, Registrations.OFFICIAL_TITLE,
            Registrations.ACRONYM, Registrations.OVERALL_STATUS, Registrations.LAST_KNOWN_STATUS,
            Registrations.STUDY_TYPE, Registrations.ALLOCATION, Registrations.INTERVENTION_MODEL,
            Registrations.PRIMARY_PURPOSE, Registrations.MASKING, Registrations.ENROLLMENT,
            Registrations.ENROLLMENT_TYPE, Registrations.START_DATE, Registrations.PRIMARY_COMPLETION_DATE,
            Registrations.COMPLETION_DATE, Registrations.FIRST_POSTED, Registrations.LAST_UPDATED,
            Registrations.SPONSOR, Registrations.HAS_RESULTS, Registrations.START_DATE_TYPE,
            Registrations.PRIMARY_COMPLETION_DATE_TYPE, Registrations.COMPLETION_DATE_TYPE, Registrations.AE_TIME_FRAME,
            Registrations.AE_DESCRIPTION, Registrations.AE_FREQUENCY_THRESHOLD.raw(),
            Registrations.AE_FREQUENCY_THRESHOLD.value(), Registrations.AE_FREQUENCY_THRESHOLD.bound(),
            Registrations.AE_FREQUENCY_THRESHOLD.note());

    TrialRecord read(Record reg) {
        long regId = reg.get(Registrations.ID);
        Map<TermKind, List<String>> terms = terms(regId);
        StudyDesign design = new StudyDesign(opt(reg, Registrations.STUDY_TYPE), opt(reg, Registrations.ALLOCATION),
                opt(reg, Registrations.INTERVENTION_MODEL), opt(reg, Registrations.PRIMARY_PURPOSE),
                opt(reg, Registrations.MASKING), terms.get(TermKind.WHO_MASKED));
        Registration registration = new Registration(reg.get(Registrations.REGISTRY), reg.get(Registrations.TRIAL_ID),
                secondaryIds(regId), reg.get(Registrations.BRIEF_TITLE), opt(reg, Registrations.OFFICIAL_TITLE),
                opt(reg, Registrations.ACRONYM), opt(reg, Registrations.OVERALL_STATUS),
                opt(reg, Registrations.LAST_KNOWN_STATUS), terms.get(TermKind.PHASE), design,
                optInt(reg.get(Registrations.ENROLLMENT)), opt(reg, Registrations.ENROLLMENT_TYPE),
                date(reg, Registrations.START_DATE), date(reg, Registrations.PRIMARY_COMPLETION_DATE),
                date(reg, Registrations.COMPLETION_DATE), date(reg, Registrations.FIRST_POSTED),
                date(reg, Registrations.LAST_UPDATED), terms.get(TermKind.CONDITION), opt(reg, Registrations.SPONSOR),
                terms.get(TermKind.COUNTRY), terms.get(TermKind.REFERENCE_PMID), reg.get(Registrations.HAS_RESULTS),
                references(regId), new Registration.DateTypes(opt(reg, Registrations.START_DATE_TYPE),
                        opt(reg, Registrations.PRIMARY_COMPLETION_DATE_TYPE),
                        opt(reg, Registrations.COMPLETION_DATE_TYPE)));
        Map<Long, List<ResultGroup>> measureGroups = new HashMap<>();
        List<ResultGroup> moduleGroups = new ArrayList<>();
        for (Record r : ctx.select(ResultGroups.MEASURE_ID, ResultGroups.MODULE, ResultGroups.GROUP_ID,
                        ResultGroups.TITLE, ResultGroups.DESCRIPTION)
                .from(ResultGroups.TABLE).where(ResultGroups.REGISTRATION_ID.eq(regId))
                .orderBy(ResultGroups.MEASURE_ID, ResultGroups.ORDINAL).fetch()) {
            ResultGroup g = new ResultGroup(ResultGroup.ResultModule.valueOf(r.get(ResultGroups.MODULE)),
                    r.get(ResultGroups.GROUP_ID), r.get(ResultGroups.TITLE), opt(r, ResultGroups.DESCRIPTION));
            Long measureId = r.get(ResultGroups.MEASURE_ID);
            if (measureId == null) {
                moduleGroups.add(g);
            } else {
                measureGroups.computeIfAbsent(measureId, k -> new ArrayList<>()).add(g);
            }
        }
        Map<String, List<ResultMeasure>> measures = measures(regId, measureGroups);
        AdverseEventReporting reporting = new AdverseEventReporting(opt(reg, Registrations.AE_TIME_FRAME),
                opt(reg, Registrations.AE_DESCRIPTION), Registrations.AE_FREQUENCY_THRESHOLD.read(reg),
                adverseEventTotals(regId));
        return new TrialRecord(registration, arms(regId), interventions(regId), moduleGroups, flow(regId),
                measures.getOrDefault("BASELINE", List.of()), measures.getOrDefault("OUTCOME", List.of()),
                adverseEvents(regId), protocolOutcomes(regId), reporting);
    }

    private List<Registration.Reference> references(long regId) {
        return ctx.select(References.PMID, References.REFERENCE_TYPE, References.CITATION).from(References.TABLE)
                .where(References.REGISTRATION_ID.eq(regId)).orderBy(References.ORDINAL)
                .fetch(r -> new Registration.Reference(Optional.ofNullable(r.value1()),
                        Optional.ofNullable(r.value2()), Optional.ofNullable(r.value3())));
    }

    private List<ProtocolOutcome> protocolOutcomes(long regId) {
        return ctx.select(ProtocolOutcomes.KIND, ProtocolOutcomes.MEASURE, ProtocolOutcomes.DESCRIPTION,
                        ProtocolOutcomes.TIME_FRAME)
                .from(ProtocolOutcomes.TABLE).where(ProtocolOutcomes.REGISTRATION_ID.eq(regId))
                .orderBy(ProtocolOutcomes.ORDINAL)
                .fetch(r -> new ProtocolOutcome(ProtocolOutcome.Kind.valueOf(r.value1()), r.value2(),
                        Optional.ofNullable(r.value3()), Optional.ofNullable(r.value4())));
    }

    private List<AdverseEventTotal> adverseEventTotals(long regId) {
        return ctx.select(AdverseEventTotals.GROUP_ID, AdverseEventTotals.KIND, AdverseEventTotals.AFFECTED,
                        AdverseEventTotals.AT_RISK)
                .from(AdverseEventTotals.TABLE).where(AdverseEventTotals.REGISTRATION_ID.eq(regId))
                .orderBy(AdverseEventTotals.ORDINAL)
                .fetch(r -> new AdverseEventTotal(r.value1(), AdverseEventTotal.Kind.valueOf(r.value2()),
                        optInt(r.value3()), optInt(r.value4())));
    }

    private Map<TermKind, List<String>> terms(long regId) {
        Map<TermKind, List<String>> terms = new HashMap<>();
        for (TermKind kind : TermKind.values()) {
            terms.put(kind, new ArrayList<>());
        }
        for (Record r : ctx.select(Terms.KIND, Terms.TERM).from(Terms.TABLE)
                .where(Terms.REGISTRATION_ID.eq(regId)).orderBy(Terms.KIND, Terms.ORDINAL).fetch()) {
            terms.get(TermKind.valueOf(r.get(Terms.KIND))).add(r.get(Terms.TERM));
        }
        return terms;
    }

    private List<Registration.SecondaryId> secondaryIds(long regId) {
        return ctx.select(SecondaryIds.SECONDARY_ID, SecondaryIds.ID_TYPE).from(SecondaryIds.TABLE)
                .where(SecondaryIds.REGISTRATION_ID.eq(regId)).orderBy(SecondaryIds.ORDINAL)
                .fetch(r -> new Registration.SecondaryId(r.value1(), Optional.ofNullable(r.value2())));
    }

    private List<ArmGroup> arms(long regId) {
        Map<Long, List<String>> names = new HashMap<>();
        for (Record r : ctx.select(ArmInterventions.ARM_ID, ArmInterventions.INTERVENTION_NAME)
                .from(ArmInterventions.TABLE).join(Arms.TABLE).on(Arms.ID.eq(ArmInterventions.ARM_ID))
                .where(Arms.REGISTRATION_ID.eq(regId)).orderBy(ArmInterventions.ARM_ID, ArmInterventions.ORDINAL)
                .fetch()) {
            names.computeIfAbsent(r.get(ArmInterventions.ARM_ID), k -> new ArrayList<>())
                    .add(r.get(ArmInterventions.INTERVENTION_NAME));
        }
        return ctx.select(Arms.ID, Arms.LABEL, Arms.ARM_TYPE, Arms.DESCRIPTION).from(Arms.TABLE)
                .where(Arms.REGISTRATION_ID.eq(regId)).orderBy(Arms.ORDINAL)
                .fetch(r -> new ArmGroup(r.value2(), Optional.ofNullable(r.value3()), Optional.ofNullable(r.value4()),
                        names.getOrDefault(r.value1(), List.of())));
    }

    private List<Intervention> interventions(long regId) {
        Map<Long, List<String>> labels = new HashMap<>();
        Map<Long, List<String>> others = new HashMap<>();
        for (Record r : ctx.select(InterventionNames.INTERVENTION_ID, InterventionNames.KIND, InterventionNames.NAME)
                .from(InterventionNames.TABLE).join(Interventions.TABLE)
                .on(Interventions.ID.eq(InterventionNames.INTERVENTION_ID))
                .where(Interventions.REGISTRATION_ID.eq(regId))
                .orderBy(InterventionNames.INTERVENTION_ID, InterventionNames.KIND, InterventionNames.ORDINAL)
                .fetch()) {
            Map<Long, List<String>> target = "ARM_LABEL".equals(r.get(InterventionNames.KIND)) ? labels : others;
            target.computeIfAbsent(r.get(InterventionNames.INTERVENTION_ID), k -> new ArrayList<>())
                    .add(r.get(InterventionNames.NAME));
        }
        return ctx.select(Interventions.ID, Interventions.NAME, Interventions.INTERVENTION_TYPE,
                        Interventions.DESCRIPTION)
                .from(Interventions.TABLE).where(Interventions.REGISTRATION_ID.eq(regId))
                .orderBy(Interventions.ORDINAL)
                .fetch(r -> new Intervention(r.value2(), Optional.ofNullable(r.value3()),
                        Optional.ofNullable(r.value4()), labels.getOrDefault(r.value1(), List.of()),
                        others.getOrDefault(r.value1(), List.of())));
    }

    private Map<String, List<ResultMeasure>> measures(long regId, Map<Long, List<ResultGroup>> groups) {
        Map<Long, List<Measurement>> cells = new HashMap<>();
        for (Record r : ctx.select(OutcomeResults.MEASURE_ID, OutcomeResults.GROUP_ID, OutcomeResults.CLASS_TITLE,
                        OutcomeResults.CATEGORY_TITLE, OutcomeResults.COMMENT)
                .select(OutcomeResults.N.fields()).select(OutcomeResults.VALUE.fields())
                .select(OutcomeResults.SPREAD.fields()).select(OutcomeResults.LOWER.fields())
                .select(OutcomeResults.UPPER.fields())
                .from(OutcomeResults.TABLE).join(OutcomeMeasures.TABLE)
                .on(OutcomeMeasures.ID.eq(OutcomeResults.MEASURE_ID))
                .where(OutcomeMeasures.REGISTRATION_ID.eq(regId))
                .orderBy(OutcomeResults.MEASURE_ID, OutcomeResults.ORDINAL).fetch()) {
            cells.computeIfAbsent(r.get(OutcomeResults.MEASURE_ID), k -> new ArrayList<>()).add(new Measurement(
                    r.get(OutcomeResults.GROUP_ID), opt(r, OutcomeResults.CLASS_TITLE),
                    opt(r, OutcomeResults.CATEGORY_TITLE), OutcomeResults.N.read(r), OutcomeResults.VALUE.read(r),
                    OutcomeResults.SPREAD.read(r), OutcomeResults.LOWER.read(r), OutcomeResults.UPPER.read(r),
                    opt(r, OutcomeResults.COMMENT)));
        }
        Map<Long, List<StatisticalAnalysis>> analyses = new HashMap<>();
        for (Record r : ctx.select(Analyses.MEASURE_ID, Analyses.GROUP_IDS, Analyses.METHOD, Analyses.PARAM_TYPE,
                        Analyses.DISPERSION_TYPE, Analyses.GROUP_DESCRIPTION, Analyses.NON_INFERIORITY_TYPE,
                        Analyses.CI_NUM_SIDES)
                .select(Analyses.PARAM_VALUE.fields()).select(Analyses.CI_PERCENT.fields())
                .select(Analyses.CI_LOWER.fields()).select(Analyses.CI_UPPER.fields())
                .select(Analyses.P_VALUE.fields()).select(Analyses.DISPERSION_VALUE.fields())
                .from(Analyses.TABLE).join(OutcomeMeasures.TABLE).on(OutcomeMeasures.ID.eq(Analyses.MEASURE_ID))
                .where(OutcomeMeasures.REGISTRATION_ID.eq(regId))
                .orderBy(Analyses.MEASURE_ID, Analyses.ORDINAL).fetch()) {
            String groupIds = r.get(Analyses.GROUP_IDS);
            analyses.computeIfAbsent(r.get(Analyses.MEASURE_ID), k -> new ArrayList<>()).add(new StatisticalAnalysis(
                    groupIds.isEmpty() ? List.of() : Arrays.asList(groupIds.split("\n", -1)),
                    opt(r, Analyses.METHOD), opt(r, Analyses.PARAM_TYPE), Analyses.PARAM_VALUE.read(r),
                    Analyses.CI_PERCENT.read(r), Analyses.CI_LOWER.read(r), Analyses.CI_UPPER.read(r),
                    Analyses.P_VALUE.read(r), opt(r, Analyses.DISPERSION_TYPE), Analyses.DISPERSION_VALUE.read(r),
                    opt(r, Analyses.GROUP_DESCRIPTION), opt(r, Analyses.NON_INFERIORITY_TYPE),
                    opt(r, Analyses.CI_NUM_SIDES)));
        }
        Map<String, List<ResultMeasure>> byModule = new HashMap<>();
        for (Record r : ctx.select(OutcomeMeasures.ID, OutcomeMeasures.MODULE, OutcomeMeasures.MEASURE_TYPE,
                        OutcomeMeasures.TITLE, OutcomeMeasures.DESCRIPTION, OutcomeMeasures.TIME_FRAME,
                        OutcomeMeasures.PARAM_TYPE, OutcomeMeasures.DISPERSION_TYPE,
                        OutcomeMeasures.DISPERSION_AS_GIVEN, OutcomeMeasures.UNIT, OutcomeMeasures.POPULATION_DESCRIPTION)
                .from(OutcomeMeasures.TABLE).where(OutcomeMeasures.REGISTRATION_ID.eq(regId))
                .orderBy(OutcomeMeasures.MODULE, OutcomeMeasures.ORDINAL).fetch()) {
            long id = r.get(OutcomeMeasures.ID);
            String module = r.get(OutcomeMeasures.MODULE);
            byModule.computeIfAbsent(module, k -> new ArrayList<>()).add(new ResultMeasure(
                    ResultGroup.ResultModule.valueOf(module), opt(r, OutcomeMeasures.MEASURE_TYPE),
                    r.get(OutcomeMeasures.TITLE), opt(r, OutcomeMeasures.DESCRIPTION),
                    opt(r, OutcomeMeasures.TIME_FRAME), opt(r, OutcomeMeasures.PARAM_TYPE),
                    DispersionType.valueOf(r.get(OutcomeMeasures.DISPERSION_TYPE)),
                    opt(r, OutcomeMeasures.DISPERSION_AS_GIVEN), opt(r, OutcomeMeasures.UNIT),
                    groups.getOrDefault(id, List.of()), cells.getOrDefault(id, List.of()),
                    analyses.getOrDefault(id, List.of()), opt(r, OutcomeMeasures.POPULATION_DESCRIPTION)));
        }
        return byModule;
    }

    private List<AdverseEvent> adverseEvents(long regId) {
        Map<Long, List<AdverseEvent.Count>> counts = new HashMap<>();
        for (Record r : ctx.select(AdverseEventCounts.ADVERSE_EVENT_ID, AdverseEventCounts.GROUP_ID,
                        AdverseEventCounts.AFFECTED, AdverseEventCounts.AT_RISK, AdverseEventCounts.EVENTS)
                .from(AdverseEventCounts.TABLE).join(AdverseEvents.TABLE)
                .on(AdverseEvents.ID.eq(AdverseEventCounts.ADVERSE_EVENT_ID))
                .where(AdverseEvents.REGISTRATION_ID.eq(regId))
                .orderBy(AdverseEventCounts.ADVERSE_EVENT_ID, AdverseEventCounts.ORDINAL).fetch()) {
            counts.computeIfAbsent(r.get(AdverseEventCounts.ADVERSE_EVENT_ID), k -> new ArrayList<>()).add(
                    new AdverseEvent.Count(r.get(AdverseEventCounts.GROUP_ID), optInt(r.get(AdverseEventCounts.AFFECTED)),
                            optInt(r.get(AdverseEventCounts.AT_RISK)), optInt(r.get(AdverseEventCounts.EVENTS))));
        }
        return ctx.select(AdverseEvents.ID, AdverseEvents.TERM, AdverseEvents.ORGAN_SYSTEM, AdverseEvents.SERIOUS,
                        AdverseEvents.VOCABULARY, AdverseEvents.ASSESSMENT_TYPE)
                .from(AdverseEvents.TABLE).where(AdverseEvents.REGISTRATION_ID.eq(regId))
                .orderBy(AdverseEvents.ORDINAL)
                .fetch(r -> new AdverseEvent(r.value2(), Optional.ofNullable(r.value3()), r.value4(),
                        Optional.ofNullable(r.value5()), Optional.ofNullable(r.value6()),
                        counts.getOrDefault(r.value1(), List.of())));
    }

    private List<FlowMilestone> flow(long regId) {
        List<FlowMilestone> flow = new ArrayList<>();
        for (Record r : ctx.select(ParticipantFlow.PERIOD, ParticipantFlow.MILESTONE, ParticipantFlow.DROPOUT,
                        ParticipantFlow.GROUP_ID, ParticipantFlow.COMMENT)
                .select(ParticipantFlow.COUNT.fields())
                .from(ParticipantFlow.TABLE).where(ParticipantFlow.REGISTRATION_ID.eq(regId))
                .orderBy(ParticipantFlow.ORDINAL).fetch()) {
            flow.add(new FlowMilestone(r.get(ParticipantFlow.PERIOD), r.get(ParticipantFlow.MILESTONE),
                    r.get(ParticipantFlow.DROPOUT), r.get(ParticipantFlow.GROUP_ID), ParticipantFlow.COUNT.read(r),
                    opt(r, ParticipantFlow.COMMENT)));
        }
        return flow;
    }

    static Optional<String> opt(Record r, Field<String> field) {
        return Optional.ofNullable(r.get(field));
    }

    static OptionalInt optInt(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static Optional<PartialDate> date(Record r, Field<String> field) {
        String iso = r.get(field);
        return iso == null ? Optional.empty() : PartialDate.parseIso(iso);
    }
}
