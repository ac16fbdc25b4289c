package org.evsyn.stats.internal.fragility;

import org.evsyn.stats.Meta;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.RmaFit;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.fragility.FragilityOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * The pooled fit of a set of 2×2 tables with changed event counts, through the front door ({@link Meta#escalc}
 * with metafor's defaults, {@link Meta#rma} with the options' τ² method and a z test).
 */
final class PooledP {

    private final List<BinaryStudy> studies;
    private final EffectMeasure measure;
    private final ModelOptions model;

    PooledP(List<BinaryStudy> studies, FragilityOptions options) {
        this.studies = studies;
        this.measure = options.measure();
        this.model = new ModelOptions(options.method(), TestMethod.Z, 100 * (1 - options.alpha()));
    }

    /** The fit with {@code deltas[2i]} events added to study i's treatment arm and {@code deltas[2i+1]} to control. */
    RmaFit fit(int[] deltas) {
        return Meta.rma(Meta.escalc(measure, changed(deltas)), model);
    }

    /** The pooled p-value, NaN when the changed tables cannot be fitted. */
    double p(int[] deltas) {
        try {
            return fit(deltas).pval();
        } catch (StatsException e) {
            return Double.NaN;
        }
    }

    /** The fit, or null when the changed tables cannot be fitted (kept inside this package). */
    RmaFit fitOrNull(int[] deltas) {
        try {
            return fit(deltas);
        } catch (StatsException e) {
            return null;
        }
    }

    /** Whether the change keeps every arm's events within 0 and its size. */
    boolean feasible(int[] deltas) {
        for (int i = 0; i < studies.size(); i++) {
            BinaryStudy s = studies.get(i);
            int t = s.treatEvents() + deltas[2 * i];
            int c = s.ctrlEvents() + deltas[2 * i + 1];
            if (t < 0 || t > s.treatN() || c < 0 || c > s.ctrlN()) {
                return false;
            }
        }
        return true;
    }

    List<BinaryStudy> changed(int[] deltas) {
        List<BinaryStudy> out = new ArrayList<>(studies.size());
        for (int i = 0; i < studies.size(); i++) {
            BinaryStudy s = studies.get(i);
            out.add(new BinaryStudy(s.label(), s.treatEvents() + deltas[2 * i], s.treatN(),
                    s.ctrlEvents() + deltas[2 * i + 1], s.ctrlN()));
        }
        return out;
    }
}
