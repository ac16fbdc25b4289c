package org.evsyn.core.review.run;

import jakarta.inject.Inject;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.review.attributes.AttributeSheetCheck;
import org.evsyn.core.review.dedup.DuplicateGroup;
import org.evsyn.core.review.dose.DoseResponseAnalyser;
import org.evsyn.core.review.dose.DoseResponseResult;
import org.evsyn.core.review.engine.ReviewAnalysis;
import org.evsyn.core.review.organclass.OrganClassResult;
import org.evsyn.core.review.engine.ReviewEngine;
import org.evsyn.core.review.living.AnalysisRunRecorder;
import org.evsyn.core.review.living.OutcomeChange;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.plan.ReviewPlanReader;
import org.evsyn.core.review.registry.AdverseEventSummary;
import org.evsyn.core.review.registry.ExtractionMerger;
import org.evsyn.core.review.registry.MergeResult;
import org.evsyn.core.review.registry.OrganSystemEvents;
import org.evsyn.core.review.registry.RegistryExtraction;
import org.evsyn.core.review.registry.RegistryResultExtractor;
import org.evsyn.core.review.rob.Rob2Assessment;
import org.evsyn.core.review.rob.Rob2SheetReader;
import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.core.review.screening.ScreeningDecision;
import org.evsyn.core.review.screening.ScreeningSheetReader;
import org.evsyn.core.review.screening.TeamTally;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.ReviewDecisionRepository;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.StoreLocation;
import org.evsyn.core.store.StoredRecord;
import org.evsyn.ingest.IngestService;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one entry point of a review: reads and checks the folder, brings the store up to date ({@link ReviewMode#RUN}
 * only), merges posted registry results into the extracted data, analyses every planned outcome, records the analysis
 * runs whose inputs changed ({@link ReviewMode#RUN} only), and returns all of it as a {@link ReviewResult}. It prints
 * nothing and writes no report.
 *
 * <p>Each of the review's files is parsed once per run. In {@link ReviewMode#RUN} all of them go into the store in
 * one transaction (see {@link EvidenceStore#importTogether}), and the records each holds are learnt from that same
 * pass: a file that fails, or a judgement of a study no sheet has, rolls all of them back, so a review that fails
 * stores nothing (and a store this run created is removed again). In {@link ReviewMode#REPORT} they are read without
 * storing.
 */
public final class ReviewRunner {

    /** The adapter of reviewers' extraction sheets: the plan says which files are sheets, whatever they look like. */
    static final String EXTRACTION_FORMAT = "extraction-csv";

    static final String NOTHING_STORED = "nothing was stored";

    private final EvidenceStoreFactory stores;
    private final IngestService ingest;
    private final ReviewPlanReader plans;
    private final Rob2SheetReader rob;
    private final ScreeningSheetReader screening;
    private final ReviewEngine engine;

    /** The runner over these parts. */
    @Inject
    public ReviewRunner(EvidenceStoreFactory stores, IngestService ingest, ReviewPlanReader plans, Rob2SheetReader rob,
                        ScreeningSheetReader screening, ReviewEngine engine) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.ingest = Objects.requireNonNull(ingest, "ingest");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.rob = Objects.requireNonNull(rob, "rob");
        this.screening = Objects.requireNonNull(screening, "screening");
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Runs the review {@code request} names.
     *
     * @throws RuntimeException with a one-line message naming the file, the record and what was expected when the
     *                          folder, a file of it or the store cannot be used; the store is then as it was
     */
    public ReviewResult run(ReviewRequest request) {
        Path dir = request.folder();
        StoreLocation location = request.store();
        // The SQLite file, if the store is one: its existence, removal after a failed first run and hash are
        // about the file; a PostgreSQL database is the server's to keep.
        Optional<Path> file = location instanceof StoreLocation.SqliteFile f ? Optional.of(f.file())
                : Optional.empty();
        String db = location.describe();
        boolean refresh = request.mode() == ReviewMode.RUN;
        // Read and check everything the folder holds (but the exports) before the store is touched.
        ReviewPlan plan = plans.read(dir);
        List<Rob2Assessment> sheetJudgements = plan.files().riskOfBias().map(f -> rob.read(dir.resolve(f)))
                .orElse(List.of());
        List<ScreeningSheetReader.SheetDecision> screeningRows = plan.files().screening()
                .map(f -> screening.readRows(dir.resolve(f))).orElse(List.of());
        List<ScreeningDecision> sheetDecisions = screeningRows.stream().map(ScreeningSheetReader.SheetDecision::decision)
                .toList();
        List<Path> sheets = plan.files().extraction().stream().map(dir::resolve).toList();
        Map<String, Path> sheetsByName = new LinkedHashMap<>();
        plan.files().extraction().forEach(f -> sheetsByName.put(f, dir.resolve(f)));
        new AttributeSheetCheck().problem(plan.attributes(), sheetsByName).ifPresent(p -> {
            throw new IllegalStateException(p + " (" + NOTHING_STORED + ")");
        });
        // report reads the files without storing, before it needs the store; run reads them into it, below.
        Optional<FilesRead> readOnly = refresh ? Optional.empty()
                : Optional.of(FilesRead.read(plan, dir, sheets, ingest::parseOnly, false));
        readOnly.ifPresent(r -> PrismaFromStore.checkScreenedIds(plan, screeningRows, r.exported()));
        if (!refresh && file.isPresent() && !Files.exists(file.get())) {
            throw new IllegalStateException(db + ": no evidence store here; run 'evsyn run " + dir.getFileName()
                    + "' first");
        }

        boolean created = file.isPresent() && !Files.exists(file.get());
        boolean removable = false;
        FilesRead read;
        List<DuplicateGroup> found = new ArrayList<>();
        ReviewAnalysis analysis;
        List<OutcomeChange> changes;
        List<String> dataNotes = new ArrayList<>();
        List<OrganSystemEvents> adverseEvents = new ArrayList<>();
        List<DoseResponseResult> doseResponse;
        Optional<OrganClassResult> organClasses = Optional.empty();
        Optional<DecisionsStored> stored = Optional.empty();
        PrismaCounts prisma;
        List<ScreeningDecision> decisions;
        try (EvidenceStore opened = stores.open(location, request.storeOptions())) {
            // Without a screening sheet, the team's votes in the store (if any) are the screening decisions.
            List<ScreeningDecision> teamDecisions = plan.files().screening().isPresent() ? List.of()
                    : new TeamTally(plan.screening().reviewersPerRecord())
                    .decisions(opened.teamScreening().votes(plan.id()));
            boolean team = !teamDecisions.isEmpty();
            if (refresh) {
                try {
                    read = opened.importTogether(() -> {
                        FilesRead r = FilesRead.read(plan, dir, sheets,
                                (files, options, listener) -> ingest.ingest(files, options, opened, listener), true);
                        checkJudgedStudies(plan, sheetJudgements, r.records().studies());
                        PrismaFromStore.checkScreenedIds(plan, screeningRows, r.exported());
                        // A sheet that contradicts the store fails here, so the import is rolled back with it.
                        found.addAll(StoredDecisions.duplicateGroups(opened, r.exported()));
                        List<ExtractedStudy> studies = r.records().studies().stream()
                                .flatMap(id -> opened.studies().current(id).stream()).toList();
                        PrismaFromStore.compute(plan, r, found, team ? ReviewRecords.teamDecisions(teamDecisions,
                                id -> r.exported().recordNamed(id).isPresent()) : sheetDecisions, opened, studies, team);
                        return r;
                    });
                } catch (RuntimeException e) {
                    removable = created && holdsNothing(opened, e);
                    throw e;
                }
            } else {
                read = readOnly.orElseThrow();
            }
            FileRecords exported = read.exported();
            List<ExtractedStudy> sheetStudies = new ArrayList<>();
            for (String id : read.records().studies()) {
                opened.studies().current(id).ifPresent(sheetStudies::add);
            }
            if (!refresh && sheetStudies.isEmpty() && !read.records().studies().isEmpty()) {
                throw new IllegalStateException(db + " does not hold this review's studies yet; run 'evsyn run "
                        + dir.getFileName() + "' first");
            }
            read.rejected().forEach(r -> dataNotes.add(r.describe()));
            // Posted registry results of the review's trials fill outcomes the sheets lack; the sheets win.
            Set<String> trialIds = new LinkedHashSet<>(exported.registrations());
            sheetStudies.forEach(st -> trialIds.addAll(st.registryIds()));
            List<TrialRecord> trials = new ArrayList<>();
            for (String trialId : trialIds) {
                opened.registrations().current(trialId).map(StoredRecord::payload)
                        .filter(t -> t.registration().hasResults()).ifPresent(trials::add);
            }
            List<RegistryExtraction> registry = new RegistryResultExtractor().extractAll(plan.outcomes(), trials);
            MergeResult merged = new ExtractionMerger().merge(sheetStudies, registry);
            merged.conflicts().forEach(c -> dataNotes.add("sheet and registry differ (the sheet is used): " + c.describe()));
            dataNotes.addAll(merged.notes());
            registry.forEach(x -> x.unusable().forEach(u -> dataNotes.add(u.trialId() + " posted \"" + u.measureTitle()
                    + "\" for " + u.outcome() + ", not usable: " + u.reason())));
            ReviewDecisionRepository decided = opened.reviewDecisions();
            List<ScreeningDecision> teamInForce = ReviewRecords.teamDecisions(teamDecisions,
                    id -> exported.recordNamed(id).isPresent());
            if (refresh) {
                stored = Optional.of(StoredDecisions.record(decided, opened, plan, team ? teamInForce : sheetDecisions,
                        sheetJudgements, found));
                StoredDecisions.linkStudies(opened, sheetStudies, exported);
            }
            for (ExtractedStudy st : sheetStudies) {
                opened.studies().study(st.studyId()).filter(x -> !x.literatureKeys().isEmpty()).ifPresent(x ->
                        dataNotes.add(x.studyKey() + " is reported by " + String.join(", ", x.literatureKeys())
                                + (x.trialIds().isEmpty() ? "" : " and registered as " + String.join(", ", x.trialIds()))
                                + " (linked by the registry ids the papers cite)"));
            }
            // What the store holds is what counts: PRISMA, RoB and duplicates are computed from it, not the sheets.
            decisions = team ? teamInForce : decided.screening(plan.id());
            List<Rob2Assessment> judgements = decided.riskOfBias(plan.id());
            List<DuplicateGroup> duplicates = decided.duplicates(plan.id());
            AdverseEventSummary.Result safety = new AdverseEventSummary().summarise(trials);
            adverseEvents.addAll(safety.totals());
            adverseEvents.addAll(safety.systems());
            dataNotes.addAll(safety.leftOut());
            if (!safety.totals().isEmpty()) {
                dataNotes.add("all-cause mortality and any serious adverse event are the registries' posted per-arm "
                        + "totals, participants counted exactly, summed over trials");
            }
            if (!safety.systems().isEmpty()) {
                dataNotes.add("adverse events by organ system are posted per term: each count is the largest of the "
                        + "system's terms in a trial (at least that many participants were affected), summed over trials");
            }
            analysis = engine.analyse(plan, merged.studies(), judgements);
            // Dose-response and organ-class analyses read what the outcomes' analyses used, and the sheets' and
            // registries' adverse-event rows.
            doseResponse = new DoseResponseAnalyser().analyse(plan, analysis);
            if (plan.organClasses().isPresent()) {
                organClasses = Optional.of(OrganClassRun.analyse(plan, sheetStudies, trials, dataNotes));
            }
            analysis.beyondPairwise().networks().forEach(n -> n.notPossible().ifPresent(why -> dataNotes.add(
                    "network meta-analysis of " + n.outcome() + " not possible: " + why)));
            prisma = PrismaFromStore.compute(plan, read, duplicates, decisions, opened, analysis.studies(), team);
            PrismaFromStore.duplicatesNote(prisma).ifPresent(dataNotes::add);
            if (team) {
                dataNotes.add(PrismaFromStore.teamNote(prisma));
            }
            changes = refresh ? new AnalysisRunRecorder().record(opened.analysisRuns(), analysis, request.version())
                    : new AnalysisRunRecorder().compare(opened.analysisRuns(), analysis);
        } catch (RuntimeException e) {
            if (removable) {
                removeStore(file.orElseThrow(), e);
            }
            throw e;
        }
        return new ReviewResult(plan, analysis, prisma, changes, dataNotes, adverseEvents, read.rejected(),
                read.totals(), stored, file.map(ReviewRunner::sha256).orElse(""), changes.stream().map(OutcomeChange::runId).filter(id -> id > 0)
                .toList(), request.version(), LocalDate.now(request.clock().withZone(ZoneOffset.UTC)), doseResponse,
                organClasses);
    }

    /** Each RoB 2 judgement names a study of the extraction sheets. */
    private static void checkJudgedStudies(ReviewPlan plan, List<Rob2Assessment> judgements, Set<String> sheetStudies) {
        for (Rob2Assessment a : judgements) {
            if (!sheetStudies.contains(a.studyId())) {
                throw new IllegalStateException(plan.files().riskOfBias().orElse("risk-of-bias sheet")
                        + ": study \"" + a.studyId() + "\" is judged but no extraction sheet has it");
            }
        }
    }

    /** True when the store holds no evidence at all (no import ever committed), so removing it loses nothing. */
    private static boolean holdsNothing(EvidenceStore store, RuntimeException failure) {
        try {
            return store.counts().equals(new StoreCounts(0, 0, 0, 0, 0, 0, 0, 0));
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            return false;
        }
    }

    /** Removes a store this run created and that holds nothing of it (with its journal), so a failed run leaves none. */
    private static void removeStore(Path db, RuntimeException failure) {
        for (Path p : List.of(db, db.resolveSibling(db.getFileName() + "-journal"))) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            MessageDigest md = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
