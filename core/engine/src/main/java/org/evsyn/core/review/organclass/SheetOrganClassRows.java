package org.evsyn.core.review.organclass;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.plan.OrganClassPlan;
import org.evsyn.stats.adverse.OrganClassCounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the extraction sheets' organ-class rows: outcome {@code soc:<organ class>}, participants with an event
 * ({@code events}) out of {@code n} per arm. A study's latest dated time point is used (rows without one only when
 * none is dated); arms of one role are added up.
 */
final class SheetOrganClassRows {

    private SheetOrganClassRows() {
    }

    static List<OrganClassCounts> read(List<ExtractedStudy> studies, List<String> notes) {
        List<OrganClassCounts> out = new ArrayList<>();
        for (ExtractedStudy s : studies) {
            Map<String, List<ArmOutcomeResult>> byClass = new LinkedHashMap<>();
            for (ArmOutcomeResult r : s.results()) {
                organClass(r.outcome()).ifPresent(c -> byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(r));
            }
            byClass.forEach((organClass, rows) -> counts(s, organClass, rows, notes).ifPresent(out::add));
        }
        return out;
    }

    /** The organ class a sheet outcome names, if it is a {@code soc:} row. */
    static Optional<String> organClass(String outcome) {
        String t = outcome.trim();
        if (t.toLowerCase(Locale.ROOT).startsWith(OrganClassPlan.SHEET_PREFIX) && t.length()
                > OrganClassPlan.SHEET_PREFIX.length()) {
            return Optional.of(t.substring(OrganClassPlan.SHEET_PREFIX.length()).trim());
        }
        return Optional.empty();
    }

    private static Optional<OrganClassCounts> counts(ExtractedStudy s, String organClass, List<ArmOutcomeResult> rows,
                                                     List<String> notes) {
        double latest = rows.stream().filter(r -> r.timepointDays().isPresent())
                .mapToDouble(r -> r.timepointDays().getAsDouble()).max().orElse(Double.NaN);
        List<ArmOutcomeResult> used = rows.stream().filter(r -> Double.isNaN(latest)
                ? r.timepointDays().isEmpty() : r.timepointDays().isPresent()
                && r.timepointDays().getAsDouble() == latest).toList();
        int[] c = new int[4]; // tEvents, tN, cEvents, cN
        for (ArmOutcomeResult r : used) {
            Optional<ExtractedArm.Role> role = s.arms().stream().filter(a -> a.label().equals(r.armLabel()))
                    .map(ExtractedArm::role).findFirst().or(() -> ExtractedArm.Role.parse(r.armLabel()));
            if (role.isEmpty() || role.get() == ExtractedArm.Role.OTHER) {
                continue;
            }
            if (r.events().isEmpty() || r.n().isEmpty() || r.countKind() == ArmOutcomeResult.CountKind.EVENTS) {
                notes.add(s.studyId() + ", " + organClass + ": arm '" + r.armLabel() + "' gives no participants with "
                        + "events out of n; the study is left out of this class");
                return Optional.empty();
            }
            int at = role.get() == ExtractedArm.Role.EXPERIMENTAL ? 0 : 2;
            c[at] += r.events().getAsInt();
            c[at + 1] += r.n().getAsInt();
        }
        if (c[1] == 0 || c[3] == 0) {
            notes.add(s.studyId() + ", " + organClass + ": needs an experimental and a control arm with n; left out");
            return Optional.empty();
        }
        return Optional.of(new OrganClassCounts(s.studyId(), organClass, c[0], c[1], c[2], c[3]));
    }
}
