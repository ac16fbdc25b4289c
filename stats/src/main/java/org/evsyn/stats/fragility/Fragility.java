package org.evsyn.stats.fragility;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.internal.fragility.MetaFragilitySearch;
import org.evsyn.stats.internal.fragility.WalshIndex;

import java.util.List;
import java.util.Objects;

/**
 * The front door of fragility indices.
 *
 * <pre>{@code
 * StudyFragility one = Fragility.walsh(new BinaryStudy("trial", 16, 165, 36, 167), 0.05);   // index 6
 * MetaFragility ma = Fragility.metaAnalysis(studies, FragilityOptions.defaults(EffectMeasure.OR));
 * }</pre>
 */
public final class Fragility {

    private Fragility() {
    }

    /**
     * The Walsh fragility index of one 2×2 table (reverse index when it is not significant).
     *
     * @param study the table (treatment = group 1, control = group 2)
     * @param alpha significance level, strictly between 0 and 1
     * @return the index, the arm changed and the p-values
     */
    public static StudyFragility walsh(BinaryStudy study, double alpha) {
        Objects.requireNonNull(study, "study");
        checkAlpha(alpha);
        return WalshIndex.of(study, alpha);
    }

    /**
     * The fragility index and quotient of the pooled result of the tables, with the Walsh index of each.
     *
     * @param studies the 2×2 tables, at least one
     * @param options measure, τ² method, α and search
     * @return the index, the changes found and the per-study indices
     * @throws StatsException when the pooled model cannot be fitted
     */
    public static MetaFragility metaAnalysis(List<BinaryStudy> studies, FragilityOptions options) {
        Objects.requireNonNull(studies, "studies");
        Objects.requireNonNull(options, "options");
        List<BinaryStudy> all = List.copyOf(studies);
        if (all.isEmpty()) {
            throw new StatsException("no studies to analyse");
        }
        return MetaFragilitySearch.run(all, options);
    }

    private static void checkAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be strictly between 0 and 1, got " + alpha);
        }
    }
}
