package org.evsyn.core.review.run;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import org.evsyn.core.review.engine.ReviewEngine;
import org.evsyn.core.review.living.OutcomeChange;
import org.evsyn.core.review.plan.ReviewPlanReader;
import org.evsyn.core.review.rob.Rob2SheetReader;
import org.evsyn.core.review.screening.ScreeningSheetReader;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.jdbc.JdbcStoreModule;
import org.evsyn.ingest.AdapterRegistry;
import org.evsyn.ingest.IngestModule;
import org.evsyn.ingest.IngestService;
import org.evsyn.ingest.spi.IngestAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The review runner over real parts: the bundled adapters (each wrapped to count its parses), a real SQLite store
 * file and a small review folder of two extraction sheets and a RIS export.
 */
class ReviewRunnerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T23:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Map<String, Integer> parses;
    private ReviewRunner runner;
    private Path review;
    private Path db;

    @BeforeEach
    void setUp() throws IOException {
        Injector injector = Guice.createInjector(new IngestModule(), new JdbcStoreModule());
        parses = CountingAdapter.newCounts();
        Set<IngestAdapter> counted = injector.getInstance(Key.get(new TypeLiteral<Set<IngestAdapter>>() { }))
                .stream().map(a -> (IngestAdapter) new CountingAdapter(a, parses)).collect(Collectors.toSet());
        runner = new ReviewRunner(injector.getInstance(EvidenceStoreFactory.class),
                new IngestService(new AdapterRegistry(counted, List.of())), injector.getInstance(ReviewPlanReader.class),
                injector.getInstance(Rob2SheetReader.class), injector.getInstance(ScreeningSheetReader.class),
                injector.getInstance(ReviewEngine.class));
        review = TestReview.write(dir.resolve("review"));
        db = dir.resolve("r.db");
    }

    @Test
    void runParsesEachFileOnceAndReturnsEverythingItFound() {
        ReviewResult result = runner.run(request(ReviewMode.RUN));

        assertThat(parses).containsExactlyInAnyOrderEntriesOf(Map.of("trials.csv", 1, "outcomes.csv", 1,
                "search.ris", 1));
        assertThat(result.ingest()).hasValueSatisfying(i -> {
            assertThat(i.files()).isEqualTo(3);
            assertThat(i.stored()).isEqualTo(i.read() - 1);
            assertThat(i.rejected()).isEqualTo(1);
        });
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("outcomes.csv");
            assertThat(r.describe()).startsWith("rejected outcomes.csv ");
        });
        assertThat(result.dataNotes()).contains(result.rejected().get(0).describe());
        assertThat(result.prisma().identifiedBySource()).containsExactlyEntriesOf(Map.of("MEDLINE", 2));
        assertThat(result.analysis().outcomes()).singleElement()
                .satisfies(o -> assertThat(o.main()).isPresent());
        assertThat(result.changes()).extracting(OutcomeChange::status).containsExactly(OutcomeChange.Status.NEW);
        assertThat(result.runIds()).hasSize(1);
        assertThat(result.changeTexts()).containsOnlyKeys("nihss");
        assertThat(result.movedTexts()).isEmpty();
        assertThat(result.decisions()).isPresent();
        assertThat(result.storeSha256()).hasSize(64);
        assertThat(result.version()).isEqualTo("9.9-test");
        assertThat(result.date()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void reportReadsEachFileOnceAndStoresNothing() throws Exception {
        runner.run(request(ReviewMode.RUN));
        String rows = rows(db);
        parses.clear();

        ReviewResult result = runner.run(request(ReviewMode.REPORT));

        assertThat(parses).containsExactlyInAnyOrderEntriesOf(Map.of("trials.csv", 1, "outcomes.csv", 1,
                "search.ris", 1));
        assertThat(rows(db)).isEqualTo(rows);
        assertThat(result.ingest()).isEmpty();
        assertThat(result.decisions()).isEmpty();
        assertThat(result.changes()).extracting(OutcomeChange::status)
                .containsExactly(OutcomeChange.Status.UNCHANGED);
        assertThat(result.prisma().identifiedBySource()).containsExactlyEntriesOf(Map.of("MEDLINE", 2));
    }

    @Test
    void aReviewWithABrokenFileLeavesTheStoreRowForRowAsItWas() throws Exception {
        runner.run(request(ReviewMode.RUN));
        String rows = rows(db);
        // A second export whose records are new, then one that breaks after its first record: neither stays.
        Files.writeString(review.resolve("more.ris"), TestReview.ris("10.1234/made-up.3", "A third made-up report"));
        Files.writeString(review.resolve("broken.ris"), TestReview.ris("10.1234/made-up.4", "A fourth made-up report")
                + "TY  - JOUR\nTI  - No end\n");
        TestReview.addSource(review, "Embase", "more.ris", "broken.ris");
        parses.clear();

        assertThatThrownBy(() -> runner.run(request(ReviewMode.RUN)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken.ris").hasMessageContaining("ER line")
                .hasMessageEndingWith("(nothing was stored)");

        assertThat(rows(db)).isEqualTo(rows);
        assertThat(parses).containsEntry("more.ris", 1).containsEntry("broken.ris", 1);
        try (EvidenceStore store = injectorStores().open(db, OpenOptions.forReading())) {
            assertThat(store.literature().current("doi:10.1234/made-up.3")).isEmpty();
        }
    }

    @Test
    void aFailedRunIntoANewStoreLeavesNoStoreFile() throws IOException {
        Files.writeString(review.resolve("broken.ris"), "TY  - JOUR\nTI  - No end\n");
        TestReview.addSource(review, "Embase", "broken.ris");

        assertThatThrownBy(() -> runner.run(request(ReviewMode.RUN))).hasMessageContaining("broken.ris");

        assertThat(db).doesNotExist();
        assertThat(db.resolveSibling("r.db-journal")).doesNotExist();
    }

    @Test
    void aJudgementOfAStudyNoSheetHasRollsBackTheFilesAlreadyRead() throws IOException {
        Files.writeString(review.resolve("rob.csv"), "study,domain,judgement\nNO-SUCH,D1,low\nNO-SUCH,D2,low\n"
                + "NO-SUCH,D3,low\nNO-SUCH,D4,low\nNO-SUCH,D5,low\n");
        Path plan = review.resolve("review.json");
        Files.writeString(plan, Files.readString(plan).replace("\"extraction/outcomes.csv\"]",
                "\"extraction/outcomes.csv\"], \"risk_of_bias\": \"rob.csv\""));

        assertThatThrownBy(() -> runner.run(request(ReviewMode.RUN)))
                .hasMessage("rob.csv: study \"NO-SUCH\" is judged but no extraction sheet has it");

        assertThat(db).doesNotExist();
    }

    private ReviewRequest request(ReviewMode mode) {
        return new ReviewRequest(review, org.evsyn.core.store.StoreLocation.file(db), mode, mode == ReviewMode.RUN ? OpenOptions.forWriting()
                : OpenOptions.forReading(), "9.9-test", CLOCK);
    }

    private static EvidenceStoreFactory injectorStores() {
        return Guice.createInjector(new JdbcStoreModule()).getInstance(EvidenceStoreFactory.class);
    }

    /** Every row of every table of a closed store, as text. */
    private static String rows(Path file) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        sb.append(table);
                        for (int i = 1; i <= columns; i++) {
                            sb.append('|').append(rs.getString(i));
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }
}
