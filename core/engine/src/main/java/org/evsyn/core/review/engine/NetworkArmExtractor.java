package org.evsyn.core.review.engine;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.plan.NetworkPlan;
import org.evsyn.core.review.plan.OutcomePlan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Takes every arm of an outcome's studies for a network analysis: unlike a pairwise analysis, multi-arm studies
 * enter whole (no arms combined or control split), each arm named by what it received. The time point is the
 * outcome's rule, as in the pairwise analysis; continuous outcomes use final values when every arm has them, else
 * changes from baseline when every arm has those. Arms of one study that the plan maps to one treatment are combined
 * (Cochrane Handbook 23.3.4); a study left with fewer than two treatments is left out, with the reason.
 */
final class NetworkArmExtractor {

    private NetworkArmExtractor() {
    }

    static NetworkArmData extract(OutcomePlan outcome, NetworkPlan network, List<ExtractedStudy> studies) {
        List<NetworkArmData.NetworkArmRow> arms = new ArrayList<>();
        List<MissingOutcomeData> leftOut = new ArrayList<>();
        for (ExtractedStudy study : studies) {
            List<ArmOutcomeResult> rows = study.results().stream().filter(r -> outcome.matches(r.outcome())).toList();
            if (rows.isEmpty()) {
                continue;
            }
            try {
                arms.addAll(study(outcome, network, study, rows));
            } catch (Unusable e) {
                leftOut.add(new MissingOutcomeData(study.studyId(), e.getMessage()));
            }
        }
        return new NetworkArmData(arms, leftOut);
    }

    private static List<NetworkArmData.NetworkArmRow> study(OutcomePlan outcome, NetworkPlan network,
                                                            ExtractedStudy study, List<ArmOutcomeResult> rows) {
        Optional<OptionalDouble> time = OutcomeDataExtractor.chooseTimepoint(outcome.timepoint(), rows);
        if (time.isEmpty()) {
            throw new Unusable("no time point meets the rule (" + outcome.timepoint().describe() + ")");
        }
        List<ArmOutcomeResult> atTime = rows.stream().filter(r -> same(r.timepointDays(), time.get())).toList();
        if (outcome.isContinuous()) {
            atTime = oneKind(atTime);
        }
        Map<String, List<ArmData>> byTreatment = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ArmOutcomeResult r : atTime) {
            if (!seen.add(r.armLabel())) {
                throw new Unusable("arm " + r.armLabel() + ": several rows at this time point");
            }
            ExtractedArm arm = study.arm(r.armLabel()).orElseThrow(() -> new Unusable("arm " + r.armLabel()
                    + " is not an arm of the study"));
            String treatment = network.label(study.treatment(arm), arm.role() == ExtractedArm.Role.CONTROL)
                    .orElseThrow(() -> new Unusable("arm " + r.armLabel() + ": no treatment recorded (the sheet's "
                            + "treatment column names what an arm received)"));
            byTreatment.computeIfAbsent(treatment, t -> new ArrayList<>()).add(numbers(outcome, r));
        }
        if (outcome.isRatio() && byTreatment.values().stream().flatMap(List::stream)
                .allMatch(a -> a.events().getAsInt() == 0 || a.events().getAsInt() == a.n())) {
            throw new Unusable("no events in any arm (or only events): the study carries no information on a ratio");
        }
        if (byTreatment.size() < 2) {
            throw new Unusable("one treatment only (" + String.join(", ", byTreatment.keySet())
                    + "): a study needs two compared treatments to enter the network");
        }
        List<NetworkArmData.NetworkArmRow> out = new ArrayList<>();
        byTreatment.forEach((t, list) -> out.add(new NetworkArmData.NetworkArmRow(study.studyId(), t,
                list.size() == 1 ? list.get(0) : MultiArm.combine(list, outcome.isContinuous()))));
        return out;
    }

    /** Final values when every arm has them, else changes from baseline when every arm has those. */
    private static List<ArmOutcomeResult> oneKind(List<ArmOutcomeResult> rows) {
        for (ArmOutcomeResult.ValueKind kind : ArmOutcomeResult.ValueKind.values()) {
            List<ArmOutcomeResult> ofKind = rows.stream().filter(r -> r.valueKind() == kind).toList();
            long arms = rows.stream().map(ArmOutcomeResult::armLabel).distinct().count();
            if (ofKind.stream().map(ArmOutcomeResult::armLabel).distinct().count() == arms) {
                return ofKind;
            }
        }
        throw new Unusable("arms report different kinds of values (final values and changes from baseline)");
    }

    private static ArmData numbers(OutcomePlan outcome, ArmOutcomeResult r) {
        String arm = r.armLabel() + " arm";
        if (r.n().isEmpty()) {
            throw new Unusable(arm + ": number of participants (n) not reported");
        }
        int n = r.n().getAsInt();
        if (!outcome.isContinuous()) {
            if (r.countKind() == ArmOutcomeResult.CountKind.EVENTS) {
                throw new Unusable(arm + ": counts events, not patients with an event");
            }
            if (r.events().isEmpty()) {
                throw new Unusable(arm + ": number with the event not reported");
            }
            return ArmData.binary(r.armLabel(), n, r.events().getAsInt());
        }
        if (r.mean().isEmpty() || r.sd().isEmpty()) {
            throw new Unusable(arm + ": mean and SD not both reported (a network analysis uses them as printed)");
        }
        return ArmData.continuous(r.armLabel(), n, r.mean().getAsDouble(), r.sd().getAsDouble(), Optional.empty());
    }

    private static boolean same(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.getAsDouble() == b.getAsDouble());
    }

    /** A study that cannot enter the network; the message is the reason. */
    private static final class Unusable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message, null, false, false);
        }
    }
}
