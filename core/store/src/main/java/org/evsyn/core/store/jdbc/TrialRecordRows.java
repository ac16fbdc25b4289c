package org.evsyn.core.store.jdbc;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.evsyn.core.domain.AdverseEvent;
import org.evsyn.core.domain.AdverseEventTotal;
import org.evsyn.core.domain.ArmGroup;
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
import org.evsyn.core.store.jdbc.RegistryTables.TermKind;
import org.evsyn.core.store.jdbc.ResultTables.AdverseEvents;
import org.evsyn.core.store.jdbc.ResultTables.OutcomeMeasures;

/** Turns a {@link TrialRecord} into queued rows of the registration and results tables. */
final class TrialRecordRows {

    private final WriteBuffers buffers;
    private final IdAllocator ids;

    TrialRecordRows(WriteBuffers buffers, IdAllocator ids) {
        this.buffers = buffers;
        this.ids = ids;
    }

    /**
     * Checks what the schema's unique keys would otherwise reject halfway through a batch, so a bad record fails
     * alone and before anything of it is queued.
     *
     * @return the problem, or empty when the record can be stored
     */
    static Optional<String> problem(TrialRecord trial) {
        Set<String> keys = new HashSet<>();
        for (ResultGroup g : trial.resultGroups()) {
            if (!keys.add(g.module() + "/" + g.id())) {
                return Optional.of("result group " + g.id() + " appears twice in module " + g.module());
            }
        }
        for (AdverseEvent e : trial.adverseEvents()) {
            for (AdverseEvent.Count c : e.counts()) {
                if (negative(c.affected()) || negative(c.atRisk()) || negative(c.events())) {
                    return Optional.of("adverse event \"" + e.term() + "\", group " + c.groupId()
                            + ": counts must not be negative");
                }
            }
        }
        for (List<ResultMeasure> measures : List.of(trial.baseline(), trial.outcomes())) {
            for (ResultMeasure m : measures) {
                Set<String> local = new HashSet<>();
                for (ResultGroup g : m.groups()) {
                    if (!local.add(g.id())) {
                        return Optional.of("group " + g.id() + " appears twice in measure \"" + m.title() + "\"");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Queues every row of {@code trial}, stored as version {@code version} from source record {@code sourceId}. */
    void add(long sourceId, int version, TrialRecord trial) {
        Registration r = trial.registration();
        StudyDesign d = r.design();
        long regId = ids.next(RegistryTables.Registrations.TABLE, RegistryTables.Registrations.ID);
        buffers.registrations.add(row(new Object[] {regId, sourceId, r.registry(), r.trialId(), version,
            r.briefTitle(), text(r.officialTitle()), text(r.acronym()), text(r.overallStatus()),
            text(r.lastKnownStatus()), text(d.studyType()), text(d.allocation()), text(d.interventionModel()),
            text(d.primaryPurpose()), text(d.masking()), integer(r.enrollment()), text(r.enrollmentType()),
            date(r.startDate()), date(r.primaryCompletionDate()), date(r.completionDate()), date(r.firstPosted()),
            date(r.lastUpdated()), text(r.sponsor()), r.hasResults(), text(r.dateTypes().start()),
            text(r.dateTypes().primaryCompletion()), text(r.dateTypes().completion()),
            text(trial.adverseEventReporting().timeFrame()), text(trial.adverseEventReporting().description())},
                NumericColumns.bind(trial.adverseEventReporting().frequencyThreshold())));
        for (int i = 0; i < r.secondaryIds().size(); i++) {
            Registration.SecondaryId s = r.secondaryIds().get(i);
            buffers.secondaryIds.add(regId, i, s.id(), text(s.type()));
        }
        terms(regId, TermKind.PHASE, r.phases());
        terms(regId, TermKind.CONDITION, r.conditions());
        terms(regId, TermKind.COUNTRY, r.countries());
        terms(regId, TermKind.REFERENCE_PMID, r.references());
        terms(regId, TermKind.WHO_MASKED, d.whoMasked());
        for (int i = 0; i < r.citations().size(); i++) {
            Registration.Reference c = r.citations().get(i);
            buffers.references.add(regId, i, text(c.pmid()), text(c.type()), text(c.citation()));
        }
        for (int i = 0; i < trial.protocolOutcomes().size(); i++) {
            ProtocolOutcome o = trial.protocolOutcomes().get(i);
            buffers.protocolOutcomes.add(regId, i, o.kind().name(), o.measure(), text(o.description()),
                    text(o.timeFrame()));
        }
        List<AdverseEventTotal> totals = trial.adverseEventReporting().totals();
        for (int i = 0; i < totals.size(); i++) {
            AdverseEventTotal t = totals.get(i);
            buffers.adverseEventTotals.add(regId, i, t.groupId(), t.kind().name(), integer(t.affected()),
                    integer(t.atRisk()));
        }
        addArms(regId, trial.arms());
        addInterventions(regId, trial.interventions());
        for (int i = 0; i < trial.resultGroups().size(); i++) {
            ResultGroup g = trial.resultGroups().get(i);
            buffers.resultGroups.add(regId, null, g.module().name(), i, g.id(), g.title(), text(g.description()));
        }
        addMeasures(sourceId, regId, "BASELINE", trial.baseline());
        addMeasures(sourceId, regId, "OUTCOME", trial.outcomes());
        addAdverseEvents(regId, trial.adverseEvents());
        for (int i = 0; i < trial.flow().size(); i++) {
            FlowMilestone f = trial.flow().get(i);
            buffers.participantFlow.add(row(new Object[] {regId, i, f.period(), f.milestone(), f.dropout(),
                f.groupId(), text(f.comment())}, NumericColumns.bind(f.count())));
        }
    }

    private void terms(long regId, TermKind kind, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            buffers.terms.add(regId, kind.name(), i, values.get(i));
        }
    }

    private void addArms(long regId, List<ArmGroup> arms) {
        for (int i = 0; i < arms.size(); i++) {
            ArmGroup a = arms.get(i);
            long armId = ids.next(RegistryTables.Arms.TABLE, RegistryTables.Arms.ID);
            buffers.registrationArms.add(armId, regId, i, a.label(), text(a.type()), text(a.description()));
            for (int j = 0; j < a.interventionNames().size(); j++) {
                buffers.armInterventions.add(armId, j, a.interventionNames().get(j));
            }
        }
    }

    private void addInterventions(long regId, List<Intervention> interventions) {
        for (int i = 0; i < interventions.size(); i++) {
            Intervention iv = interventions.get(i);
            long ivId = ids.next(RegistryTables.Interventions.TABLE, RegistryTables.Interventions.ID);
            buffers.registrationInterventions.add(ivId, regId, i, iv.name(), text(iv.type()), text(iv.description()));
            for (int j = 0; j < iv.armGroupLabels().size(); j++) {
                buffers.interventionNames.add(ivId, "ARM_LABEL", j, iv.armGroupLabels().get(j));
            }
            for (int j = 0; j < iv.otherNames().size(); j++) {
                buffers.interventionNames.add(ivId, "OTHER_NAME", j, iv.otherNames().get(j));
            }
        }
    }

    private void addMeasures(long sourceId, long regId, String module, List<ResultMeasure> measures) {
        for (int i = 0; i < measures.size(); i++) {
            ResultMeasure m = measures.get(i);
            long measureId = ids.next(OutcomeMeasures.TABLE, OutcomeMeasures.ID);
            // The list a measure came from decides its module column; m.module() is read back from it too.
            buffers.outcomeMeasures.add(measureId, sourceId, regId, null, module, i, text(m.type()), m.title(),
                    text(m.description()), text(m.timeFrame()), text(m.paramType()), m.dispersionType().name(),
                    text(m.dispersionAsGiven()), text(m.unit()), null, text(m.populationDescription()));
            for (int j = 0; j < m.groups().size(); j++) {
                ResultGroup g = m.groups().get(j);
                buffers.resultGroups.add(regId, measureId, g.module().name(), j, g.id(), g.title(),
                        text(g.description()));
            }
            for (int j = 0; j < m.measurements().size(); j++) {
                Measurement c = m.measurements().get(j);
                buffers.registryResults.add(row(new Object[] {measureId, "REGISTRY", j, c.groupId(),
                    text(c.classTitle()), text(c.categoryTitle()), text(c.comment())},
                        NumericColumns.bind(c.denominator()), NumericColumns.bind(c.value()),
                        NumericColumns.bind(c.spread()), NumericColumns.bind(c.lowerLimit()),
                        NumericColumns.bind(c.upperLimit())));
            }
            for (int j = 0; j < m.analyses().size(); j++) {
                StatisticalAnalysis a = m.analyses().get(j);
                buffers.analyses.add(row(new Object[] {measureId, j, String.join("\n", a.groupIds()),
                    text(a.method()), text(a.paramType()), text(a.dispersionType()), text(a.groupDescription()),
                    text(a.nonInferiorityType()), text(a.ciNumSides())},
                        NumericColumns.bind(a.paramValue()), NumericColumns.bind(a.ciPercent()),
                        NumericColumns.bind(a.ciLower()), NumericColumns.bind(a.ciUpper()),
                        NumericColumns.bind(a.pValue()), NumericColumns.bind(a.dispersionValue())));
            }
        }
    }

    private void addAdverseEvents(long regId, List<AdverseEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            AdverseEvent e = events.get(i);
            long aeId = ids.next(AdverseEvents.TABLE, AdverseEvents.ID);
            buffers.adverseEvents.add(aeId, regId, i, e.term(), text(e.organSystem()), e.serious(),
                    text(e.vocabulary()), text(e.assessmentType()));
            for (int j = 0; j < e.counts().size(); j++) {
                AdverseEvent.Count c = e.counts().get(j);
                buffers.adverseEventCounts.add(aeId, j, c.groupId(), integer(c.affected()), integer(c.atRisk()),
                        integer(c.events()));
            }
        }
    }

    private static boolean negative(OptionalInt value) {
        return value.isPresent() && value.getAsInt() < 0;
    }

    static Object[] row(Object[] head, Object[]... slots) {
        int n = head.length;
        for (Object[] s : slots) {
            n += s.length;
        }
        Object[] all = new Object[n];
        System.arraycopy(head, 0, all, 0, head.length);
        int at = head.length;
        for (Object[] s : slots) {
            System.arraycopy(s, 0, all, at, s.length);
            at += s.length;
        }
        return all;
    }

    static String text(Optional<String> value) {
        return value.orElse(null);
    }

    static Integer integer(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static String date(Optional<PartialDate> value) {
        return value.map(PartialDate::toIso).orElse(null);
    }
}
