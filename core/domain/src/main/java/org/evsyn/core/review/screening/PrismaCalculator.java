package org.evsyn.core.review.screening;

import org.evsyn.core.review.dedup.DuplicateGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes PRISMA 2020 counts from what the store holds and the screening decisions in force. The records screened
 * are the stored records left after de-duplication; the sheet says what happened to each of them, and a sheet that
 * contradicts the store (a record it does not decide, a full-text decision on a record excluded before) is an error
 * naming both. While a team is still screening ({@link PrismaInput#underway()}) records without a decision are
 * awaiting one: screened counts every record after de-duplication, so screened minus excluded minus sought is the
 * number still to decide. The rules are documented in docs/sheets.md.
 */
public final class PrismaCalculator {

    /** Rule of the duplicates that are one stored record listed by several exports (same DOI, PMID or trial id). */
    public static final String SAME_RECORD_RULE = "same record in more than one export (same key)";

    /** The full-text exclusion reason PRISMA counts as "reports not retrieved". */
    public static final String NOT_RETRIEVED = "not retrieved";

    /** The counts of {@code in}; screening counts are empty when no decision is recorded. */
    public PrismaCounts compute(PrismaInput in) {
        Map<String, Integer> identifiedBySource = new LinkedHashMap<>();
        Set<String> registers = new LinkedHashSet<>();
        for (PrismaInput.SourceTally s : in.sources()) {
            identifiedBySource.merge(s.name(), s.records(), Integer::sum);
            if (s.register()) {
                registers.add(s.name());
            }
        }
        int identified = identifiedBySource.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> byRule = new TreeMap<>();
        if (identified > in.distinctRecords()) {
            byRule.put(SAME_RECORD_RULE, identified - in.distinctRecords());
        }
        for (DuplicateGroup g : in.duplicates()) {
            byRule.merge(g.reasons().isEmpty() ? "linked as duplicates" : String.join("; ", g.reasons()),
                    g.duplicates(), Integer::sum);
        }
        int removed = byRule.values().stream().mapToInt(Integer::intValue).sum();
        Set<String> records = new LinkedHashSet<>(in.representativeOf().values());
        boolean sourced = !in.sources().isEmpty();
        OptionalInt duplicates = sourced ? OptionalInt.of(removed) : OptionalInt.empty();
        if (in.decisions().isEmpty() && !in.underway()) {
            return new PrismaCounts(identifiedBySource, registers, duplicates, byRule, OptionalInt.empty(),
                    OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Map.of(),
                    in.studiesIncluded(), in.linkedReports());
        }
        Map<String, ScreeningDecision> ta = byRecord(in, ScreeningDecision.Stage.TITLE_ABSTRACT);
        Map<String, ScreeningDecision> ft = byRecord(in, ScreeningDecision.Stage.FULL_TEXT);
        // A record that reached full text passed title/abstract screening, whether or not the sheet says so.
        Set<String> passed = new LinkedHashSet<>();
        ta.forEach((id, d) -> {
            if (d.include()) {
                passed.add(id);
            }
        });
        for (Map.Entry<String, ScreeningDecision> e : ft.entrySet()) {
            ScreeningDecision before = ta.get(e.getKey());
            if (before != null && !before.include()) {
                throw new IllegalStateException(in.sheet() + ": record \"" + e.getValue().recordId()
                        + "\" has a full-text decision but was excluded at title/abstract (as \""
                        + before.recordId() + "\")");
            }
            passed.add(e.getKey());
        }
        int excluded = (int) ta.values().stream().filter(d -> !d.include()).count();
        if (sourced && !in.underway()) {
            List<String> undecided = new ArrayList<>(records);
            undecided.removeAll(passed);
            undecided.removeAll(ta.keySet());
            if (!undecided.isEmpty()) {
                throw new IllegalStateException(in.sheet() + " decides " + (records.size() - undecided.size())
                        + " records, but the store holds " + records.size() + " records after de-duplication;"
                        + " no decision for " + String.join(", ", undecided.subList(0, Math.min(5, undecided.size())))
                        + (undecided.size() > 5 ? " and " + (undecided.size() - 5) + " more" : ""));
            }
        }
        OptionalInt screened = OptionalInt.of(sourced ? records.size() : passed.size() + excluded);
        if (ft.isEmpty()) {
            return new PrismaCounts(identifiedBySource, registers, duplicates, byRule, screened,
                    OptionalInt.of(excluded), OptionalInt.of(passed.size()), OptionalInt.empty(), OptionalInt.empty(),
                    Map.of(), in.studiesIncluded(), in.linkedReports());
        }
        List<String> unassessed = new ArrayList<>(passed);
        unassessed.removeAll(ft.keySet());
        if (!unassessed.isEmpty() && !in.underway()) {
            throw new IllegalStateException(in.sheet() + ": " + unassessed.size() + " of the " + passed.size()
                    + " reports sought (included at title/abstract) have no full-text decision: "
                    + String.join(", ", unassessed.subList(0, Math.min(5, unassessed.size()))));
        }
        int notRetrieved = 0;
        int included = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        for (ScreeningDecision d : ft.values()) {
            if (d.include()) {
                included++;
            } else if (isNotRetrieved(d)) {
                notRetrieved++;
            } else {
                reasons.merge(d.reason().orElse("no reason given"), 1, Integer::sum);
            }
        }
        if (included < in.studiesIncluded() && !in.underway()) {
            throw new IllegalStateException(in.sheet() + " includes " + included + " reports at full text, but the"
                    + " extraction sheets hold " + in.studiesIncluded() + " studies (each needs a report)");
        }
        return new PrismaCounts(identifiedBySource, registers, duplicates, byRule, screened, OptionalInt.of(excluded),
                OptionalInt.of(passed.size()), OptionalInt.of(notRetrieved),
                OptionalInt.of(ft.size() - notRetrieved), reasons, in.studiesIncluded(), OptionalInt.of(included));
    }

    /** True when a full-text exclusion says the report could not be had ("not retrieved"). */
    public static boolean isNotRetrieved(ScreeningDecision d) {
        return !d.include() && d.stage() == ScreeningDecision.Stage.FULL_TEXT && d.reason()
                .map(r -> r.trim().toLowerCase(Locale.ROOT).replace('_', ' ').equals(NOT_RETRIEVED)).orElse(false);
    }

    /** The stage's decisions by the record kept for screening; duplicates decided differently are an error. */
    private static Map<String, ScreeningDecision> byRecord(PrismaInput in, ScreeningDecision.Stage stage) {
        Map<String, ScreeningDecision> out = new LinkedHashMap<>();
        for (ScreeningDecision d : in.decisions()) {
            if (d.stage() != stage) {
                continue;
            }
            String id = in.sources().isEmpty() ? d.recordId() : in.representativeOf().get(d.recordId());
            if (id == null) {
                throw new IllegalStateException(in.sheet() + ": record_id \"" + d.recordId()
                        + "\" matches no record of the review's exports");
            }
            ScreeningDecision before = out.putIfAbsent(id, d);
            if (before != null && before.include() != d.include()) {
                throw new IllegalStateException(in.sheet() + ": \"" + before.recordId() + "\" and \"" + d.recordId()
                        + "\" are one record (duplicates) but are decided differently at " + stage.name()
                        .toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
