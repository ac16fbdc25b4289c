package org.evsyn.cli.serve;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.evsyn.core.review.team.TeamScreening;
import org.evsyn.core.review.team.TeamScreenings;
import org.evsyn.core.review.team.Vote;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.jdbc.JdbcStoreModule;
import org.evsyn.ingest.IngestModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty reviewers decide at once for a few seconds against a real {@code evsyn serve} on 127.0.0.1 and an SQLite
 * store: no accepted decision is lost, none is written twice, retried request ids return the vote they made. (The
 * 60 s run with its figures is the benchmark, bench/serve-load.sh.)
 */
class ServeLoadTest {

    private static final int RECORDS = 40;
    private static final int REVIEWERS = 20;

    @TempDir
    Path dir;

    @Test
    void twentyConcurrentReviewersLoseAndDoubleNothing() throws Exception {
        Path review = TeamReviewFolder.create(dir, RECORDS);
        Path db = dir.resolve("review.db");
        TeamReviewFolder.run(review, db);
        List<String> args = new ArrayList<>(List.of(review.toString(), "--db", db.toString(), "--port", "0"));
        for (int i = 1; i <= REVIEWERS; i++) {
            args.addAll(List.of("--reviewer", "reviewer" + i));
        }
        LoadReport report;
        try (ServeProcess serve = ServeProcess.start(dir, dir.resolve("serve.log"), args.toArray(String[]::new))) {
            List<ServeLoad.Credentials> reviewers = serve.tokens().entrySet().stream()
                    .map(e -> new ServeLoad.Credentials(e.getKey(), e.getValue())).toList();
            assertThat(reviewers).hasSize(REVIEWERS);
            report = new ServeLoad(serve.url()).run(reviewers, Duration.ofSeconds(5));
        }

        assertThat(report.problems()).isEmpty();
        assertThat(report.refused()).isZero();
        assertThat(report.lost()).isZero();
        assertThat(report.duplicated()).isZero();
        assertThat(report.retried()).isPositive();
        // The store agrees: exactly one stored vote per accepted decision.
        Injector injector = Guice.createInjector(new IngestModule(), new JdbcStoreModule());
        try (EvidenceStore store = injector.getInstance(EvidenceStoreFactory.class).open(db, OpenOptions.forWriting())) {
            TeamScreening team = injector.getInstance(TeamScreenings.class).open(review, store, new KeyOrderRanker());
            Set<Long> ids = new HashSet<>();
            long votes = 0;
            for (String key : TeamReviewFolder.keys(RECORDS)) {
                for (Vote v : team.history(key)) {
                    ids.add(v.id());
                    votes++;
                }
            }
            assertThat(votes).isEqualTo(report.accepted());
            assertThat(ids).hasSize((int) report.accepted());
        }
    }
}
