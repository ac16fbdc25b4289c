package org.evsyn.core.review.run;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.evsyn.core.review.engine.ReviewEngine;
import org.evsyn.core.review.plan.ReviewPlanReader;
import org.evsyn.core.review.rob.Rob2SheetReader;
import org.evsyn.core.review.screening.PrismaCalculator;
import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.core.review.screening.ScreeningSheetReader;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.jdbc.JdbcStoreModule;
import org.evsyn.ingest.IngestModule;
import org.evsyn.ingest.IngestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * PRISMA 2020 counts of a review computed from the store, every box checked against counts made by hand. The
 * registration is the real NCT03630471 (ClinicalTrials.gov); the literature records, the screening decisions and the
 * extracted numbers are made up (test data).
 *
 * <p>Hand count. Identified: MEDLINE 5 (p1..p5), Embase 3 (p2 again, E2, p6), ClinicalTrials.gov 1 (the
 * registration): 9, databases 8, registers 1. Duplicates removed: p2 listed by both databases (one stored record)
 * and E2, whose title and year are p3's: 2. Records screened: 9 - 2 = 7 (p1..p6 and the registration; p1 cites the
 * registration and is kept apart from it: two reports of one study). Excluded at title/abstract: p4, p5 = 2. Reports
 * sought: 7 - 2 = 5. Not retrieved: p2 = 1. Assessed: 4. Excluded: p3 "wrong population" 1, p6 "not randomised" 1.
 * Reports of included studies: p1 and the registration = 2; studies included: 1.
 */
class PrismaFromStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private ReviewRunner runner;
    private Path review;
    private Path db;

    @BeforeEach
    void setUp() throws IOException {
        Injector injector = Guice.createInjector(new IngestModule(), new JdbcStoreModule());
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
                {"id": "prisma-test", "title": "PRISMA counts (test data)",
                 "question": {"population": "p", "intervention": "i", "comparator": "c", "outcomes": "o"},
                 "sources": [{"name": "MEDLINE", "searched": "2025-01-01", "files": ["exports/medline.ris"]},
                             {"name": "Embase", "searched": "2025-01-01", "files": ["exports/embase.ris"]},
                             {"name": "ClinicalTrials.gov", "searched": "2025-01-01", "files": ["exports/ctgov.json"]}],
                 "files": {"extraction": ["trials.csv", "outcomes.csv"], "screening": "screening.csv"},
                 "outcomes": [{"name": "sdq", "label": "Strengths and Difficulties", "direction": "lower_is_better",
                               "measure": "MD", "timepoint": {"rule": "last"}}]}
                """);
        // Ids as reviewers write them: bare DOI, store key, trial id, PMID-less records by DOI.
        writeScreening("""
                record_id,stage,decision,reason
                10.1234/p1,title_abstract,include,
                NCT03630471,title_abstract,include,
                doi:10.1234/p2,title_abstract,include,
                10.1234/p3,title_abstract,include,
                10.1234/p4,title_abstract,exclude,
                10.1234/p5,title_abstract,exclude,
                10.1234/p6,title_abstract,include,
                10.1234/p1,full_text,include,
                nct03630471,full_text,include,
                10.1234/p2,full_text,exclude,not retrieved
                10.1234/p3,full_text,exclude,wrong population
                10.1234/p6,full_text,exclude,not randomised
                """);
    }

    private void writeScreening(String csv) throws IOException {
        Files.writeString(review.resolve("screening.csv"), csv);
    }

    private static String ris(String doi, String title, String abstractText) {
        return "TY  - JOUR\nTI  - " + title + "\nPY  - 2021\nDO  - " + doi + "\n"
                + (abstractText.isEmpty() ? "" : "AB  - " + abstractText + "\n") + "ER  - \n\n";
    }

    private ReviewRequest request(ReviewMode mode) {
        return new ReviewRequest(review, org.evsyn.core.store.StoreLocation.file(db), mode, mode == ReviewMode.RUN ? OpenOptions.forWriting()
                : OpenOptions.forReading(), "9.9-test", CLOCK);
    }

    @Test
    void everyBoxMatchesTheHandCount() {
        ReviewResult result = runner.run(request(ReviewMode.RUN));
        PrismaCounts c = result.prisma();

        assertThat(c.identifiedBySource()).containsExactlyInAnyOrderEntriesOf(
                Map.of("MEDLINE", 5, "Embase", 3, "ClinicalTrials.gov", 1));
        assertThat(c.registers()).containsExactly("ClinicalTrials.gov");
        assertThat(c.duplicatesRemoved()).hasValue(2);
        assertThat(c.duplicatesByRule()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PrismaCalculator.SAME_RECORD_RULE, 1, "similar title and year", 1));
        assertThat(c.screened()).hasValue(7);
        assertThat(c.excludedAtScreening()).hasValue(2);
        assertThat(c.reportsSought()).hasValue(5);
        assertThat(c.notRetrieved()).hasValue(1);
        assertThat(c.fullTextAssessed()).hasValue(4);
        assertThat(c.fullTextExcluded()).containsExactlyInAnyOrderEntriesOf(Map.of("wrong population", 1,
                "not randomised", 1));
        assertThat(c.reportsIncluded()).hasValue(2);
        assertThat(c.studiesIncluded()).isEqualTo(1);
        assertThat(result.dataNotes()).contains("duplicates removed before screening (PRISMA): 1 by same record in"
                + " more than one export (same key), 1 by similar title and year; a registration and the papers"
                + " citing it are kept as reports of one study");
    }

    @Test
    void aReportRunOverTheStoreCountsTheSame() {
        PrismaCounts first = runner.run(request(ReviewMode.RUN)).prisma();
        assertThat(runner.run(request(ReviewMode.REPORT)).prisma()).isEqualTo(first);
        assertThat(runner.run(request(ReviewMode.RUN)).prisma()).isEqualTo(first);
    }

    @Test
    void anUnknownScreeningIdIsAnErrorAndNothingIsStored() throws IOException {
        writeScreening("record_id,stage,decision\n10.1234/p1,title_abstract,include\n"
                + "pmid:99999999,title_abstract,exclude\n");

        assertThatThrownBy(() -> runner.run(request(ReviewMode.RUN))).hasMessage("screening.csv: row 2, column"
                + " record_id: \"pmid:99999999\" matches no record of the review's exports (nothing was stored)");
        assertThat(db).doesNotExist();
    }

    @Test
    void aSheetThatLeavesStoredRecordsUndecidedContradictsTheStoreAndNothingIsStored() throws IOException {
        writeScreening("record_id,stage,decision\n10.1234/p1,title_abstract,include\n");

        assertThatThrownBy(() -> runner.run(request(ReviewMode.RUN))).hasMessageStartingWith(
                "screening.csv decides 1 records, but the store holds 7 records after de-duplication;"
                        + " no decision for ");
        assertThat(db).doesNotExist();
    }

    @Test
    void aContradictingSheetLeavesTheDecisionsStoredBefore() throws IOException {
        PrismaCounts first = runner.run(request(ReviewMode.RUN)).prisma();
        writeScreening(Files.readString(review.resolve("screening.csv")).replace("10.1234/p6,full_text,exclude,"
                + "not randomised\n", ""));

        assertThatThrownBy(() -> runner.run(request(ReviewMode.RUN))).hasMessage("screening.csv: 1 of the 5 reports"
                + " sought (included at title/abstract) have no full-text decision: doi:10.1234/p6");
        assertThat(runner.run(request(ReviewMode.REPORT)).prisma()).isEqualTo(first);
    }
}
