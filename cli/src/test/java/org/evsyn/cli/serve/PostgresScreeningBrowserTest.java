package org.evsyn.cli.serve;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.evsyn.core.review.plan.ReviewPlanReader;
import org.evsyn.core.review.team.TeamScreening;
import org.evsyn.core.review.team.TeamScreenings;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.StoreLocation;
import org.evsyn.core.store.contract.PostgresHarness;
import org.evsyn.core.store.jdbc.JdbcStoreModule;
import org.evsyn.ingest.IngestModule;

import java.nio.file.Path;

/**
 * The browser test on the review engine's team screening over PostgreSQL: a database of its own on the server
 * {@code EVSYN_TEST_POSTGRES} names; skipped when it names none.
 */
class PostgresScreeningBrowserTest extends ScreeningBrowserTest {

    private static final int RECORDS = 6;

    @Override
    ScreeningFixture fixture(Path dir) throws Exception {
        PostgresHarness harness = PostgresHarness.create();
        StoreLocation location = harness.location("screening");
        Path review = TeamReviewFolder.create(dir, RECORDS);
        TeamReviewFolder.run(review, location);
        Injector injector = Guice.createInjector(new IngestModule(), new JdbcStoreModule());
        EvidenceStore store = injector.getInstance(EvidenceStoreFactory.class).open(location, OpenOptions.forWriting());
        TeamScreening screening = injector.getInstance(TeamScreenings.class).open(review, store,
                new KeyOrderRanker());
        var plan = injector.getInstance(ReviewPlanReader.class).read(review).screening();
        return new ScreeningFixture(screening, new ScreeningSettings(plan.includeKeywords(), plan.excludeKeywords(),
                plan.exclusionReasons()), TeamReviewFolder.keys(RECORDS), TeamReviewFolder.keys(RECORDS).get(0),
                () -> {
                    store.close();
                    harness.close();
                });
    }
}
