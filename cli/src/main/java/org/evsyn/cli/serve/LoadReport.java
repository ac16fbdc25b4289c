package org.evsyn.cli.serve;

import java.util.Arrays;
import java.util.List;

/**
 * What a load run saw, checked against the store afterwards.
 *
 * @param reviewers      simulated reviewers
 * @param seconds        how long they decided (the checks afterwards not counted)
 * @param accepted       decisions the server accepted (status 200), retries not counted
 * @param retried        requests sent again with an id already accepted (each must return the same vote)
 * @param refused        requests answered with another status, or not at all
 * @param lost           accepted decisions missing from the record's history afterwards
 * @param duplicated     votes in the history beyond the accepted ones (a retry written twice, say)
 * @param latenciesNanos each decision request's response time, sorted
 * @param loadAverage    the machine's one-minute load average at the end (-1 where the system does not tell)
 * @param problems       the first few refusals and mismatches, one line each
 */
public record LoadReport(int reviewers, double seconds, long accepted, long retried, long refused, long lost,
                         long duplicated, long[] latenciesNanos, double loadAverage, List<String> problems) {
    public LoadReport {
        latenciesNanos = latenciesNanos.clone();
        Arrays.sort(latenciesNanos);
        problems = List.copyOf(problems);
    }

    /** Accepted decisions per second. */
    public double decisionsPerSecond() {
        return accepted / seconds;
    }

    /** The {@code q}-quantile of the response times, in milliseconds (nearest rank). */
    public double latencyMillis(double q) {
        if (latenciesNanos.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * latenciesNanos.length) - 1;
        return latenciesNanos[Math.max(0, Math.min(i, latenciesNanos.length - 1))] / 1e6;
    }

    /** The report as printed by {@code evsyn bench serve-load}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "reviewers %d, %.1f s: %d decisions accepted (%.1f/s), %d retries answered, %d refused; "
                        + "latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; lost %d, duplicated %d; load average %.2f "
                        + "on %d cores",
                reviewers, seconds, accepted, decisionsPerSecond(), retried, refused, latencyMillis(0.50),
                latencyMillis(0.95), latencyMillis(0.99), lost, duplicated, loadAverage,
                Runtime.getRuntime().availableProcessors());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LoadReport r && r.reviewers == reviewers && r.seconds == seconds
                && r.accepted == accepted && r.retried == retried && r.refused == refused && r.lost == lost
                && r.duplicated == duplicated && Arrays.equals(r.latenciesNanos, latenciesNanos)
                && r.loadAverage == loadAverage && r.problems.equals(problems);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(reviewers, seconds, accepted, lost, duplicated, Arrays.hashCode(latenciesNanos));
    }

    @Override
    public String toString() {
        return summary();
    }
}
