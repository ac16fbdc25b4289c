package org.evsyn.core.review.registry;

import org.evsyn.core.domain.AdverseEvent;
import org.evsyn.core.domain.AdverseEventTotal;
import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.ResultGroup;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.review.plan.OutcomePlan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Event outcomes read from a registry's adverse-event module rather than from an outcome measure.
 *
 * <ul>
 *   <li>An outcome named for all-cause mortality ({@code mortality}, {@code death}, {@code all-cause mortality},
 *       or a synonym of these) takes each group's posted deaths total: events = deaths affected, n = at risk.</li>
 *   <li>An outcome named for serious adverse events ({@code serious adverse events}, {@code sae}, ...) takes the
 *       posted total of participants with any serious adverse event.</li>
 *   <li>An outcome whose name or a synonym is a system organ class as posted ("Infections and infestations")
 *       takes the participants affected in that class: exact when the trial posts one term of the class (counts
 *       are per participant per term); with several terms the participants with any of them are not posted, so
 *       the trial is listed with the reason rather than given a bound.</li>
 * </ul>
 * The time point is the module's time frame. Rows carry the source ({@code registry:NCT…}) and say which posted
 * totals they came from. A posted outcome measure naming the outcome is preferred over these (see
 * {@link RegistryResultExtractor}).
 */
final class AdverseEventOutcomes {

    private static final List<String> MORTALITY = List.of("mortality", "death", "deaths", "all-cause mortality",
            "all cause mortality", "all-cause death", "all-cause deaths", "overall mortality");
    private static final List<String> SERIOUS = List.of("serious adverse events", "serious adverse event", "sae",
            "saes", "any serious adverse event", "participants with serious adverse events");

    private AdverseEventOutcomes() {
    }

    /** Which posted total, if any, an outcome means. */
    static Optional<AdverseEventTotal.Kind> totalFor(OutcomePlan outcome) {
        if (outcome.isContinuous()) {
            return Optional.empty();
        }
        if (names(outcome).stream().anyMatch(n -> MORTALITY.stream().anyMatch(m -> same(m, n)))) {
            return Optional.of(AdverseEventTotal.Kind.DEATHS);
        }
        if (names(outcome).stream().anyMatch(n -> SERIOUS.stream().anyMatch(m -> same(m, n)))) {
            return Optional.of(AdverseEventTotal.Kind.SERIOUS);
        }
        return Optional.empty();
    }

    /** Whether the trial posts anything these rules can read for {@code outcome}. */
    static boolean applies(OutcomePlan outcome, TrialRecord trial) {
        if (outcome.isContinuous()) {
            return false;
        }
        Optional<AdverseEventTotal.Kind> kind = totalFor(outcome);
        if (kind.isPresent()) {
            return trial.adverseEventReporting().totals().stream().anyMatch(t -> t.kind() == kind.get());
        }
        return trial.adverseEvents().stream().anyMatch(e -> e.organSystem().filter(outcome::matches).isPresent());
    }

    /**
     * The outcome's arm rows from the adverse-event module.
     *
     * @throws Unusable with the reason when the module has the data but it cannot be used
     */
    static RegistryOutcomeData read(OutcomePlan outcome, TrialRecord trial) {
        String trialId = trial.registration().trialId();
        List<ResultGroup> groups = trial.resultGroups().stream()
                .filter(g -> g.module() == ResultGroup.ResultModule.ADVERSE_EVENTS).toList();
        if (groups.isEmpty()) {
            throw new Unusable("the adverse-event module declares no groups");
        }
        List<GroupArm> arms = GroupRoles.map(trial, groups);
        Optional<String> timeFrame = trial.adverseEventReporting().timeFrame();
        OptionalDouble days = timeFrame.map(TimeFrames::days).orElse(OptionalDouble.empty());
        Map<String, int[]> counts = new LinkedHashMap<>(); // group -> {affected, at risk}
        String what;
        String title;
        List<String> notes = new ArrayList<>();
        Optional<AdverseEventTotal.Kind> kind = totalFor(outcome);
        if (kind.isPresent()) {
            what = kind.get() == AdverseEventTotal.Kind.DEATHS ? "deaths (all causes)"
                    : "participants with any serious adverse event";
            title = kind.get() == AdverseEventTotal.Kind.DEATHS ? "All-cause mortality (posted adverse-event totals)"
                    : "Serious adverse events (posted adverse-event totals)";
            for (AdverseEventTotal t : trial.adverseEventReporting().totals()) {
                if (t.kind() == kind.get() && t.affected().isPresent() && t.atRisk().isPresent()) {
                    counts.put(t.groupId(), new int[] {t.affected().getAsInt(), t.atRisk().getAsInt()});
                }
            }
            notes.add("from the posted " + kind.get().name().toLowerCase(java.util.Locale.ROOT)
                    + " totals of the adverse-event module, per group");
        } else {
            List<AdverseEvent> terms = trial.adverseEvents().stream()
                    .filter(e -> e.organSystem().filter(outcome::matches).isPresent()).toList();
            String system = terms.get(0).organSystem().orElseThrow();
            if (terms.size() > 1) {
                throw new Unusable("system organ class '" + system + "' is posted as " + terms.size()
                        + " terms; participants with any of them are not posted (only per term), so no count is"
                        + " exact");
            }
            AdverseEvent term = terms.get(0);
            what = "participants with " + (term.serious() ? "serious" : "other") + " adverse event '" + term.term()
                    + "' (" + system + ")";
            title = system + " (posted adverse events)";
            for (AdverseEvent.Count c : term.counts()) {
                if (c.affected().isPresent() && c.atRisk().isPresent()) {
                    counts.put(c.groupId(), new int[] {c.affected().getAsInt(), c.atRisk().getAsInt()});
                }
            }
            notes.add("from the only posted term of system organ class '" + system + "', counted per participant");
        }
        List<RegistryArmRow> rows = new ArrayList<>();
        for (GroupArm arm : arms) {
            int[] c = counts.get(arm.groupId());
            if (c == null) {
                notes.add("group '" + arm.groupTitle() + "': no count posted; not extracted");
                continue;
            }
            if (c[1] == 0) {
                notes.add("group '" + arm.groupTitle() + "': no one at risk; not extracted");
                continue;
            }
            String source = "registry-sourced (" + trialId + " posted adverse events): " + what + ", group "
                    + arm.groupId();
            rows.add(new RegistryArmRow(arm, new ArmOutcomeResult(outcome.name(), days, timeFrame, arm.label(),
                    OptionalInt.of(c[1]), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.of(c[0]),
                    ArmOutcomeResult.CountKind.PATIENTS, ArmOutcomeResult.ValueKind.FINAL,
                    Optional.of(c[0] + " of " + c[1] + " at risk"), List.of(RegistryOutcomeData.sourceRef(trialId)),
                    Optional.of("posted adverse events, group " + arm.groupId()), Optional.of(source))));
        }
        if (rows.isEmpty()) {
            throw new Unusable("no group posts " + what);
        }
        return new RegistryOutcomeData(trialId, outcome.name(), title, Optional.empty(), timeFrame, days, false,
                false, rows, notes);
    }

    private static List<String> names(OutcomePlan outcome) {
        List<String> names = new ArrayList<>(outcome.synonyms());
        names.add(outcome.name());
        names.add(outcome.label());
        return names;
    }

    private static boolean same(String a, String b) {
        return OutcomePlan.normalise(a).equals(OutcomePlan.normalise(b));
    }
}
