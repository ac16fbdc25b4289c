package org.evsyn.stats.internal.fragility;

import org.evsyn.stats.RmaFit;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.fragility.Arm;
import org.evsyn.stats.fragility.EventChange;
import org.evsyn.stats.fragility.FragilityOptions;
import org.evsyn.stats.fragility.MetaFragility;
import org.evsyn.stats.fragility.SearchMethod;
import org.evsyn.stats.fragility.StudyFragility;

import java.util.ArrayList;
import java.util.List;

/**
 * The fragility index of a pooled binary meta-analysis (Atal, Porcher, Boutron, Ravaud 2019, J Clin Epidemiol
 * 111:32; Lin &amp; Chu's R package {@code fragility}, {@code frag.ma}).
 *
 * <p>Greedy, as {@code frag.ma}: each step tries one event more or less in each arm of each study, in the direction
 * that moves the pooled estimate toward the null when it is significant (treatment events up and control events
 * down when the estimate is below the null, the reverse above it), and stops at the first change whose 1 − α
 * interval reaches the null; otherwise it keeps the change whose near bound moved furthest toward the null. A
 * non-significant result is pushed both ways (away from the null on either side) and the smaller index wins.
 * Exact: for m = 1, 2, ... every vector of single-arm event changes, in either direction, whose absolute values
 * sum to m, until one crosses α; run while the number of fits stays within a budget.</p>
 */
public final class MetaFragilitySearch {

    /** Fits the automatic choice allows the exact search. */
    static final long AUTO_BUDGET = 100_000;
    /** Fits an explicitly requested exact search may take before it is refused. */
    static final long EXACT_BUDGET = 5_000_000;

    private MetaFragilitySearch() {
    }

    /**
     * Runs the search.
     *
     * @param studies the tables
     * @param options measure, model, α and search
     * @return the index
     */
    public static MetaFragility run(List<BinaryStudy> studies, FragilityOptions options) {
        PooledP pooled = new PooledP(studies, options);
        int slots = 2 * studies.size();
        RmaFit start = pooled.fit(new int[slots]);
        double alpha = options.alpha();
        boolean significant = start.pval() < alpha;
        int participants = studies.stream().mapToInt(BinaryStudy::total).sum();

        Found greedy = greedy(pooled, slots, start, significant);
        Found found = greedy;
        SearchMethod used = SearchMethod.GREEDY;
        if (options.search() != SearchMethod.GREEDY) {
            int limit = greedy.flipped ? greedy.index - 1 : maxChanges(studies);
            long cost = cost(slots, limit);
            long budget = options.search() == SearchMethod.EXACT ? EXACT_BUDGET : AUTO_BUDGET;
            if (cost <= budget) {
                Found exact = exact(pooled, slots, limit, significant, alpha);
                found = exact.flipped ? exact : greedy;
                used = SearchMethod.EXACT;
            } else if (options.search() == SearchMethod.EXACT) {
                throw new StatsException("an exact fragility search would need about " + cost + " fits (more than "
                        + EXACT_BUDGET + "); use the greedy search");
            }
        }
        List<EventChange> changes = new ArrayList<>();
        for (int i = 0; i < studies.size(); i++) {
            for (int arm = 0; arm < 2; arm++) {
                int d = found.deltas[2 * i + arm];
                if (d != 0) {
                    changes.add(new EventChange(studies.get(i).label(), arm == 0 ? Arm.TREATMENT : Arm.CONTROL, d));
                }
            }
        }
        List<StudyFragility> perStudy = studies.stream().map(s -> WalshIndex.of(s, alpha)).toList();
        return new MetaFragility(options, used, significant, found.flipped ? found.index : 0, found.flipped,
                participants, start.estimate(), start.ciLower(), start.ciUpper(), start.pval(), found.p, changes,
                perStudy);
    }

    private record Found(boolean flipped, int index, int[] deltas, double p) {
    }

    /**
     * The greedy search of {@code frag.ma}. A significant result is moved toward the null; a non-significant one
     * both ways, the smaller index winning (left first when the estimate is below the null, as {@code frag.ma}).
     */
    private static Found greedy(PooledP pooled, int slots, RmaFit start, boolean significant) {
        if (significant) {
            return greedy(pooled, slots, start.ciUpper() < 0 ? Direction.UP_FROM_BELOW : Direction.DOWN_FROM_ABOVE);
        }
        Found left = greedy(pooled, slots, Direction.LEFT);
        Found right = greedy(pooled, slots, Direction.RIGHT);
        if (!right.flipped) {
            return left;
        }
        if (!left.flipped) {
            return right;
        }
        return left.index < right.index ? left : right;
    }

    /**
     * Which way the greedy search moves: the step of the treatment arm's events (the control arm moves the other
     * way), the confidence bound it watches, and whether it takes that bound's largest or smallest value.
     */
    private enum Direction {
        /** Significant below the null: toward it, raising the upper bound. */
        UP_FROM_BELOW(1, true, true),
        /** Significant above the null: toward it, lowering the lower bound. */
        DOWN_FROM_ABOVE(-1, false, false),
        /** Not significant: to the left, lowering the upper bound below the null. */
        LEFT(-1, true, false),
        /** Not significant: to the right, raising the lower bound above the null. */
        RIGHT(1, false, true);

        final int treatStep;
        final boolean upperBound;
        final boolean largest;

        Direction(int treatStep, boolean upperBound, boolean largest) {
            this.treatStep = treatStep;
            this.upperBound = upperBound;
            this.largest = largest;
        }

        double bound(RmaFit fit) {
            return upperBound ? fit.ciUpper() : fit.ciLower();
        }

        /** Whether the 1 − α interval's relation to the null differs from the start's. */
        boolean flipped(RmaFit fit) {
            return switch (this) {
                case UP_FROM_BELOW -> fit.ciUpper() >= 0;
                case DOWN_FROM_ABOVE -> fit.ciLower() <= 0;
                case LEFT -> fit.ciUpper() < 0;
                case RIGHT -> fit.ciLower() > 0;
            };
        }
    }

    /** One event per step; control-arm candidates first, then treatment, as {@code frag.ma} orders them. */
    private static Found greedy(PooledP pooled, int slots, Direction direction) {
        int[] deltas = new int[slots];
        int index = 0;
        double p = pooled.p(deltas);
        while (true) {
            int best = -1;
            double bestBound = Double.NaN;
            double bestP = Double.NaN;
            for (int pass = 0; pass < 2; pass++) {
                for (int s = pass == 0 ? 1 : 0; s < slots; s += 2) {
                    int step = s % 2 == 0 ? direction.treatStep : -direction.treatStep;
                    deltas[s] += step;
                    RmaFit fit = pooled.feasible(deltas) ? pooled.fitOrNull(deltas) : null;
                    deltas[s] -= step;
                    if (fit == null) {
                        continue;
                    }
                    if (direction.flipped(fit)) {
                        deltas[s] += step;
                        return new Found(true, index + 1, deltas, fit.pval());
                    }
                    double bound = direction.bound(fit);
                    if (best < 0 || (direction.largest ? bound > bestBound : bound < bestBound)) {
                        best = s;
                        bestBound = bound;
                        bestP = fit.pval();
                    }
                }
            }
            if (best < 0) {
                return new Found(false, index, deltas, p);
            }
            deltas[best] += best % 2 == 0 ? direction.treatStep : -direction.treatStep;
            p = bestP;
            index++;
        }
    }

    /** Breadth-first: every change vector with |changes| = 1, 2, ..., limit; the first that flips. */
    private static Found exact(PooledP pooled, int slots, int limit, boolean significant, double alpha) {
        for (int m = 1; m <= limit; m++) {
            int[] deltas = new int[slots];
            Found f = vectors(pooled, deltas, 0, m, significant, alpha);
            if (f != null) {
                return new Found(true, m, f.deltas, f.p);
            }
        }
        return new Found(false, 0, new int[slots], Double.NaN);
    }

    /** Fills slots from {@code slot} on with changes of total size {@code left}; the first vector that flips. */
    private static Found vectors(PooledP pooled, int[] deltas, int slot, int left, boolean significant,
                                 double alpha) {
        if (slot == deltas.length - 1 || left == 0) {
            if (left > 0) {
                for (int sign : new int[] {1, -1}) {
                    deltas[slot] = sign * left;
                    Found f = check(pooled, deltas, significant, alpha);
                    deltas[slot] = 0;
                    if (f != null) {
                        return f;
                    }
                }
                return null;
            }
            return check(pooled, deltas, significant, alpha);
        }
        for (int size = 0; size <= left; size++) {
            for (int sign : size == 0 ? new int[] {1} : new int[] {1, -1}) {
                deltas[slot] = sign * size;
                Found f = vectors(pooled, deltas, slot + 1, left - size, significant, alpha);
                deltas[slot] = 0;
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static Found check(PooledP pooled, int[] deltas, boolean significant, double alpha) {
        if (!pooled.feasible(deltas)) {
            return null;
        }
        double p = pooled.p(deltas);
        if (!Double.isNaN(p) && significant != (p < alpha)) {
            return new Found(true, 0, deltas.clone(), p);
        }
        return null;
    }

    /** Number of change vectors with |changes| from 1 to limit in {@code slots} arms (an upper bound on fits). */
    static long cost(int slots, int limit) {
        long total = 0;
        for (int m = 1; m <= limit; m++) {
            // vectors with exactly j non-zero entries: C(slots, j) C(m - 1, j - 1) 2^j
            for (int j = 1; j <= Math.min(slots, m); j++) {
                double count = choose(slots, j) * choose(m - 1, j - 1) * Math.pow(2, j);
                total += (long) Math.min(count, Long.MAX_VALUE / 4);
                if (total > EXACT_BUDGET * 10) {
                    return total;
                }
            }
        }
        return total;
    }

    private static double choose(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }

    private static int maxChanges(List<BinaryStudy> studies) {
        return studies.stream().mapToInt(BinaryStudy::total).sum();
    }
}
