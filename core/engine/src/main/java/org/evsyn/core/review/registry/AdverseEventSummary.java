package org.evsyn.core.review.registry;

import org.evsyn.core.domain.AdverseEvent;
import org.evsyn.core.domain.AdverseEventTotal;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ResultGroup;
import org.evsyn.core.domain.TrialRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums posted adverse events by organ system over trials, experimental against control arms, and the posted
 * per-group totals of all-cause deaths and of participants with any serious adverse event, which are exact where
 * the per-system figures are bounds. Groups are given roles as for outcome measures; a trial whose adverse-event
 * groups cannot all be mapped to one experimental and one control role is left out (and named), rather than
 * guessed.
 */
public final class AdverseEventSummary {

    /**
     * The summary.
     *
     * @param systems   one row per organ system, alphabetical
     * @param leftOut   trials left out and why
     * @param totals    all-cause mortality and any serious adverse event from the posted per-group totals (a row
     *                  only when some trial posts the total), participants counted exactly
     */
    public record Result(List<OrganSystemEvents> systems, List<String> leftOut, List<OrganSystemEvents> totals) {
        public Result {
            systems = List.copyOf(systems);
            leftOut = List.copyOf(leftOut);
            totals = List.copyOf(totals);
        }
    }

    /** The label of the all-cause mortality row of {@link Result#totals()}. */
    public static final String MORTALITY = "All-cause mortality (posted totals)";
    /** The label of the serious adverse events row of {@link Result#totals()}. */
    public static final String SERIOUS = "Any serious adverse event (posted totals)";

    /** Summarises the adverse events of {@code trials}. */
    public Result summarise(List<TrialRecord> trials) {
        Map<String, int[]> bySystem = new TreeMap<>(); // trials, tAff, tRisk, cAff, cRisk
        Map<AdverseEventTotal.Kind, int[]> byTotal = new java.util.EnumMap<>(AdverseEventTotal.Kind.class);
        List<String> leftOut = new ArrayList<>();
        for (TrialRecord trial : trials) {
            if (trial.adverseEvents().isEmpty() && trial.adverseEventReporting().totals().isEmpty()) {
                continue;
            }
            List<ResultGroup> groups = trial.resultGroups().stream()
                    .filter(g -> g.module() == ResultGroup.ResultModule.ADVERSE_EVENTS).toList();
            Map<String, ExtractedArm.Role> role = new HashMap<>();
            for (GroupArm g : GroupRoles.map(trial, groups)) {
                role.put(g.groupId(), g.role());
            }
            if (!role.containsValue(ExtractedArm.Role.EXPERIMENTAL) || !role.containsValue(ExtractedArm.Role.CONTROL)
                    || role.containsValue(ExtractedArm.Role.OTHER)) {
                leftOut.add(trial.registration().trialId() + ": adverse-event groups could not be matched to one "
                        + "experimental and one control arm");
                continue;
            }
            for (AdverseEventTotal.Kind kind : List.of(AdverseEventTotal.Kind.DEATHS, AdverseEventTotal.Kind.SERIOUS)) {
                int[] t = new int[4]; // tAff, tRisk, cAff, cRisk
                boolean any = false;
                for (AdverseEventTotal total : trial.adverseEventReporting().totals()) {
                    ExtractedArm.Role r = role.get(total.groupId());
                    if (total.kind() != kind || r == null || r == ExtractedArm.Role.OTHER || total.affected().isEmpty()
                            || total.atRisk().isEmpty()) {
                        continue;
                    }
                    int at = r == ExtractedArm.Role.EXPERIMENTAL ? 0 : 2;
                    t[at] += total.affected().getAsInt();
                    t[at + 1] += total.atRisk().getAsInt();
                    any = true;
                }
                if (any) {
                    int[] s = byTotal.computeIfAbsent(kind, x -> new int[5]);
                    s[0]++;
                    for (int i = 0; i < 4; i++) {
                        s[i + 1] += t[i];
                    }
                }
            }
            // Per system and role, the largest per-term count: at least that many participants were affected.
            Map<String, int[]> trialCounts = new TreeMap<>(); // tAff, tRisk, cAff, cRisk
            for (AdverseEvent e : trial.adverseEvents()) {
                String system = e.organSystem().orElse("Organ system not stated");
                int[] c = trialCounts.computeIfAbsent(system, k -> new int[4]);
                Map<ExtractedArm.Role, int[]> perRole = new HashMap<>();
                for (AdverseEvent.Count n : e.counts()) {
                    ExtractedArm.Role r = role.get(n.groupId());
                    if (r == null || n.affected().isEmpty() || n.atRisk().isEmpty()) {
                        continue;
                    }
                    int[] acc = perRole.computeIfAbsent(r, k -> new int[2]);
                    acc[0] += n.affected().getAsInt();
                    acc[1] += n.atRisk().getAsInt();
                }
                int[] t = perRole.getOrDefault(ExtractedArm.Role.EXPERIMENTAL, new int[2]);
                int[] k = perRole.getOrDefault(ExtractedArm.Role.CONTROL, new int[2]);
                c[0] = Math.max(c[0], t[0]);
                c[1] = Math.max(c[1], t[1]);
                c[2] = Math.max(c[2], k[0]);
                c[3] = Math.max(c[3], k[1]);
            }
            trialCounts.forEach((system, c) -> {
                int[] s = bySystem.computeIfAbsent(system, x -> new int[5]);
                s[0]++;
                for (int i = 0; i < 4; i++) {
                    s[i + 1] += c[i];
                }
            });
        }
        List<OrganSystemEvents> rows = new ArrayList<>();
        bySystem.forEach((system, s) -> rows.add(new OrganSystemEvents(system, s[0], s[1], s[2], s[3], s[4])));
        List<OrganSystemEvents> totals = new ArrayList<>();
        byTotal.forEach((kind, s) -> totals.add(new OrganSystemEvents(kind == AdverseEventTotal.Kind.DEATHS
                ? MORTALITY : SERIOUS, s[0], s[1], s[2], s[3], s[4])));
        return new Result(rows, leftOut, totals);
    }
}
