package org.evsyn.core.review.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.evsyn.core.review.engine.ReviewEngine;
import org.evsyn.core.review.plan.ReviewPlanReader;
import org.evsyn.core.review.rob.Rob2SheetReader;
import org.evsyn.core.review.run.ReviewMode;
import org.evsyn.core.review.run.ReviewRequest;
import org.evsyn.core.review.run.ReviewResult;
import org.evsyn.core.review.run.ReviewRunner;
import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.review.screening.ScreeningSheetReader;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.jdbc.JdbcStoreModule;
import org.evsyn.ingest.IngestModule;
import org.evsyn.ingest.IngestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evsyn run} on a copy of the bundled stem-cell example, given a literature search (four made-up records, test
 * data) and no screening sheet: its PRISMA screening counts are the team's decisions in force, under way and then
 * finished, and its analyses are the example's own.
 */
class TeamDecisionsInTheRunTest {

    @TempDir
    Path dir;

    private Injector injector;
    private ReviewRunner runner;
    private Path review;
    private Path db;

    @BeforeEach
    void copyTheExample() throws IOException {
        Path example = Path.of("..", "..", "examples", "stem-cell-stroke").toAbsolutePath().normalize();
        review = dir.resolve("stem-cell-stroke");
        try (Stream<Path> files = Files.walk(example)) {
            for (Path f : files.toList()) {
                Path to = review.resolve(example.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Files.writeString(review.resolve("search.ris"),
                ris("10.1234/team-1", "Mesenchymal stromal cells after ischemic stroke: a randomised trial")
                + ris("10.1234/team-2", "Stem cells in rats after middle cerebral artery occlusion")
                + ris("10.1234/team-3", "Multipotent adult progenitor cells for acute stroke: a randomised trial")
                + ris("10.1234/team-4", "Cell therapy for stroke: a narrative review"));
        Path plan = review.resolve("review.json");
        Files.writeString(plan, Files.readString(plan).replace("\"sources\": [],",
                "\"sources\": [{\"name\": \"MEDLINE\", \"searched\": \"2025-01-01\", \"files\": [\"search.ris\"]}],\n"
                        + "  \"screening\": {\"exclusion_reasons\": [\"animal study\", \"not randomised\"]},"));
        injector = Guice.createInjector(new IngestModule(), new JdbcStoreModule());
        runner = new ReviewRunner(injector.getInstance(EvidenceStoreFactory.class),
                injector.getInstance(IngestService.class), injector.getInstance(ReviewPlanReader.class),
                injector.getInstance(Rob2SheetReader.class), injector.getInstance(ScreeningSheetReader.class),
                injector.getInstance(ReviewEngine.class));
        db = dir.resolve("evidence.db");
    }

    private static String ris(String doi, String title) {
        return "TY  - JOUR\nTI  - " + title + "\nPY  - 2022\nDO  - " + doi + "\nER  - \n\n";
    }

    private ReviewResult run() {
        return runner.run(new ReviewRequest(review, org.evsyn.core.store.StoreLocation.file(db), ReviewMode.RUN, OpenOptions.forWriting(), "9.9-test",
                Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), ZoneOffset.UTC)));
    }

    private void screen(List<String[]> votes) {
        try (EvidenceStore store = injector.getInstance(EvidenceStoreFactory.class).open(db, OpenOptions.forWriting())) {
            TeamScreening team = injector.getInstance(TeamScreenings.class).open(review, store, new TitleWordRanker());
            Map<String, Reviewer> who = Map.of("Ann", team.reviewers().stream().filter(r -> r.name().equals("Ann"))
                            .findFirst().orElseGet(() -> team.addReviewer("Ann").reviewer()),
                    "Ben", team.reviewers().stream().filter(r -> r.name().equals("Ben"))
                            .findFirst().orElseGet(() -> team.addReviewer("Ben").reviewer()));
            for (String[] v : votes) {
                team.decide(who.get(v[0]), new DecisionRequest(String.join("/", v), "lit:doi:10.1234/team-" + v[1],
                        Stage.valueOf(v[2]), Verdict.valueOf(v[3]), Optional.ofNullable(v.length > 4 ? v[4] : null)));
            }
        }
    }

    @Test
    void thePrismaFlowComesFromTheTeamsDecisions() {
        ReviewResult before = run();
        assertThat(before.prisma().screened()).isEmpty();
        int outcomes = before.analysis().outcomes().size();

        screen(List.of(new String[] {"Ann", "1", "TITLE_ABSTRACT", "INCLUDE"},
                new String[] {"Ben", "1", "TITLE_ABSTRACT", "INCLUDE"},
                new String[] {"Ann", "2", "TITLE_ABSTRACT", "EXCLUDE", "animal study"},
                new String[] {"Ben", "2", "TITLE_ABSTRACT", "EXCLUDE", "animal study"},
                new String[] {"Ann", "4", "TITLE_ABSTRACT", "EXCLUDE"}));
        ReviewResult underway = run();

        assertThat(underway.prisma().screened()).hasValue(4);
        assertThat(underway.prisma().excludedAtScreening()).hasValue(1);
        assertThat(underway.prisma().reportsSought()).hasValue(1);
        assertThat(underway.dataNotes()).anyMatch(n -> n.contains("screening is under way: 2 of 4 records await a"
                + " title/abstract decision, 1 reports a full-text decision"));
        assertThat(underway.analysis().outcomes()).hasSize(outcomes);

        screen(List.of(new String[] {"Ben", "4", "TITLE_ABSTRACT", "EXCLUDE"},
                new String[] {"Ann", "3", "TITLE_ABSTRACT", "INCLUDE"},
                new String[] {"Ben", "3", "TITLE_ABSTRACT", "INCLUDE"},
                new String[] {"Ann", "1", "FULL_TEXT", "INCLUDE"},
                new String[] {"Ben", "1", "FULL_TEXT", "INCLUDE"},
                new String[] {"Ann", "3", "FULL_TEXT", "EXCLUDE", "not randomised"},
                new String[] {"Ben", "3", "FULL_TEXT", "EXCLUDE", "not randomised"}));
        ReviewResult done = run();

        assertThat(done.prisma().screened()).hasValue(4);
        assertThat(done.prisma().excludedAtScreening()).hasValue(2);
        assertThat(done.prisma().reportsSought()).hasValue(2);
        assertThat(done.prisma().fullTextAssessed()).hasValue(2);
        assertThat(done.prisma().fullTextExcluded()).containsExactly(Map.entry("not randomised", 1));
        assertThat(done.dataNotes()).noneMatch(n -> n.contains("under way"))
                .anyMatch(n -> n.startsWith("screening (PRISMA) from the team's decisions"));
        // The decisions in force are also the review's stored screening decisions, with who decided.
        assertThat(done.decisions().orElseThrow().screening()).isEqualTo(new org.evsyn.core.store.DecisionChanges(4, 0,
                0, 2));
    }
}
