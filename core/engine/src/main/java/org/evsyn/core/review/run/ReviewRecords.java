package org.evsyn.core.review.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.dedup.DuplicateGroup;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.core.review.screening.ScreeningDecision;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.ingest.IngestService;

/**
 * The records a review screens, learnt as a run learns them: its exports are read (not stored) to know which records
 * they hold, the store gives each record, and the records found to duplicate one another are screened once, through
 * their group's first record. It also gives the PRISMA counts of decisions on those records by the run's own rules.
 */
public final class ReviewRecords {

    private final ReviewPlan plan;
    private final FilesRead read;
    private final EvidenceStore store;
    private final List<DuplicateGroup> groups;
    private final List<String> screened;

    private ReviewRecords(ReviewPlan plan, FilesRead read, EvidenceStore store, List<DuplicateGroup> groups,
                          List<String> screened) {
        this.plan = plan;
        this.read = read;
        this.store = store;
        this.groups = List.copyOf(groups);
        this.screened = List.copyOf(screened);
    }

    /**
     * Reads the review's files in {@code dir} without storing them and finds their records in {@code store}.
     *
     * @throws IllegalStateException when the store does not hold a record of the exports (the review was not run on
     *                               it), naming the first such record
     */
    public static ReviewRecords read(ReviewPlan plan, Path dir, IngestService ingest, EvidenceStore store) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(store, "store");
        List<Path> sheets = plan.files().extraction().stream().map(dir::resolve).toList();
        FilesRead read = FilesRead.read(plan, dir, sheets, ingest::parseOnly, false);
        FileRecords exported = read.exported();
        for (String id : exported.registrations()) {
            if (store.registrations().current(id).isEmpty()) {
                throw notStored(plan, dir, "registration " + id);
            }
        }
        for (String key : exported.literature()) {
            if (store.literature().current(key).isEmpty()) {
                throw notStored(plan, dir, "literature record " + key);
            }
        }
        List<DuplicateGroup> groups = StoredDecisions.duplicateGroups(store, exported);
        Set<String> duplicates = new LinkedHashSet<>();
        groups.forEach(g -> duplicates.addAll(g.recordIds().subList(1, g.recordIds().size())));
        List<String> screened = new ArrayList<>();
        exported.literature().forEach(k -> screened.add("lit:" + k));
        exported.registrations().forEach(t -> screened.add("reg:" + t));
        screened.removeAll(duplicates);
        return new ReviewRecords(plan, read, store, groups, screened);
    }

    private static IllegalStateException notStored(ReviewPlan plan, Path dir, String what) {
        return new IllegalStateException("the evidence store does not hold " + what + " of review " + plan.id()
                + "'s exports; run 'evsyn run " + dir.getFileName() + "' on this store first");
    }

    /**
     * The keys of the records to screen ({@code lit:<natural key>} or {@code reg:<trial id>}), one per duplicate
     * group, papers first, each in the order of the exports.
     */
    public List<String> screened() {
        return screened;
    }

    /** The duplicate groups among the exports, representative (the record screened) first. */
    public List<DuplicateGroup> duplicates() {
        return groups;
    }

    /**
     * The PRISMA 2020 counts of a team's decisions in force, as a run counts them; records without a decision are
     * awaiting one.
     *
     * @param decisions decisions whose record ids are record keys ({@code lit:...}, {@code reg:...})
     */
    public PrismaCounts prisma(List<ScreeningDecision> decisions) {
        List<ExtractedStudy> studies = read.records().studies().stream()
                .flatMap(id -> store.studies().current(id).stream()).toList();
        return PrismaFromStore.compute(plan, read, groups, teamDecisions(decisions,
                id -> read.exported().recordNamed(id).isPresent()), store, studies, true);
    }

    /**
     * A team's decisions in force as a screening sheet names the records (trial id, natural key), keeping only those
     * on records {@code known} accepts, and a full-text decision only while the record's title/abstract decision in
     * force includes it (a reviewer may have changed that vote since).
     */
    static List<ScreeningDecision> teamDecisions(List<ScreeningDecision> decisions, Predicate<String> known) {
        Set<String> passed = new HashSet<>();
        List<ScreeningDecision> kept = new ArrayList<>();
        for (ScreeningDecision d : decisions) {
            String id = d.recordId().startsWith("lit:") || d.recordId().startsWith("reg:") ? d.recordId().substring(4)
                    : d.recordId();
            if (!known.test(id)) {
                continue;
            }
            if (d.stage() == ScreeningDecision.Stage.TITLE_ABSTRACT && d.include()) {
                passed.add(id);
            }
            kept.add(new ScreeningDecision(id, d.stage(), d.include(), d.reason(), d.reviewer()));
        }
        return kept.stream().filter(d -> d.stage() == ScreeningDecision.Stage.TITLE_ABSTRACT
                || passed.contains(d.recordId())).toList();
    }
}
