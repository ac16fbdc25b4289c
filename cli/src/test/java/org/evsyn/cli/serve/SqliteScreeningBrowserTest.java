package org.evsyn.cli.serve;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.evsyn.core.review.plan.ReviewPlanReader;
import org.evsyn.core.review.team.TeamScreening;
import org.evsyn.core.review.team.TeamScreenings;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.jdbc.JdbcStoreModule;
import org.evsyn.ingest.IngestModule;

import java.nio.file.Path;

/** The browser test on the review engine's team screening over a real SQLite store. */
class SqliteScreeningBrowserTest extends ScreeningBrowserTest {

    private static final int RECORDS = 6;

    @Override
    ScreeningFixture fixture(Path dir) throws Exception {
        Path review = TeamReviewFolder.create(dir, RECORDS);
        Path db = dir.resolve("evidence.db");
        TeamReviewFolder.run(review, db);
        Injector injector = Guice.createInjector(new IngestModule(), new JdbcStoreModule());
        EvidenceStore store = injector.getInstance(EvidenceStoreFactory.class).open(db, OpenOptions.forWriting());
        TeamScreening screening = injector.getInstance(TeamScreenings.class).open(review, store,
                new KeyOrderRanker());
        var plan = injector.getInstance(ReviewPlanReader.class).read(review).screening();
        ScreeningSettings settings = new ScreeningSettings(plan.includeKeywords(), plan.excludeKeywords(),
                plan.exclusionReasons());
        return new ScreeningFixture(screening, settings, TeamReviewFolder.keys(RECORDS),
                TeamReviewFolder.keys(RECORDS).get(0), store);
    }
}
