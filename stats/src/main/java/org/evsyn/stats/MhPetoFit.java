package org.evsyn.stats;

import org.evsyn.stats.bias.BeggResult;
import org.evsyn.stats.bias.EggerResult;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.internal.BeggTest;
import org.evsyn.stats.internal.Cumulative;
import org.evsyn.stats.internal.EggerTest;
import org.evsyn.stats.internal.LeaveOneOut;
import org.evsyn.stats.internal.StudyEstimates;
import org.evsyn.stats.internal.SubgroupAnalysis;
import org.evsyn.stats.model.BinaryPooledFit;
import org.evsyn.stats.model.ChiSquareTest;
import org.evsyn.stats.model.StudyEstimate;
import org.evsyn.stats.sensitivity.Refit;
import org.evsyn.stats.subgroup.GroupResult;
import org.evsyn.stats.subgroup.SubgroupResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Mantel–Haenszel or Peto pooled fit of 2×2 tables, made by {@link Meta#rmaMh} or {@link Meta#rmaPeto}
 * (metafor's {@code rma.mh} and {@code rma.peto}). The pooled estimate uses the raw counts; the per-study effect
 * sizes, with the continuity correction, give Q, I² and H² and feed the small-study tests. These are fixed-effect
 * methods: τ² is 0 and there is no prediction interval, influence analysis, trim and fill or meta-regression.
 *
 * @param effects    the per-study effect sizes (log odds ratios for Peto)
 * @param tables     the tables pooled, in input order
 * @param model      the pooled numbers
 * @param correction the continuity correction of the per-study effect sizes
 */
public record MhPetoFit(EffectSizeTable effects, List<BinaryStudy> tables, BinaryPooledFit model,
                        ContinuityCorrection correction) implements MetaFit {

    /** Copies the tables; one table per study given. */
    public MhPetoFit {
        Objects.requireNonNull(effects, "effects");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(correction, "correction");
        tables = List.copyOf(tables);
        if (tables.size() != effects.given()) {
            throw new IllegalArgumentException(tables.size() + " tables for " + effects.given() + " studies");
        }
    }

    /**
     * Whether this is Peto's method (otherwise Mantel–Haenszel).
     *
     * @return true for Peto
     */
    public boolean peto() {
        return model.measure() == EffectMeasure.PETO;
    }

    /**
     * The measure pooled: OR, RR or RD for Mantel–Haenszel, PETO for Peto.
     *
     * @return the measure
     */
    public EffectMeasure measure() {
        return model.measure();
    }

    /**
     * The Cochran–Mantel–Haenszel test (Mantel–Haenszel odds ratio only).
     *
     * @return the test, or empty
     */
    public Optional<ChiSquareTest> cmh() {
        return model.cmh();
    }

    /**
     * Tarone's test for heterogeneity of odds ratios (Mantel–Haenszel odds ratio only, where defined).
     *
     * @return the test, or empty
     */
    public Optional<ChiSquareTest> tarone() {
        return model.tarone();
    }

    /**
     * Studies whose per-study effect sizes enter Q.
     *
     * @return their number
     */
    public int kHeterogeneity() {
        return model.kHeterogeneity();
    }

    @Override
    public int k() {
        return model.k();
    }

    @Override
    public double estimate() {
        return model.estimate();
    }

    @Override
    public double se() {
        return model.se();
    }

    @Override
    public double ciLower() {
        return model.ciLower();
    }

    @Override
    public double ciUpper() {
        return model.ciUpper();
    }

    @Override
    public double stat() {
        return model.stat();
    }

    @Override
    public double pval() {
        return model.pval();
    }

    @Override
    public double tau2() {
        return 0;
    }

    @Override
    public double q() {
        return model.q();
    }

    @Override
    public int qDf() {
        return model.qDf();
    }

    @Override
    public double qPval() {
        return model.qPval();
    }

    @Override
    public double i2() {
        return model.i2();
    }

    @Override
    public double h2() {
        return model.h2();
    }

    @Override
    public double level() {
        return model.level();
    }

    /** Nothing to warn of: these pooling methods have no τ² to estimate. */
    @Override
    public List<String> warnings() {
        return List.of();
    }

    /**
     * The weights of the pooled estimate in percent, one per table in input order, as metafor's
     * {@code weights(res)} gives them for {@code rma.mh} (OR: bᵢcᵢ/Nᵢ; RR: cᵢn₁ᵢ/Nᵢ; RD: n₁ᵢn₂ᵢ/Nᵢ) and
     * {@code rma.peto} (the hypergeometric variance of aᵢ), from the tables as given (no continuity correction).
     *
     * @return label to weight percent, in input order
     */
    public Map<String, Double> poolingWeights() {
        double[] w = new double[tables.size()];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            BinaryStudy t = tables.get(i);
            double a = t.treatEvents();
            double b = t.treatN() - a;
            double c = t.ctrlEvents();
            double d = t.ctrlN() - c;
            double n1 = a + b;
            double n2 = c + d;
            double n = n1 + n2;
            double wi;
            if (peto()) {
                wi = n > 1 ? (a + c) * (b + d) * (n1 / n) * (n2 / n) / (n - 1) : 0;
            } else {
                wi = n == 0 ? 0 : switch (measure()) {
                    case OR -> b * c / n;
                    case RR -> c * n1 / n;
                    default -> n1 * n2 / n;
                };
            }
            w[i] = wi;
            total += wi;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < w.length; i++) {
            out.put(tables.get(i).label(), total > 0 ? 100 * w[i] / total : Double.NaN);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Weights are the fixed-effect inverse variances of the per-study effect sizes. */
    @Override
    public List<StudyEstimate> studyEstimates() {
        return StudyEstimates.of(effects.labels(), effects.yi(), effects.vi(), 0, level());
    }

    /** A refit whose pooled value is undefined (no events left in an arm) reports NaN for it. */
    @Override
    public List<Refit> leaveOneOut() {
        return peto() ? LeaveOneOut.peto(tables, correction, level())
                : LeaveOneOut.mantelHaenszel(measure(), tables, correction, level());
    }

    /** A step whose pooled value is undefined reports NaN for it. */
    @Override
    public List<Refit> cumulative() {
        return peto() ? Cumulative.peto(tables, correction, level())
                : Cumulative.mantelHaenszel(measure(), tables, correction, level());
    }

    @Override
    public EggerResult regtest() {
        return EggerTest.run(effects.yi(), effects.vi(), level());
    }

    @Override
    public BeggResult ranktest() {
        return BeggTest.run(effects.yi(), effects.vi());
    }

    /** {@inheritDoc} Each subgroup's tables are pooled with the same method; there is no mixed-effects test. */
    @Override
    public SubgroupResult subgroups(List<String> groups) {
        List<String> perTable = Meta.perStudy(effects, groups, "subgroup labels");
        return SubgroupAnalysis.fromGroups(perTable, (level, rows) -> {
            List<BinaryStudy> subset = new ArrayList<>(rows.length);
            for (int row : rows) {
                subset.add(tables.get(row));
            }
            // The level's own fit is kept, with its tables and weights, for the level's forest plot.
            MhPetoFit fit = Meta.pooled(measure(), subset, correction, level());
            BinaryPooledFit g = fit.model();
            return new GroupResult(level, g.k(), g.estimate(), g.se(), g.ciLower(), g.ciUpper(), g.pval(), 0,
                    g.i2(), g.q(), List.of(), Optional.of(fit));
        });
    }
}
