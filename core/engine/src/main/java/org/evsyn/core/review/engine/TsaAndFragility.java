package org.evsyn.core.review.engine;

import org.evsyn.core.review.plan.TsaPlan;
import org.evsyn.stats.fragility.MetaFragility;
import org.evsyn.stats.sequential.SpendingBoundaries;
import org.evsyn.stats.sequential.TsaResult;

import java.util.Objects;
import java.util.Optional;

/**
 * An outcome's trial sequential analysis and the fragility of its pooled result, each computed once by the engine,
 * or why not.
 *
 * @param outcome        the outcome's name in the plan
 * @param tsaPlan        the plan's TSA settings, when it gives some
 * @param tsa            the trial sequential analysis of the main analysis's studies in order of publication year
 * @param tsaNotPossible why there is no TSA although the plan asks for one
 * @param tsaBoundaries  the TSA's alpha-spending and futility boundaries at the trials' information fractions below 1
 *                       and on to the required information size in steps of 0.05, for drawing them as a curve (each
 *                       look's boundary depends only on the looks before it, so those at the trials' fractions are
 *                       the TSA's own)
 * @param fragility      the fragility index of the pooled result (event outcomes) with the Walsh index of each trial
 * @param fragilityNotPossible why an event outcome's pooled result has no fragility index
 */
public record TsaAndFragility(String outcome, Optional<TsaPlan> tsaPlan, Optional<TsaResult> tsa,
                                 Optional<String> tsaNotPossible, Optional<SpendingBoundaries> tsaBoundaries, Optional<MetaFragility> fragility,
                                 Optional<String> fragilityNotPossible) {

    public TsaAndFragility {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(tsaPlan, "tsaPlan");
        Objects.requireNonNull(tsa, "tsa");
        Objects.requireNonNull(tsaNotPossible, "tsaNotPossible");
        Objects.requireNonNull(tsaBoundaries, "tsaBoundaries");
        Objects.requireNonNull(fragility, "fragility");
        Objects.requireNonNull(fragilityNotPossible, "fragilityNotPossible");
    }

    /** Whether there is anything to show. */
    public boolean isEmpty() {
        return tsa.isEmpty() && tsaNotPossible.isEmpty() && fragility.isEmpty() && fragilityNotPossible.isEmpty();
    }
}
