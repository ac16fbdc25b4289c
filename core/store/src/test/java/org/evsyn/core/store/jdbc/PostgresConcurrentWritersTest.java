package org.evsyn.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.evsyn.core.review.screening.ScreeningDecision;
import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.store.DecisionChanges;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.contract.ImportRequests;
import org.evsyn.core.store.contract.PostgresHarness;
import org.evsyn.core.store.contract.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several clients write one PostgreSQL store at once, each thread with its own store handle (its own pool), as
 * separate processes would: nothing is lost or written twice (skipped without a server, see PostgresHarness).
 */
class PostgresConcurrentWritersTest {

    private static final int CLIENTS = 6;

    private PostgresHarness server;

    @BeforeEach
    void connect() {
        server = PostgresHarness.create();
    }

    @AfterEach
    void drop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void importsOfDifferentFilesAtOnceStoreEveryRecordOnce() throws Exception {
        server.open("shared").close();
        List<Callable<ImportSummary>> clients = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(() -> {
                try (EvidenceStore store = server.open("shared")) {
                    start.await();
                    return store.runImport(ImportRequests.lenient("file-" + client + ".json"), w -> {
                        for (int i = 0; i < 20; i++) {
                            String id = String.format("NCT%08d", client * 100 + i);
                            w.store(TestRecords.parsed(TestRecords.trialWithResults(id, "trial " + id), "1"));
                        }
                        // The same record in every file: stored by whichever import comes first, unchanged after.
                        w.store(TestRecords.parsed(TestRecords.trialWithoutResults("NCT99999999", "in every file"),
                                "1"));
                    });
                }
            });
        }

        List<ImportSummary> summaries = runAll(clients);

        assertThat(summaries.stream().mapToInt(ImportSummary::stored).sum()).isEqualTo(CLIENTS * 20L + 1);
        assertThat(summaries.stream().mapToInt(ImportSummary::unchanged).sum()).isEqualTo(CLIENTS - 1);
        try (EvidenceStore store = server.open("shared")) {
            assertThat(store.counts().registrations()).isEqualTo(CLIENTS * 20L + 1);
            assertThat(store.counts().importBatches()).isEqualTo((long) CLIENTS);
        }
        assertThat(server.query("shared", "SELECT count(*) FROM source_records")).containsExactly(
                String.valueOf(CLIENTS * 20 + 1));
        assertThat(server.query("shared", "SELECT count(DISTINCT id) FROM outcome_measures"))
                .isEqualTo(server.query("shared", "SELECT count(*) FROM outcome_measures"));
    }

    @Test
    void reviewersSavingTheSameReviewAtOnceLeaveOneDecisionInForcePerRecordAndEveryChangeInTheHistory()
            throws Exception {
        server.open("shared").close();
        List<ScreeningDecision> first = List.of(include("A"), include("B"), include("C"));
        List<ScreeningDecision> second = List.of(include("A"), exclude("B"), include("D"));
        List<Callable<List<DecisionChanges>>> clients = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(() -> {
                List<DecisionChanges> changes = new ArrayList<>();
                try (EvidenceStore store = server.open("shared")) {
                    start.await();
                    for (int round = 0; round < 15; round++) {
                        changes.add(store.reviewDecisions().saveScreening("review",
                                (round + client) % 2 == 0 ? first : second));
                    }
                }
                return changes;
            });
        }

        List<DecisionChanges> all = runAll(clients).stream().flatMap(List::stream).toList();

        int inserted = all.stream().mapToInt(d -> d.added() + d.changed()).sum();
        int superseded = all.stream().mapToInt(d -> d.changed() + d.withdrawn()).sum();
        assertThat(server.query("shared", "SELECT count(*) FROM screening_decisions"))
                .containsExactly(String.valueOf(inserted));
        assertThat(server.query("shared", "SELECT count(*) FROM screening_decisions WHERE superseded_at IS NOT NULL"))
                .containsExactly(String.valueOf(superseded));
        List<String> inForce = server.query("shared", "SELECT record_key FROM screening_decisions "
                + "WHERE superseded_at IS NULL ORDER BY record_key");
        assertThat(inForce).doesNotHaveDuplicates().hasSize(3);
        try (EvidenceStore store = server.open("shared")) {
            assertThat(store.reviewDecisions().screening("review")).hasSize(3);
        }
    }

    private static <T> List<T> runAll(List<Callable<T>> clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> client : clients) {
                futures.add(pool.submit(client));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ScreeningDecision include(String id) {
        return new ScreeningDecision(id, Stage.TITLE_ABSTRACT, true, Optional.empty(), Optional.of("AB"));
    }

    private static ScreeningDecision exclude(String id) {
        return new ScreeningDecision(id, Stage.TITLE_ABSTRACT, false, Optional.of("wrong population"),
                Optional.empty());
    }
}
