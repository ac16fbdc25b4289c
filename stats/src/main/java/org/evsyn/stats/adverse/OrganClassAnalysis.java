package org.evsyn.stats.adverse;

import org.evsyn.stats.Meta;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.RmaFit;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.bias.BeggResult;
import org.evsyn.stats.bias.EggerResult;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.EffectSize;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.internal.Distributions;
import org.evsyn.stats.sensitivity.InfluenceDiagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One pooled odds ratio per system organ class: {@link Meta#escalc} (OR) and {@link Meta#rma} by inverse variance
 * with the given τ² method, so that residuals and small-study tests refer to the model pooled. Studies are flagged
 * by their studentized deleted residual (Viechtbauer &amp; Cheung 2010): |z| &gt; 1.96, and the stricter Bonferroni
 * bound z(1 − 0.025/k) for k tests at once.
 */
public final class OrganClassAnalysis {

    /** Fewest studies for residuals (a leave-one-out fit needs two left). */
    public static final int MIN_STUDIES_RESIDUALS = 3;

    private OrganClassAnalysis() {
    }

    /**
     * Pools each organ class.
     *
     * @param counts         arm-level counts per (study, organ class); a study appears at most once per class
     * @param options        τ² method, test and level
     * @param biasMinStudies fewest studies for Egger's and Begg's tests (10 by the Cochrane Handbook, 13.3.5.4)
     * @return one result per organ class, in order of first appearance
     * @throws IllegalArgumentException when a study appears twice in one class
     */
    public static List<OrganClassPooled> analyse(List<OrganClassCounts> counts, ModelOptions options,
                                                 int biasMinStudies) {
        Map<String, List<OrganClassCounts>> byClass = new LinkedHashMap<>();
        for (OrganClassCounts c : counts) {
            List<OrganClassCounts> list = byClass.computeIfAbsent(c.organClass(), k -> new ArrayList<>());
            if (list.stream().anyMatch(x -> x.study().equals(c.study()))) {
                throw new IllegalArgumentException("study '" + c.study() + "' has two rows for organ class '"
                        + c.organClass() + "'; give one per study and class");
            }
            list.add(c);
        }
        List<OrganClassPooled> out = new ArrayList<>();
        byClass.forEach((organClass, rows) -> out.add(pool(organClass, rows, options, biasMinStudies)));
        return out;
    }

    private static OrganClassPooled pool(String organClass, List<OrganClassCounts> rows, ModelOptions options,
                                         int biasMinStudies) {
        List<BinaryStudy> tables = rows.stream().map(r -> new BinaryStudy(r.study(), r.treatEvents(), r.treatN(),
                r.ctrlEvents(), r.ctrlN())).toList();
        EffectSizeTable es = Meta.escalc(EffectMeasure.OR, tables);
        RmaFit fit = Meta.rma(es, options);
        int k = es.k();
        List<String> notes = new ArrayList<>();
        double[] rstudent = null;
        if (k >= MIN_STUDIES_RESIDUALS) {
            try {
                InfluenceDiagnostics inf = fit.influence();
                rstudent = inf.studies().stream().mapToDouble(s -> s.rstudent()).toArray();
            } catch (StatsException e) {
                notes.add("no residuals: " + e.getMessage());
            }
        } else {
            notes.add("no outlier check: residuals need at least " + MIN_STUDIES_RESIDUALS + " studies, "
                    + (k == 1 ? "1 study has" : k + " studies have") + " this class");
        }
        double bonferroniZ = Distributions.normalQuantile(1 - 0.025 / k);
        double z = Distributions.normalQuantile(0.975);
        List<OrganClassStudy> studies = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            EffectSize e = es.studies().get(i);
            OptionalDouble r = rstudent == null ? OptionalDouble.empty() : OptionalDouble.of(rstudent[i]);
            boolean outlier = r.isPresent() && Math.abs(r.getAsDouble()) > z;
            boolean bonf = r.isPresent() && Math.abs(r.getAsDouble()) > bonferroniZ;
            studies.add(new OrganClassStudy(rows.get(e.position()), e.yi(), e.vi(), r, outlier, bonf));
        }
        Optional<EggerResult> egger = Optional.empty();
        Optional<BeggResult> begg = Optional.empty();
        if (k >= biasMinStudies) {
            try {
                egger = Optional.of(fit.regtest());
            } catch (StatsException e) {
                notes.add("no Egger test: " + e.getMessage());
            }
            try {
                begg = Optional.of(fit.ranktest());
            } catch (StatsException e) {
                notes.add("no Begg test: " + e.getMessage());
            }
        } else {
            notes.add("no Egger or Begg test: they need at least " + biasMinStudies + " studies, "
                    + (k == 1 ? "1 study has" : k + " studies have") + " this class");
        }
        return new OrganClassPooled(organClass, studies, fit.estimate(), fit.se(), fit.ciLower(), fit.ciUpper(),
                fit.pval(), fit.tau2(), fit.i2(), fit.q(), egger, begg, notes);
    }
}
