package org.evsyn.cli.run;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.TerminalText;
import org.evsyn.cli.console.VersionProvider;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.review.dedup.CandidateRecord;
import org.evsyn.core.review.dedup.DuplicateFinder;
import org.evsyn.core.review.dedup.DuplicateGroup;
import org.evsyn.core.review.dedup.StudyLinker;
import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.store.DecisionChanges;
import org.evsyn.core.store.ReviewDecisionRepository;
import org.evsyn.core.store.StudyRepository;
import org.evsyn.core.review.registry.AdverseEventSummary;
import org.evsyn.core.review.registry.ExtractionMerger;
import org.evsyn.core.review.registry.OrganSystemEvents;
import org.evsyn.core.review.registry.MergeResult;
import org.evsyn.core.review.registry.RegistryExtraction;
import org.evsyn.core.review.registry.RegistryResultExtractor;
import org.evsyn.core.store.StoredRecord;
import org.evsyn.core.review.engine.ReviewAnalysis;
import org.evsyn.core.review.attributes.AttributeSheetCheck;
import org.evsyn.core.review.engine.ReviewEngine;
import org.evsyn.core.review.living.AnalysisRunRecorder;
import org.evsyn.core.review.living.OutcomeChange;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.plan.ReviewPlanReader;
import org.evsyn.core.review.rob.Rob2Assessment;
import org.evsyn.core.review.rob.Rob2SheetReader;
import org.evsyn.core.review.screening.PrismaCalculator;
import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.core.review.screening.ScreeningDecision;
import org.evsyn.core.review.screening.ScreeningSheetReader;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.ingest.FileResult;
import org.evsyn.ingest.IngestListener;
import org.evsyn.ingest.IngestOptions;
import org.evsyn.ingest.IngestReport;
import org.evsyn.ingest.IngestService;
import org.evsyn.reporting.ReportFiles;
import org.evsyn.reporting.ReportOptions;
import org.evsyn.reporting.ReportWriter;
import org.evsyn.reporting.review.ReviewReportAssembler;
import org.evsyn.stats.effect.EffectMeasure;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The review workflow behind {@code run} and {@code report}: reads and checks the folder, brings the store up to
 * date (run only), merges posted registry results into the extracted data, analyses every planned outcome,
 * records changed analysis runs (run only), and writes the report.
 */
final class ReviewPipeline {

    private final Environment environment;
    private final EvidenceStoreFactory stores;
    private final IngestService ingest;
    private final ReviewPlanReader plans;
    private final Rob2SheetReader rob;
    private final ScreeningSheetReader screening;
    private final ReviewEngine engine;
    private final ReportWriter reports;
    private final ReviewRecordIds recordIds;

    @Inject
    ReviewPipeline(Environment environment, EvidenceStoreFactory stores, IngestService ingest, ReviewPlanReader plans,
                   Rob2SheetReader rob, ScreeningSheetReader screening, ReviewEngine engine, ReportWriter reports) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.ingest = Objects.requireNonNull(ingest, "ingest");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.rob = Objects.requireNonNull(rob, "rob");
        this.screening = Objects.requireNonNull(screening, "screening");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.recordIds = new ReviewRecordIds(ingest.adapters());
    }

    /**
     * Analyses the review folder {@code dir} against the store {@code db} and writes its report to {@code outDir}.
     *
     * @param storeOptions how to open the store: for writing ({@code run}) or reading ({@code report}), the lock wait
     * @param refresh true (`run`): ingest what is new and record changed analysis runs; false (`report`): only read
     *                the store, which must already hold the review
     */
    int run(Path dir, Path db, OpenOptions storeOptions, Path outDir, ReportOptions options, boolean refresh) {
        // Read and check everything the folder holds before the store is touched.
        ReviewPlan plan = plans.read(dir);
        List<Rob2Assessment> judgements = plan.files().riskOfBias().map(f -> rob.read(dir.resolve(f))).orElse(List.of());
        List<ScreeningDecision> decisions = plan.files().screening().map(f -> screening.read(dir.resolve(f)))
                .orElse(List.of());
        List<Path> sheets = plan.files().extraction().stream().map(dir::resolve).toList();
        Map<String, Path> sheetsByName = new LinkedHashMap<>();
        plan.files().extraction().forEach(f -> sheetsByName.put(f, dir.resolve(f)));
        new AttributeSheetCheck().problem(plan.attributes(), sheetsByName).ifPresent(p -> {
            throw new IllegalStateException(p + " (nothing was stored)");
        });
        Set<String> ids = recordIds.sheetStudies(sheets);
        List<Path> exports = new ArrayList<>();
        for (var source : plan.sources()) {
            source.files().forEach(f -> exports.add(dir.resolve(f)));
        }
        Map<Path, ReviewRecordIds.Ids> exportIds = recordIds.byFile(exports);
        ReviewRecordIds.Ids exported = ReviewRecordIds.union(exportIds.values());
        Map<String, Integer> identified = new LinkedHashMap<>();
        if (refresh) {
            checkBeforeStoring(plan, judgements, ids, sheets, exports);
        }

        ReviewAnalysis analysis;
        List<OutcomeChange> changes;
        List<String> dataNotes = new ArrayList<>();
        List<OrganSystemEvents> adverseEvents = new ArrayList<>();
        int duplicates;
        if (!refresh && !Files.exists(db)) {
            throw new IllegalStateException(db + ": no evidence store here; run 'evsyn run " + dir.getFileName()
                    + "' first");
        }
        try (EvidenceStore opened = stores.open(db, storeOptions)) {
            identified.putAll(refresh ? ingestAll(opened, plan, sheets, exports, dataNotes) : identifiedInExports(dir, plan, exportIds));
            List<ExtractedStudy> sheetStudies = new ArrayList<>();
            for (String id : ids) {
                opened.studies().current(id).ifPresent(sheetStudies::add);
            }
            if (!refresh && sheetStudies.isEmpty() && !ids.isEmpty()) {
                throw new IllegalStateException(db + " does not hold this review's studies yet; run 'evsyn run "
                        + dir.getFileName() + "' first");
            }
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
            if (refresh) {
                recordDecisions(decided, opened.studies(), plan, decisions, judgements, duplicateGroups(opened, exported));
                linkStudies(opened, sheetStudies, exported);
            }
            for (ExtractedStudy st : sheetStudies) {
                opened.studies().study(st.studyId()).filter(x -> !x.literatureKeys().isEmpty()).ifPresent(x ->
                        dataNotes.add(x.studyKey() + " is reported by " + String.join(", ", x.literatureKeys())
                                + (x.trialIds().isEmpty() ? "" : " and registered as " + String.join(", ", x.trialIds()))
                                + " (linked by the registry ids the papers cite)"));
            }
            // What the store holds is what counts: PRISMA, RoB and duplicates are computed from it, not the sheets.
            decisions = decided.screening(plan.id());
            judgements = decided.riskOfBias(plan.id());
            duplicates = decided.duplicates(plan.id()).stream().mapToInt(DuplicateGroup::duplicates).sum();
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
            changes = refresh ? new AnalysisRunRecorder().record(opened.analysisRuns(), analysis, VersionProvider.version())
                    : new AnalysisRunRecorder().compare(opened.analysisRuns(), analysis);
        }
        PrismaCounts prisma = new PrismaCalculator().compute(identified, duplicates, decisions, analysis.studies().size());
        Map<String, String> moved = new LinkedHashMap<>();
        Map<String, String> shortMoved = new LinkedHashMap<>();
        for (OutcomeChange c : changes) {
            boolean ratio = plan.outcomes().stream().filter(o -> o.name().equals(c.outcome())).findFirst()
                    .map(OutcomePlan::isRatio).orElse(false);
            String text = c.describe(ratio ? Math::exp : x -> x);
            shortMoved.put(c.outcome(), text);
            if (c.status() == OutcomeChange.Status.CHANGED) {
                moved.put(c.outcome(), text);
            }
        }
        ReviewReportAssembler.Context context = new ReviewReportAssembler.Context(prisma, moved, dataNotes, adverseEvents,
                "sha256:" + sha256(db),
                changes.stream().filter(c -> c.runId() > 0).map(c -> "#" + c.runId()).toList(), VersionProvider.version(),
                LocalDate.now(ZoneOffset.UTC).toString());
        ReportFiles files = reports.write(new ReviewReportAssembler().assemble(analysis, context), outDir, options);
        files.warnings().forEach(w -> environment.err().println("evsyn: warning: " + TerminalText.line(w)));
        environment.out().println();
        ResultsTable.print(environment.out(), analysis, shortMoved);
        environment.out().println();
        environment.out().println("Report: " + TerminalText.line(files.index().toString()));
        return 0;
    }

    /**
     * Everything the run would store is checked first, so a review that fails changes nothing: each RoB 2 judgement
     * names a study of the extraction sheets, and every sheet and export reads as the ingest step will read it
     * (format recognised, nothing malformed; a dry run through the same adapters, without the store).
     */
    private void checkBeforeStoring(ReviewPlan plan, List<Rob2Assessment> judgements, Set<String> sheetStudies,
                                    List<Path> sheets, List<Path> exports) {
        for (Rob2Assessment a : judgements) {
            if (!sheetStudies.contains(a.studyId())) {
                throw new IllegalStateException(plan.files().riskOfBias().orElse("risk-of-bias sheet")
                        + ": study \"" + a.studyId() + "\" is judged but no extraction sheet has it");
            }
        }
        failOnFailedFile(ingest.parseOnly(sheets, IngestOptions.defaults().withFormat(
                ReviewRecordIds.EXTRACTION_FORMAT), IngestListener.NONE), "nothing was stored");
        failOnFailedFile(ingest.parseOnly(exports, IngestOptions.defaults(), IngestListener.NONE),
                "nothing was stored");
    }

    private static void failOnFailedFile(IngestReport report, String consequence) {
        Optional<FileResult> failed = report.files().stream().filter(f -> !f.succeeded()).findFirst();
        if (failed.isPresent()) {
            throw new IllegalStateException(failed.get().error().orElse(failed.get().name() + ": import failed")
                    + " (" + consequence + ")");
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            MessageDigest md = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }


    /** Duplicate groups among the review's exports (same registry id, DOI, PMID or title and year). */
    private static List<DuplicateGroup> duplicateGroups(EvidenceStore store, ReviewRecordIds.Ids exported) {
        List<CandidateRecord> candidates = new ArrayList<>();
        for (String key : exported.literature()) {
            store.literature().current(key).map(StoredRecord::payload).ifPresent(l -> candidates.add(
                    new CandidateRecord("lit:" + key, l.source(), l.registryIds(), l.doi(), l.pmid(), l.title(), l.year())));
        }
        for (String trialId : exported.registrations()) {
            store.registrations().current(trialId).map(StoredRecord::payload).ifPresent(t -> {
                var r = t.registration();
                List<String> regIds = new ArrayList<>(List.of(r.trialId()));
                r.secondaryIds().forEach(x -> regIds.add(x.id()));
                candidates.add(new CandidateRecord("reg:" + trialId, r.registry(), regIds, Optional.empty(),
                        Optional.empty(), r.officialTitle().orElse(r.briefTitle()),
                        r.startDate().map(d -> OptionalInt.of(d.year())).orElse(OptionalInt.empty())));
            });
        }
        return new DuplicateFinder().find(candidates);
    }

    /** Makes the sheets' decisions and the duplicates found the review's decisions in force, and says what moved. */
    private void recordDecisions(ReviewDecisionRepository decided, StudyRepository studies, ReviewPlan plan,
                                 List<ScreeningDecision> decisions,
                                 List<Rob2Assessment> judgements, List<DuplicateGroup> groups) {
        // Checked before anything is saved, so a bad sheet leaves every decision as it was.
        for (Rob2Assessment a : judgements) {
            if (studies.study(a.studyId()).isEmpty()) {
                throw new IllegalStateException(plan.files().riskOfBias().orElse("risk-of-bias sheet")
                        + ": study \"" + a.studyId() + "\" is judged but no extraction sheet has it");
            }
        }
        DecisionChanges screened = decided.saveScreening(plan.id(), decisions);
        DecisionChanges judged = decided.saveRiskOfBias(plan.id(), judgements);
        DecisionChanges linked = decided.saveDuplicates(plan.id(), groups);
        if (Stream.of(screened, judged, linked).allMatch(c -> c.none() && c.unchanged() == 0)) {
            return; // the review has no screening or RoB sheet and its exports no duplicates: nothing to say
        }
        environment.out().printf("Decisions stored: screening %s; risk of bias %s; duplicate links %s.%n",
                describe(screened), describe(judged), describe(linked));
    }

    private static String describe(DecisionChanges c) {
        if (c.none()) {
            return c.unchanged() + " unchanged";
        }
        return c.added() + " new, " + c.changed() + " changed, " + c.withdrawn() + " withdrawn, " + c.unchanged()
                + " unchanged";
    }

    /** Links each study to the registrations and papers among the review's exports that report it. */
    private static void linkStudies(EvidenceStore store, List<ExtractedStudy> studies, ReviewRecordIds.Ids exported) {
        List<Registration> registrations = new ArrayList<>();
        exported.registrations().forEach(id -> store.registrations().current(id)
                .ifPresent(r -> registrations.add(r.payload().registration())));
        Map<String, LiteratureRecord> papers = new LinkedHashMap<>();
        exported.literature().forEach(key -> store.literature().current(key)
                .ifPresent(l -> papers.put(key, l.payload())));
        StudyLinker linker = new StudyLinker();
        for (ExtractedStudy study : studies) {
            StudyLinker.Links links = linker.link(study.registryIds(), registrations, papers);
            store.reviewDecisions().linkToStudy(study.studyId(), links.trialIds(), links.literatureKeys());
        }
    }

    /**
     * Brings the store up to date with the review's files; returns the records identified per source. Each rejected
     * record is printed with its file, row and reason (as {@code evsyn ingest} does) and added to {@code dataNotes}.
     */
    private Map<String, Integer> ingestAll(EvidenceStore opened, ReviewPlan plan, List<Path> sheets, List<Path> exports,
                                           List<String> dataNotes) {
        // The plan says which files are extraction sheets; exports are recognised by their content.
        IngestReport ingested = new IngestReport(java.util.stream.Stream.concat(
                ingest.ingest(sheets, IngestOptions.defaults().withFormat(ReviewRecordIds.EXTRACTION_FORMAT),
                        opened, IngestListener.NONE).files().stream(),
                ingest.ingest(exports, IngestOptions.defaults(), opened, IngestListener.NONE).files().stream())
                .toList());
        failOnFailedFile(ingested, "nothing of that file was stored");
        environment.out().printf("Ingested %d file(s): %d record(s) read, %d new, %d unchanged, %d new version(s), "
                        + "%s%d rejected.%n", ingested.files().size(), ingested.read(), ingested.stored(),
                ingested.unchanged(), ingested.newVersions(), ingested.history() == 0 ? ""
                        : ingested.history() + " older version(s) kept as history (not used: each trial's current"
                        + " version is its newest by the registry's last-update date), ", ingested.rejected());
        ingested.files().stream().flatMap(f -> f.summary().stream()).flatMap(s -> s.notes().stream())
                .forEach(n -> environment.out().println("  " + TerminalText.line(n)));
        for (var file : ingested.files()) {
            String name = Path.of(file.name()).getFileName().toString();
            file.summary().ifPresent(s -> s.rejected().forEach(r -> {
                String line = "rejected " + name + " " + r.recordRef() + ": " + r.reason();
                environment.out().println("  " + TerminalText.line(line));
                dataNotes.add(line);
            }));
        }
        Map<String, Integer> identified = new LinkedHashMap<>();
        for (var source : plan.sources()) {
            int n = 0;
            for (String f : source.files()) {
                n += ingested.files().stream().filter(r -> r.name().endsWith(Path.of(f).getFileName().toString()))
                        .flatMap(r -> r.summary().stream()).mapToInt(s -> s.read()).sum();
            }
            identified.merge(source.name(), n, Integer::sum);
        }
        return identified;
    }

    /** Records identified per source, read from the export files themselves (report, which does not ingest). */
    private static Map<String, Integer> identifiedInExports(Path dir, ReviewPlan plan,
                                                            Map<Path, ReviewRecordIds.Ids> exportIds) {
        Map<String, Integer> identified = new LinkedHashMap<>();
        for (var source : plan.sources()) {
            int n = source.files().stream().mapToInt(f -> exportIds.get(dir.resolve(f)).records()).sum();
            identified.merge(source.name(), n, Integer::sum);
        }
        return identified;
    }
}
