package org.evsyn.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Simulated reviewers deciding at once against a running server, each on its own connection, for a bounded
 * time: each signs in, takes the next record of its queue and votes; once its queue is empty it changes its mind
 * on records it voted on (a new vote superseding the old). Every tenth request is sent twice with the same id, as
 * a browser retrying after a lost answer. Afterwards each reviewer reads the history of the records it voted on
 * and checks that every accepted vote is there exactly once.
 */
public final class ServeLoad {

    /** A reviewer's name and sign-in token. */
    public record Credentials(String name, String token) {
    }

    private static final int PROBLEMS_KEPT = 10;

    private final URI base;

    /** A load against the server at {@code base}, e.g. http://127.0.0.1:8080/. */
    public ServeLoad(URI base) {
        this.base = base;
    }

    /** Runs the reviewers for {@code duration}, then checks the histories. */
    public LoadReport run(List<Credentials> reviewers, Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(reviewers.size());
        List<Future<Tally>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < reviewers.size(); i++) {
                Credentials c = reviewers.get(i);
                long seed = i;
                futures.add(pool.submit(() -> new Reviewer(c, new Random(seed)).decideUntil(deadline)));
            }
            List<Tally> tallies = new ArrayList<>();
            for (Future<Tally> f : futures) {
                try {
                    tallies.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    Tally t = new Tally();
                    t.problem("a reviewer stopped: " + e.getCause());
                    tallies.add(t);
                }
            }
            // The deciding time, up to the last reviewer's last decision; the checks afterwards are not timed.
            long lastDecision = tallies.stream().mapToLong(t -> t.decidedUntil).max().orElse(started);
            return report(reviewers.size(), Math.max(1e-9, (lastDecision - started) / 1e9), tallies);
        } finally {
            pool.shutdownNow();
        }
    }

    private static LoadReport report(int reviewers, double seconds, List<Tally> tallies) {
        long accepted = 0;
        long retried = 0;
        long refused = 0;
        long lost = 0;
        long duplicated = 0;
        List<Long> latencies = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Tally t : tallies) {
            accepted += t.accepted.size();
            retried += t.retried;
            refused += t.refused;
            lost += t.lost;
            duplicated += t.duplicated;
            latencies.addAll(t.latencies);
            problems.addAll(t.problems);
        }
        long[] l = latencies.stream().mapToLong(Long::longValue).toArray();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new LoadReport(reviewers, seconds, accepted, retried, refused, lost, duplicated, l, load,
                problems.subList(0, Math.min(PROBLEMS_KEPT, problems.size())));
    }

    /** What one reviewer saw. */
    private static final class Tally {
        /** Vote id by accepted request id. */
        final Map<String, Long> accepted = new LinkedHashMap<>();
        /** Record keys by accepted vote id. */
        final Map<Long, String> recordOf = new HashMap<>();
        final List<Long> latencies = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        long decidedUntil;
        long retried;
        long refused;
        long lost;
        long duplicated;

        void problem(String line) {
            if (problems.size() < PROBLEMS_KEPT) {
                problems.add(line);
            }
        }
    }

    /** One simulated reviewer: one HTTP client, one session. */
    private final class Reviewer {
        private final Credentials credentials;
        private final Random random;
        private final ScreeningClient client;
        private final Tally tally = new Tally();
        private final List<String> voted = new ArrayList<>();

        Reviewer(Credentials credentials, Random random) {
            this.credentials = credentials;
            this.random = random;
            this.client = new ScreeningClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .build(), base);
        }

        Tally decideUntil(long deadline) throws IOException, InterruptedException {
            ScreeningClient.Answer in = client.signIn(credentials.name(), credentials.token());
            if (in.status() != 200) {
                tally.refused++;
                tally.problem(credentials.name() + ": sign-in answered " + in.status() + " " + in.body());
                return tally;
            }
            for (long n = 1; System.nanoTime() < deadline; n++) {
                String key = next();
                if (key == null) {
                    break;
                }
                String requestId = credentials.name().replaceAll("[^A-Za-z0-9]", "") + "-" + n;
                Map<String, Object> body = Map.of("requestId", requestId, "recordKey", key,
                        "stage", "TITLE_ABSTRACT", "verdict", random.nextInt(3) == 0 ? "INCLUDE" : "EXCLUDE");
                long t0 = System.nanoTime();
                ScreeningClient.Answer a = send(body);
                tally.latencies.add(System.nanoTime() - t0);
                if (a.status() != 200) {
                    tally.refused++;
                    tally.problem(credentials.name() + " " + requestId + ": " + a.status() + " " + a.body());
                    continue;
                }
                long voteId = a.body().path("vote").path("id").asLong();
                tally.accepted.put(requestId, voteId);
                tally.recordOf.put(voteId, key);
                voted.add(key);
                if (n % 10 == 0) {
                    ScreeningClient.Answer again = send(body);
                    tally.retried++;
                    if (again.status() != 200 || again.body().path("vote").path("id").asLong() != voteId) {
                        tally.duplicated++;
                        tally.problem(credentials.name() + " " + requestId + ": the retry answered " + again.status()
                                + " " + again.body() + " instead of vote " + voteId);
                    }
                }
            }
            tally.decidedUntil = System.nanoTime();
            check();
            return tally;
        }

        /** Sends a decision; when no answer comes, sends it once more with the same id, as the page does. */
        private ScreeningClient.Answer send(Map<String, Object> body) throws InterruptedException {
            try {
                return client.post("api/decisions", body);
            } catch (IOException first) {
                tally.retried++;
                try {
                    return client.post("api/decisions", body);
                } catch (IOException e) {
                    return new ScreeningClient.Answer(0, com.fasterxml.jackson.databind.node.TextNode
                            .valueOf("no answer: " + e.getMessage()));
                }
            }
        }

        /** The next record of the queue, or once it is empty one this reviewer already voted on. */
        private String next() throws IOException, InterruptedException {
            ScreeningClient.Answer q = client.get("api/queue?stage=TITLE_ABSTRACT&order=RANDOM&limit=1");
            JsonNode records = q.body().path("records");
            if (q.status() == 200 && records.size() > 0) {
                return records.get(0).path("recordKey").asText();
            }
            return voted.isEmpty() ? null : voted.get(random.nextInt(voted.size()));
        }

        /** Every accepted vote of this reviewer is in its record's history once; no other vote of theirs is. */
        private void check() throws IOException, InterruptedException {
            Set<String> records = new HashSet<>(tally.recordOf.values());
            Set<Long> expected = new HashSet<>(tally.accepted.values());
            List<Long> seen = new ArrayList<>();
            for (String key : records) {
                ScreeningClient.Answer h = client.get("api/history?key="
                        + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8));
                for (JsonNode v : h.body().path("votes")) {
                    if (v.path("reviewer").path("name").asText().equals(credentials.name())
                            && v.path("stage").asText().equals("TITLE_ABSTRACT")) {
                        seen.add(v.path("id").asLong());
                    }
                }
            }
            Set<Long> seenOnce = new HashSet<>(seen);
            for (Long id : expected) {
                if (!seenOnce.contains(id)) {
                    tally.lost++;
                    tally.problem(credentials.name() + ": accepted vote " + id + " is not in the history of "
                            + tally.recordOf.get(id));
                }
            }
            long extra = seen.size() - expected.stream().filter(seenOnce::contains).count();
            if (extra > 0) {
                tally.duplicated += extra;
                tally.problem(credentials.name() + ": " + extra + " votes in the histories beyond the "
                        + expected.size() + " accepted");
            }
        }
    }
}
