package org.evsyn.core.review.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.evsyn.core.review.engine.ReviewEngine;
import org.evsyn.core.review.plan.ReviewPlanReader;
import org.evsyn.core.review.rob.Rob2SheetReader;
import org.evsyn.core.review.run.ReviewMode;
import org.evsyn.core.review.run.ReviewRequest;
import org.evsyn.core.review.run.ReviewResult;
import org.evsyn.core.review.run.ReviewRunner;
import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.review.screening.ScreeningSheetReader;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.jdbc.JdbcStoreModule;
import org.evsyn.ingest.IngestModule;
import org.evsyn.ingest.IngestService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team screens the review of PrismaFromStoreTest (the real registration NCT03630471 and made-up papers, test data)
 * on a real SQLite store: seven records after de-duplication. Screened by two reviewers as that test's sheet decides
 * them, the PRISMA counts are the same hand count: screened 7, excluded 2, sought 5, not retrieved 1, assessed 4
 * (wrong population 1, not randomised 1), reports included 2.
 */
class ReviewTeamScreeningTest {

    private static final String P1 = "lit:doi:10.1234/p1";
    private static final String P2 = "lit:doi:10.1234/p2";
    private static final String P3 = "lit:doi:10.1234/p3";
    private static final String P4 = "lit:doi:10.1234/p4";
    private static final String P5 = "lit:doi:10.1234/p5";
    private static final String P6 = "lit:doi:10.1234/p6";
    private static final String REG = "reg:NCT03630471";

    @TempDir
    Path dir;

    private Injector injector;
    private ReviewRunner runner;
    private Path review;
    private Path db;
    private EvidenceStore store;
    private TeamScreening team;
    private Reviewer ann;
    private Reviewer ben;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        injector = Guice.createInjector(new IngestModule(), new JdbcStoreModule());
        runner = new ReviewRunner(injector.getInstance(EvidenceStoreFactory.class),
                injector.getInstance(IngestService.class), injector.getInstance(ReviewPlanReader.class),
                injector.getInstance(Rob2SheetReader.class), injector.getInstance(ScreeningSheetReader.class),
                injector.getInstance(ReviewEngine.class));
        review = dir.resolve("review");
        db = dir.resolve("r.db");
        Files.createDirectories(review.resolve("exports"));
        try (InputStream in = getClass().getResourceAsStream("/prisma/ctgov-v2-NCT03630471-noresults.json")) {
            Files.copy(in, review.resolve("exports/ctgov.json"));
        }
        Files.writeString(review.resolve("exports/medline.ris"),
                ris("10.1234/p1", "Problem solving for adolescents in New Delhi schools: a randomised trial",
                        "Registered as NCT03630471.")
                + ris("10.1234/p2", "Lay counsellors and school mental health in India", "")
                + ris("10.1234/p3", "Transdiagnostic counselling for young people: an eight week pilot", "")
                + ris("10.1234/p4", "Sleep hygiene education in university students", "")
                + ris("10.1234/p5", "Mindfulness apps for office workers: a survey", ""));
        Files.writeString(review.resolve("exports/embase.ris"),
                ris("10.1234/p2", "Lay counsellors and school mental health in India", "")
                + "TY  - JOUR\nID  - E2\nTI  - Transdiagnostic counselling for young people: an eight-week pilot\n"
                + "PY  - 2021\nER  - \n\n"
                + ris("10.1234/p6", "Group therapy for exam anxiety: a cohort study", ""));
        Files.writeString(review.resolve("trials.csv"), "trial,first_author,year,registry_id,n_cell,n_control\n"
                + "PRIDE 2019,Test,2019,NCT03630471,10,10\n");
        Files.writeString(review.resolve("outcomes.csv"), "trial,outcome,timepoint_days,arm,n,mean,sd\n"
                + "PRIDE 2019,sdq,90,cell,10,5,2.5\n"
                + "PRIDE 2019,sdq,90,control,10,6,2.5\n");
        Files.writeString(review.resolve("review.json"), """
                {"id": "team-test", "title": "Team screening (test data)",
                 "question": {"population": "p", "intervention": "i", "comparator": "c", "outcomes": "o"},
                 "sources": [{"name": "MEDLINE", "searched": "2025-01-01", "files": ["exports/medline.ris"]},
                             {"name": "Embase", "searched": "2025-01-01", "files": ["exports/embase.ris"]},
                             {"name": "ClinicalTrials.gov", "searched": "2025-01-01", "files": ["exports/ctgov.json"]}],
                 "screening": {"include_keywords": ["randomised"], "exclude_keywords": ["survey"],
                               "exclusion_reasons": ["not retrieved", "wrong population", "not randomised"]},
                 "files": {"extraction": ["trials.csv", "outcomes.csv"]},
                 "outcomes": [{"name": "sdq", "label": "Strengths and Difficulties", "direction": "lower_is_better",
                               "measure": "MD", "timepoint": {"rule": "last"}}]}
                """);
        runner.run(request(ReviewMode.RUN));
        openTeam();
        ann = team.addReviewer("Ann").reviewer();
        ben = team.addReviewer("Ben").reviewer();
    }

    private void openTeam() {
        store = injector.getInstance(EvidenceStoreFactory.class).open(db, OpenOptions.forWriting());
        team = injector.getInstance(TeamScreenings.class).open(review, store, new TitleWordRanker());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String ris(String doi, String title, String abstractText) {
        return "TY  - JOUR\nTI  - " + title + "\nPY  - 2021\nDO  - " + doi + "\n"
                + (abstractText.isEmpty() ? "" : "AB  - " + abstractText + "\n") + "ER  - \n\n";
    }

    private ReviewRequest request(ReviewMode mode) {
        return new ReviewRequest(review, org.evsyn.core.store.StoreLocation.file(db), mode, mode == ReviewMode.RUN ? OpenOptions.forWriting()
                : OpenOptions.forReading(), "9.9-test", Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"),
                ZoneOffset.UTC));
    }

    private Vote vote(Reviewer who, String record, Stage stage, Verdict verdict, String reason) {
        return team.decide(who, new DecisionRequest("q" + requests.incrementAndGet(), record, stage, verdict,
                Optional.ofNullable(reason)));
    }

    private void both(String record, Stage stage, Verdict verdict, String reason) {
        vote(ann, record, stage, verdict, reason);
        vote(ben, record, stage, verdict, reason);
    }

    /** Both reviewers decide every record as PrismaFromStoreTest's sheet does. */
    private void screenEverything() {
        for (String r : List.of(P1, REG, P2, P3, P6)) {
            both(r, Stage.TITLE_ABSTRACT, Verdict.INCLUDE, null);
        }
        both(P4, Stage.TITLE_ABSTRACT, Verdict.EXCLUDE, null);
        both(P5, Stage.TITLE_ABSTRACT, Verdict.EXCLUDE, null);
        both(P1, Stage.FULL_TEXT, Verdict.INCLUDE, null);
        both(REG, Stage.FULL_TEXT, Verdict.INCLUDE, null);
        both(P2, Stage.FULL_TEXT, Verdict.EXCLUDE, "not retrieved");
        both(P3, Stage.FULL_TEXT, Verdict.EXCLUDE, "wrong population");
        both(P6, Stage.FULL_TEXT, Verdict.EXCLUDE, "not randomised");
    }

    @Test
    void theRecordsAreTheReviewsOnePerDuplicateGroupWithWhatThePageShows() {
        List<ScreeningRecord> all = team.queue(ann, Stage.TITLE_ABSTRACT, QueueOrder.RANDOM, 100);

        assertThat(all).extracting(ScreeningRecord::recordKey)
                .containsExactlyInAnyOrder(P1, P2, P3, P4, P5, P6, REG);
        ScreeningRecord p1 = team.record(P1).orElseThrow();
        assertThat(p1.title()).startsWith("Problem solving for adolescents");
        assertThat(p1.abstractText()).contains("Registered as NCT03630471.");
        assertThat(p1.year()).hasValue(2021);
        ScreeningRecord reg = team.record(REG).orElseThrow();
        assertThat(reg.registryIds()).contains("NCT03630471");
        assertThat(reg.title()).isNotBlank();
        // Embase's E2 duplicates p3 and is screened through it.
        assertThat(team.record("lit:id:E2")).isEmpty();
        assertThatThrownBy(() -> vote(ann, "lit:id:E2", Stage.TITLE_ABSTRACT, Verdict.INCLUDE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not one of review team-test's");
    }

    @Test
    void aTokenSignsInItsReviewerAndOnlyItsHashIsStored() throws IOException {
        ReviewerToken cat = team.addReviewer("Cat");

        assertThat(cat.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(cat.toString()).doesNotContain(cat.token());
        assertThat(team.signIn(cat.token())).contains(cat.reviewer());
        assertThat(team.signIn("not-a-token")).isEmpty();
        assertThat(team.signIn("")).isEmpty();
        assertThat(team.reviewers()).extracting(Reviewer::name).containsExactly("Ann", "Ben", "Cat");
        assertThatThrownBy(() -> team.addReviewer("Cat")).isInstanceOf(IllegalArgumentException.class);
        ReviewerToken renewed = team.renewToken("Cat");
        assertThat(team.signIn(cat.token())).isEmpty();
        assertThat(team.signIn(renewed.token())).contains(cat.reviewer());
        store.close();
        String bytes = new String(Files.readAllBytes(db), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain(renewed.token()).contains(ReviewTeamScreening.sha256(renewed.token()));
        openTeam();
    }

    @Test
    void votesAreBlindUntilTheRecordHasTwoThenAConflictIsResolvedAndKeptInTheHistory() {
        Vote a = vote(ann, P3, Stage.TITLE_ABSTRACT, Verdict.INCLUDE, null);
        assertThat(team.visibleVotes(ben, P3, Stage.TITLE_ABSTRACT)).isEmpty();
        assertThat(team.visibleVotes(ann, P3, Stage.TITLE_ABSTRACT)).containsExactly(a);
        assertThat(team.conflicts(Stage.TITLE_ABSTRACT)).isEmpty();

        Vote b = vote(ben, P3, Stage.TITLE_ABSTRACT, Verdict.MAYBE, null);

        assertThat(team.visibleVotes(ben, P3, Stage.TITLE_ABSTRACT)).containsExactly(a, b);
        assertThat(team.conflicts(Stage.TITLE_ABSTRACT)).singleElement()
                .satisfies(c -> assertThat(c.votes()).containsExactly(a, b));
        Reviewer cat = team.addReviewer("Cat").reviewer();
        assertThatThrownBy(() -> team.resolve(cat, new DecisionRequest("r0", P4, Stage.TITLE_ABSTRACT,
                Verdict.EXCLUDE, Optional.empty()))).hasMessage("record " + P4 + " has no open conflict at"
                + " title/abstract");
        Vote settled = team.resolve(cat, new DecisionRequest("r1", P3, Stage.TITLE_ABSTRACT, Verdict.INCLUDE,
                Optional.empty()));

        assertThat(settled.resolution()).isTrue();
        assertThat(team.conflicts(Stage.TITLE_ABSTRACT)).isEmpty();
        assertThat(team.resolve(cat, new DecisionRequest("r1", P3, Stage.TITLE_ABSTRACT, Verdict.INCLUDE,
                Optional.empty()))).isEqualTo(settled);
        assertThat(team.history(P3)).containsExactly(a, b, settled);
        assertThat(team.progress(ann, Stage.TITLE_ABSTRACT)).isEqualTo(new Progress(7, 1, 6, 1, 1, 0));
        // The record is open at full text now.
        assertThat(team.queue(ann, Stage.FULL_TEXT, QueueOrder.RANKED, 10)).extracting(ScreeningRecord::recordKey)
                .containsExactly(P3);
    }

    @Test
    void aNewerVoteSupersedesTheOlderOneAndARetriedRequestWritesOnce() {
        Vote first = vote(ann, P4, Stage.TITLE_ABSTRACT, Verdict.INCLUDE, null);
        DecisionRequest change = new DecisionRequest("same", P4, Stage.TITLE_ABSTRACT, Verdict.EXCLUDE,
                Optional.of("not randomised"));
        Vote second = team.decide(ann, change);

        assertThat(team.decide(ann, change)).isEqualTo(second);
        List<Vote> history = team.history(P4);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).id()).isEqualTo(first.id());
        assertThat(history.get(0).supersededAt()).isPresent();
        assertThat(history.get(1)).isEqualTo(second);
        assertThat(team.visibleVotes(ann, P4, Stage.TITLE_ABSTRACT)).containsExactly(second);
    }

    @Test
    void fullTextOpensForIncludedRecordsAndItsExclusionsNeedAReasonFromTheReviewsList() {
        assertThatThrownBy(() -> vote(ann, P1, Stage.FULL_TEXT, Verdict.INCLUDE, null))
                .hasMessage("record " + P1 + " is not open at full text: it has no decision to include at"
                        + " title/abstract");
        both(P1, Stage.TITLE_ABSTRACT, Verdict.INCLUDE, null);

        assertThatThrownBy(() -> vote(ann, P1, Stage.FULL_TEXT, Verdict.EXCLUDE, null))
                .hasMessageContaining("a full-text exclusion needs a reason");
        assertThatThrownBy(() -> vote(ann, P1, Stage.FULL_TEXT, Verdict.EXCLUDE, "too small"))
                .hasMessage("record " + P1 + ": \"too small\" is not one of the review's exclusion reasons:"
                        + " not retrieved, wrong population, not randomised");
        assertThatThrownBy(() -> vote(ann, P1, Stage.TITLE_ABSTRACT, Verdict.INCLUDE, "wrong population"))
                .hasMessageContaining("a reason goes with an exclusion only");
        assertThat(vote(ann, P1, Stage.FULL_TEXT, Verdict.EXCLUDE, "wrong population").reason())
                .contains("wrong population");
    }

    @Test
    void theQueueFollowsTheRankingOrASeededRandomOrderAndLeavesOutWhatIsDoneOrFull() {
        assertThat(team.queue(ann, Stage.TITLE_ABSTRACT, QueueOrder.RANKED, 1)).extracting(ScreeningRecord::recordKey)
                .containsExactly(P1); // the only title with "randomised"
        List<ScreeningRecord> random = team.queue(ann, Stage.TITLE_ABSTRACT, QueueOrder.RANDOM, 7);
        assertThat(team.queue(ann, Stage.TITLE_ABSTRACT, QueueOrder.RANDOM, 7)).isEqualTo(random);

        both(P2, Stage.TITLE_ABSTRACT, Verdict.INCLUDE, null);
        vote(ann, P5, Stage.TITLE_ABSTRACT, Verdict.EXCLUDE, null);

        assertThat(team.queue(ann, Stage.TITLE_ABSTRACT, QueueOrder.RANKED, 100)).extracting(ScreeningRecord::recordKey)
                .containsExactly(P1, REG, P3, P4, P6); // the registration's title shares words with p2's
        assertThat(team.queue(ben, Stage.TITLE_ABSTRACT, QueueOrder.RANKED, 100)).extracting(ScreeningRecord::recordKey)
                .contains(P5).doesNotContain(P2);
        Reviewer cat = team.addReviewer("Cat").reviewer();
        assertThat(team.queue(cat, Stage.TITLE_ABSTRACT, QueueOrder.RANDOM, 100)).extracting(ScreeningRecord::recordKey)
                .doesNotContain(P2).hasSize(6);
        StoppingHint hint = team.stoppingHint(Stage.TITLE_ABSTRACT);
        assertThat(hint.screened()).isEqualTo(1);
        assertThat(hint.relevantFound()).isEqualTo(1);
        assertThat(hint.unscreened()).isEqualTo(6);
        assertThat(hint.basis()).contains("title words (test ranker)");
    }

    @Test
    void prismaFromTheTeamsDecisionsMatchesTheHandCountAndTheRunUsesThem() {
        PrismaCounts underway = team.prisma();
        assertThat(underway.screened()).hasValue(7);
        assertThat(underway.excludedAtScreening()).hasValue(0);

        screenEverything();
        PrismaCounts c = team.prisma();

        assertThat(c.screened()).hasValue(7);
        assertThat(c.excludedAtScreening()).hasValue(2);
        assertThat(c.reportsSought()).hasValue(5);
        assertThat(c.notRetrieved()).hasValue(1);
        assertThat(c.fullTextAssessed()).hasValue(4);
        assertThat(c.fullTextExcluded()).containsExactlyInAnyOrderEntriesOf(Map.of("wrong population", 1,
                "not randomised", 1));
        assertThat(c.reportsIncluded()).hasValue(2);
        assertThat(c.duplicatesRemoved()).hasValue(2);

        store.close();
        ReviewResult run = runner.run(request(ReviewMode.RUN));
        assertThat(run.prisma()).isEqualTo(c);
        assertThat(run.dataNotes()).contains("screening (PRISMA) from the team's decisions in force in the store"
                + " (agreed or resolved votes)");
        assertThat(runner.run(request(ReviewMode.REPORT)).prisma()).isEqualTo(c);
        openTeam();
    }
}
