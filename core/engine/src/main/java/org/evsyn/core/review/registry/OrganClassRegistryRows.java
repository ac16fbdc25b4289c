package org.evsyn.core.review.registry;

import org.evsyn.core.domain.AdverseEvent;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ResultGroup;
import org.evsyn.core.domain.TrialRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Participants with adverse events per system organ class and arm role, from posted registry results, for the
 * pooled odds ratio per organ class. Registries post counts per term, and a participant may have several terms
 * of one class: only a class posted as a single term gives an exact count of participants, so a class with
 * several terms is left out for that trial (and named) rather than bounded.
 */
public final class OrganClassRegistryRows {

    /**
     * One trial's exact counts for one organ class.
     *
     * @param trialId     the registry id
     * @param organClass  the system organ class as posted
     * @param treatEvents experimental participants affected (groups of one role summed)
     * @param treatN      experimental participants at risk
     * @param ctrlEvents  control participants affected
     * @param ctrlN       control participants at risk
     */
    public record Row(String trialId, String organClass, int treatEvents, int treatN, int ctrlEvents, int ctrlN) {

        /** Requires the names. */
        public Row {
            Objects.requireNonNull(trialId, "trialId");
            Objects.requireNonNull(organClass, "organClass");
        }
    }

    /**
     * The rows and what was left out.
     *
     * @param rows    exact counts, trial by trial, classes in posted order
     * @param leftOut per trial and class, why not
     */
    public record Result(List<Row> rows, List<String> leftOut) {

        /** Copies the lists. */
        public Result {
            rows = List.copyOf(rows);
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * Reads the trials' posted adverse events.
     *
     * @param trials registry records with results
     * @return the rows and what was left out
     */
    public Result read(List<TrialRecord> trials) {
        List<Row> rows = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (TrialRecord trial : trials) {
            if (trial.adverseEvents().isEmpty()) {
                continue;
            }
            String id = trial.registration().trialId();
            List<ResultGroup> groups = trial.resultGroups().stream()
                    .filter(g -> g.module() == ResultGroup.ResultModule.ADVERSE_EVENTS).toList();
            Map<String, ExtractedArm.Role> role = new HashMap<>();
            for (GroupArm g : GroupRoles.map(trial, groups)) {
                role.put(g.groupId(), g.role());
            }
            if (!role.containsValue(ExtractedArm.Role.EXPERIMENTAL) || !role.containsValue(ExtractedArm.Role.CONTROL)
                    || role.containsValue(ExtractedArm.Role.OTHER)) {
                leftOut.add(id + ": adverse-event groups could not be matched to one experimental and one control "
                        + "arm");
                continue;
            }
            Map<String, List<AdverseEvent>> byClass = new LinkedHashMap<>();
            for (AdverseEvent e : trial.adverseEvents()) {
                e.organSystem().ifPresent(c -> byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(e));
            }
            byClass.forEach((organClass, terms) -> {
                if (terms.size() > 1) {
                    leftOut.add(id + ", " + organClass + ": posted as " + terms.size() + " terms; participants with "
                            + "any of them are not posted, so no count is exact");
                    return;
                }
                int[] c = new int[4]; // tAff, tRisk, cAff, cRisk
                for (AdverseEvent.Count n : terms.get(0).counts()) {
                    ExtractedArm.Role r = role.get(n.groupId());
                    if (r == null || n.affected().isEmpty() || n.atRisk().isEmpty()) {
                        continue;
                    }
                    int at = r == ExtractedArm.Role.EXPERIMENTAL ? 0 : 2;
                    c[at] += n.affected().getAsInt();
                    c[at + 1] += n.atRisk().getAsInt();
                }
                if (c[1] == 0 || c[3] == 0) {
                    leftOut.add(id + ", " + organClass + ": no one at risk posted in one arm");
                    return;
                }
                rows.add(new Row(id, organClass, c[0], c[1], c[2], c[3]));
            });
        }
        return new Result(rows, leftOut);
    }
}
