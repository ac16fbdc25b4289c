package org.evsyn.stats.internal;

import org.evsyn.stats.subgroup.BetweenGroupsTest;
import org.evsyn.stats.subgroup.GroupResult;
import org.evsyn.stats.subgroup.MixedEffectsTest;
import org.evsyn.stats.subgroup.SubgroupResult;

import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.regression.MetaRegressionFit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Subgroup analyses: separate pooling per subgroup (each with its own τ²), the RevMan-style test for subgroup
 * differences, and, for inverse-variance models, metafor's mixed-effects moderator test with a common τ².
 */
public final class SubgroupAnalysis {

    private SubgroupAnalysis() {
    }

    /**
     * Inverse-variance subgroup analysis: every subgroup is fitted with {@link UnivariateModel#fit} and the given
     * options, and the mixed-effects test uses a meta-regression on the subgroup dummies with the same options.
     *
     * @param yi      effect sizes
     * @param vi      sampling variances
     * @param labels  subgroup label per study
     * @param options τ² method, test and level
     * @return the analysis
     * @throws StatsException when a subgroup fit or the mixed-effects model fails (e.g. τ² does not converge)
     */
    public static SubgroupResult inverseVariance(double[] yi, double[] vi, List<String> labels, ModelOptions options) {
        return inverseVariance(yi, vi, labels, options, (level, rows) ->
                GroupResult.of(level, UnivariateModel.fit(select(yi, rows), select(vi, rows), options)));
    }

    /**
     * Inverse-variance subgroup analysis whose subgroups are fitted by {@code pooler}, which must fit each one with
     * {@code options} as {@link #inverseVariance(double[], double[], List, ModelOptions)} does (it may keep the
     * fit, see {@link GroupResult#fit()}).
     *
     * @param yi      effect sizes
     * @param vi      sampling variances
     * @param labels  subgroup label per study
     * @param options τ² method, test and level of the mixed-effects test
     * @param pooler  fits one subgroup
     * @return the analysis
     * @throws StatsException when a subgroup fit or the mixed-effects model fails
     */
    public static SubgroupResult inverseVariance(double[] yi, double[] vi, List<String> labels, ModelOptions options,
                                                 GroupPooler pooler) {
        Objects.requireNonNull(options, "options");
        if (yi.length != vi.length || yi.length != labels.size()) {
            throw new IllegalArgumentException("yi, vi and labels must have the same length");
        }
        SubgroupResult separate = fromGroups(labels, pooler);
        return new SubgroupResult(separate.groups(), separate.between(), mixedTest(yi, vi, labels, options));
    }

    /**
     * Subgroup analysis with pooling supplied by the caller (for example Mantel–Haenszel or Peto per subgroup).
     * No mixed-effects test is computed.
     *
     * @param labels subgroup label per study (no nulls)
     * @param pooler pools the studies of one subgroup, given its level and row indices
     * @return the analysis
     * @throws IllegalArgumentException when a pooled result carries another level than the one it was asked for
     */
    public static SubgroupResult fromGroups(List<String> labels, GroupPooler pooler) {
        Objects.requireNonNull(pooler, "pooler");
        List<String> levels = DesignMatrixBuilder.levelsInOrder(labels);
        if (levels.isEmpty()) {
            throw new StatsException("subgroup analysis needs at least one study");
        }
        List<GroupResult> groups = new ArrayList<>(levels.size());
        for (String level : levels) {
            GroupResult g = Objects.requireNonNull(pooler.pool(level, rowsOf(labels, level)), "group result");
            if (!level.equals(g.level())) {
                throw new IllegalArgumentException("pooled result for subgroup '" + level + "' is labelled '"
                        + g.level() + "'");
            }
            groups.add(g);
        }
        return new SubgroupResult(groups, betweenGroups(groups), Optional.empty());
    }

    /**
     * The RevMan-style test over subgroup estimates and their reported standard errors.
     *
     * @param groups subgroup results
     * @return Q_between, its df and p-value
     */
    public static BetweenGroupsTest betweenGroups(List<GroupResult> groups) {
        double sumW = 0;
        double sumWy = 0;
        for (GroupResult g : groups) {
            double w = 1 / (g.se() * g.se());
            sumW += w;
            sumWy += w * g.estimate();
        }
        double mean = sumWy / sumW;
        double q = 0;
        for (GroupResult g : groups) {
            double d = g.estimate() - mean;
            q += d * d / (g.se() * g.se());
        }
        int df = groups.size() - 1;
        return new BetweenGroupsTest(q, df, df > 0 ? ReferenceDistributions.chiSquaredUpper(q, df) : 1);
    }

    private static Optional<MixedEffectsTest> mixedTest(double[] yi, double[] vi, List<String> labels,
                                                        ModelOptions options) {
        DesignMatrix design = DesignMatrix.builder().categorical("subgroup", labels).build();
        if (design.columns() < 2 || yi.length <= design.columns()) {
            // One subgroup, or no residual degrees of freedom for a common τ².
            return Optional.empty();
        }
        MetaRegressionFit fit = MetaRegression.fit(yi, vi, design, options);
        return Optional.of(new MixedEffectsTest(fit.moderatorTest().orElseThrow(), fit.tau2()));
    }

    private static int[] rowsOf(List<String> labels, String level) {
        return java.util.stream.IntStream.range(0, labels.size()).filter(i -> level.equals(labels.get(i))).toArray();
    }

    private static double[] select(double[] x, int[] rows) {
        double[] r = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            r[i] = x[rows[i]];
        }
        return r;
    }
}
