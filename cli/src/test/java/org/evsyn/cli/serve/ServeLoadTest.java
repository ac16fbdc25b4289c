package org.evsyn.cli.serve;

import org.evsyn.core.review.team.Vote;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty reviewers decide at once for a few seconds against a server on 127.0.0.1: no accepted decision is lost,
 * none is written twice, retried request ids return the vote they made. (The 60 s run with its figures is the
 * benchmark, bench/serve-load.sh.)
 */
class ServeLoadTest {

    @Test
    void twentyConcurrentReviewersLoseAndDoubleNothing() throws Exception {
        InMemoryTeamScreening screening = new InMemoryTeamScreening(ScreeningRecords.some(40),
                ScreeningRecords.REASONS, Clock.systemUTC());
        List<ServeLoad.Credentials> reviewers = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            var t = screening.addReviewer("reviewer " + i);
            reviewers.add(new ServeLoad.Credentials(t.reviewer().name(), t.token()));
        }
        LoadReport report;
        try (ScreeningServer server = ScreeningServer.start(screening, ScreeningSettings.none(), "127.0.0.1", 0)) {
            report = new ServeLoad(server.url()).run(reviewers, Duration.ofSeconds(5));
        }

        assertThat(report.problems()).isEmpty();
        assertThat(report.refused()).isZero();
        assertThat(report.lost()).isZero();
        assertThat(report.duplicated()).isZero();
        assertThat(report.retried()).isPositive();
        // Every reviewer ran out of new records and went on changing votes: supersession was exercised.
        assertThat(report.accepted()).isGreaterThan(20L * 40);
        // The store agrees: exactly one stored vote per accepted decision.
        Set<Long> ids = new HashSet<>();
        long votes = 0;
        for (int i = 1; i <= 40; i++) {
            for (Vote v : screening.history("lit:" + i)) {
                ids.add(v.id());
                votes++;
            }
        }
        assertThat(votes).isEqualTo(report.accepted());
        assertThat(ids).hasSize((int) report.accepted());
    }
}
