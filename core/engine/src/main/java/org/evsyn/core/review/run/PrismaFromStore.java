package org.evsyn.core.review.run;

import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.dedup.DuplicateGroup;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.screening.PrismaCalculator;
import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.core.review.screening.PrismaInput;
import org.evsyn.core.review.screening.ScreeningDecision;
import org.evsyn.core.review.screening.ScreeningSheetReader.SheetDecision;
import org.evsyn.core.store.EvidenceStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** A review's PRISMA 2020 counts from what the store holds: its exports' records, duplicate links and decisions. */
final class PrismaFromStore {

    /** What errors name as the source of the decisions when a team screened. */
    static final String TEAM = "the team's screening decisions";

    private PrismaFromStore() {
    }

    /**
     * Each screening sheet row names a record of the review's exports; checked before anything is stored.
     *
     * @throws IllegalStateException naming the sheet, the row and the id that matches nothing
     */
    static void checkScreenedIds(ReviewPlan plan, List<SheetDecision> rows, FileRecords exported) {
        for (SheetDecision r : rows) {
            if (exported.recordNamed(r.decision().recordId()).isEmpty()) {
                throw new IllegalStateException(sheet(plan) + ": row " + r.row() + ", column record_id: \""
                        + r.decision().recordId() + "\" matches no record of the review's exports"
                        + (plan.sources().isEmpty() ? " (review.json lists no sources)" : "")
                        + " (" + ReviewRunner.NOTHING_STORED + ")");
            }
        }
    }

    /** The counts, from the records the exports hold, the stored duplicate links and the decisions in force. */
    static PrismaCounts compute(ReviewPlan plan, FilesRead read, List<DuplicateGroup> groups,
                                List<ScreeningDecision> decisions, EvidenceStore store, List<ExtractedStudy> included) {
        return compute(plan, read, groups, decisions, store, included, false);
    }

    /**
     * As {@link #compute(ReviewPlan, FilesRead, List, List, EvidenceStore, List)}; {@code team} says the decisions
     * are a team's decisions in force, which may still leave records undecided.
     */
    static PrismaCounts compute(ReviewPlan plan, FilesRead read, List<DuplicateGroup> groups,
                                List<ScreeningDecision> decisions, EvidenceStore store, List<ExtractedStudy> included,
                                boolean team) {
        FileRecords exported = read.exported();
        Map<String, String> representative = new HashMap<>();
        for (DuplicateGroup g : groups) {
            g.recordIds().forEach(id -> representative.put(id, g.recordIds().get(0)));
        }
        Map<String, String> kept = new HashMap<>();
        // Named as the store names them (a trial id, pmid:..., doi:...), for errors that name a record.
        exported.aliases().forEach((id, ref) -> kept.put(id, representative.getOrDefault(ref, ref).substring(4)));
        // The sheet's ids are matched without regard to case, as the exports' aliases are kept.
        List<ScreeningDecision> byAlias = new ArrayList<>();
        for (ScreeningDecision d : decisions) {
            byAlias.add(new ScreeningDecision(d.recordId().trim().toLowerCase(Locale.ROOT), d.stage(),
                    d.include(), d.reason(), d.reviewer()));
        }
        List<PrismaInput.SourceTally> sources = new ArrayList<>();
        read.identified().forEach((name, n) -> sources.add(
                new PrismaInput.SourceTally(name, read.registers().contains(name), n)));
        int distinct = exported.registrations().size() + exported.literature().size();
        List<DuplicateGroup> among = groups.stream()
                .filter(g -> g.recordIds().stream().allMatch(id -> isExported(id, exported))).toList();
        return new PrismaCalculator().compute(new PrismaInput(sources, distinct, among, kept, byAlias,
                team ? TEAM : sheet(plan), included.size(), linkedReports(store, included, exported, representative),
                team));
    }

    /** The duplicates removed before screening, per rule that matched them; empty when none were. */
    static Optional<String> duplicatesNote(PrismaCounts counts) {
        if (counts.duplicatesByRule().isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        counts.duplicatesByRule().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getValue() + " by " + e.getKey()));
        return Optional.of("duplicates removed before screening (PRISMA): " + String.join(", ", parts)
                + "; a registration and the papers citing it are kept as reports of one study");
    }

    /** Says the screening counts come from the team's decisions in force, and what still awaits one. */
    static String teamNote(PrismaCounts c) {
        StringBuilder note = new StringBuilder("screening (PRISMA) from the team's decisions in force in the store "
                + "(agreed or resolved votes)");
        int screened = c.screened().orElse(0);
        int awaiting = screened - c.excludedAtScreening().orElse(0) - c.reportsSought().orElse(0);
        int fullText = c.reportsSought().orElse(0) - c.notRetrieved().orElse(0) - c.fullTextAssessed().orElse(0);
        if (awaiting > 0 || fullText > 0) {
            note.append("; screening is under way: ").append(awaiting).append(" of ").append(screened)
                    .append(" records await a title/abstract decision, ").append(fullText)
                    .append(" reports a full-text decision");
        }
        return note.toString();
    }

    /** Distinct records of the exports the store links to the included studies; empty when nothing links. */
    private static OptionalInt linkedReports(EvidenceStore store, List<ExtractedStudy> included, FileRecords exported,
                                             Map<String, String> representative) {
        Set<String> reports = new LinkedHashSet<>();
        for (ExtractedStudy st : included) {
            store.studies().study(st.studyId()).ifPresent(s -> {
                s.trialIds().stream().filter(exported.registrations()::contains)
                        .forEach(t -> reports.add(representative.getOrDefault("reg:" + t, "reg:" + t)));
                s.literatureKeys().stream().filter(exported.literature()::contains)
                        .forEach(k -> reports.add(representative.getOrDefault("lit:" + k, "lit:" + k)));
            });
        }
        return reports.isEmpty() ? OptionalInt.empty() : OptionalInt.of(reports.size());
    }

    private static boolean isExported(String id, FileRecords exported) {
        return id.startsWith("reg:") ? exported.registrations().contains(id.substring(4))
                : exported.literature().contains(id.substring(4));
    }

    private static String sheet(ReviewPlan plan) {
        return plan.files().screening().orElse("screening sheet");
    }
}
