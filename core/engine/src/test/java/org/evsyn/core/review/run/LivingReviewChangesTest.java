package org.evsyn.core.review.run;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.evsyn.core.review.engine.ReviewEngine;
import org.evsyn.core.review.living.OutcomeChange;
import org.evsyn.core.review.living.StudyChange;
import org.evsyn.core.review.plan.ReviewPlanReader;
import org.evsyn.core.review.rob.Rob2SheetReader;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A living review re-run over a real store: after one value is corrected in the sheet, a study is added or one is
 * dropped, the change names each study, the value old → new with its source, and how the pooled result moved.
 */
class LivingReviewChangesTest {

    @TempDir
    Path dir;

    private ReviewRunner runner;
    private Path review;

    @BeforeEach
    void setUp() throws IOException {
        Injector injector = Guice.createInjector(new IngestModule(), new JdbcStoreModule());
        runner = new ReviewRunner(injector.getInstance(EvidenceStoreFactory.class),
                injector.getInstance(IngestService.class), injector.getInstance(ReviewPlanReader.class),
                injector.getInstance(Rob2SheetReader.class), injector.getInstance(ScreeningSheetReader.class),
                injector.getInstance(ReviewEngine.class));
        review = TestReview.write(dir.resolve("review"));
        outcomes("""
                Smith 2020,nihss,90,cell,10,5,2.5,S01
                Smith 2020,nihss,90,control,10,6,2.5,S01
                Jones 2021,nihss,90,cell,10,4,2.5,S02
                Jones 2021,nihss,90,control,10,7,2.5,S02
                """);
    }

    private void outcomes(String rows) throws IOException {
        Files.writeString(review.resolve("extraction/outcomes.csv"),
                "trial,outcome,timepoint_days,arm,n,mean,sd,source_ref\n" + rows);
    }

    private ReviewResult run() {
        return runner.run(new ReviewRequest(review, org.evsyn.core.store.StoreLocation.file(dir.resolve("r.db")), ReviewMode.RUN, OpenOptions.forWriting(),
                "9.9-test", Clock.systemUTC()));
    }

    @Test
    void aReRunNamesTheStudyAddedAndTheValueThatChanged() throws IOException {
        run();
        Files.writeString(review.resolve("extraction/trials.csv"),
                Files.readString(review.resolve("extraction/trials.csv")) + "Lee 2022,Lee,2022,NCT00000003,12,12\n");
        outcomes("""
                Smith 2020,nihss,90,cell,10,5,2.5,S01
                Smith 2020,nihss,90,control,10,6.5,2.5,S01
                Jones 2021,nihss,90,cell,10,4,2.5,S02
                Jones 2021,nihss,90,control,10,7,2.5,S02
                Lee 2022,nihss,90,cell,12,3,2,S03
                Lee 2022,nihss,90,control,12,9,2,S03
                """);

        ReviewResult second = run();

        OutcomeChange change = second.changes().get(0);
        assertThat(change.status()).isEqualTo(OutcomeChange.Status.CHANGED);
        assertThat(change.studies()).containsExactly(
                new StudyChange(StudyChange.Kind.CHANGED, "Smith 2020", java.util.List.of("S01"),
                        java.util.List.of("control mean 6 → 6.5")),
                new StudyChange(StudyChange.Kind.ADDED, "Lee 2022", java.util.List.of("S03"), java.util.List.of()));
        // Hand-computed mean differences: before -1 and -3 (pooled -2), after -1.5, -3 and -6; both exclude 0.
        assertThat(second.changeTexts().get("nihss"))
                .startsWith("Smith 2020: control mean 6 → 6.5 (source S01); added Lee 2022 (source S03); k=2: -2.00 [")
                .contains(" → k=3: ");
    }

    @Test
    void aStudyDroppedFromTheSheetsIsNamedAsRemoved() throws IOException {
        run();
        Files.writeString(review.resolve("extraction/trials.csv"), Files.readString(
                review.resolve("extraction/trials.csv")).replaceAll("(?m)^Jones 2021,.*\n", ""));
        outcomes("""
                Smith 2020,nihss,90,cell,10,5,2.5,S01
                Smith 2020,nihss,90,control,10,6,2.5,S01
                """);

        ReviewResult second = run();

        assertThat(second.changes().get(0).studies()).containsExactly(new StudyChange(StudyChange.Kind.REMOVED,
                "Jones 2021", java.util.List.of("S02"), java.util.List.of()));
        assertThat(second.changeTexts().get("nihss")).startsWith("removed Jones 2021 (source S02); k=2: ")
                .contains(" → k=1: ");
    }

    @Test
    void anUnchangedReRunListsNoStudies() {
        run();

        ReviewResult second = run();

        assertThat(second.changes().get(0).status()).isEqualTo(OutcomeChange.Status.UNCHANGED);
        assertThat(second.changes().get(0).studies()).isEmpty();
        assertThat(second.changeTexts().get("nihss")).isEqualTo("unchanged");
    }
}
