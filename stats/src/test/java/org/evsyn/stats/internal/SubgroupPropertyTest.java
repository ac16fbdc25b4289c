package org.evsyn.stats.internal;

import org.evsyn.stats.subgroup.GroupResult;
import org.evsyn.stats.subgroup.MixedEffectsTest;
import org.evsyn.stats.subgroup.SubgroupResult;

import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Seeded properties of subgroup analyses. */
class SubgroupPropertyTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void fixedEffectBetweenGroupsTestEqualsTheModeratorTest(long seed) {
        Random rnd = new Random(seed);
        int k = 6 + rnd.nextInt(30);
        int groups = 2 + rnd.nextInt(3);
        double[] yi = new double[k];
        double[] vi = new double[k];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int g = i < groups ? i : rnd.nextInt(groups); // every level present
            labels.add("g" + g);
            vi[i] = 0.01 + 0.3 * rnd.nextDouble();
            yi[i] = 0.1 * g + rnd.nextGaussian() * Math.sqrt(vi[i]);
        }
        SubgroupResult r = SubgroupAnalysis.inverseVariance(yi, vi, labels,
                new ModelOptions(Tau2Method.FE, TestMethod.Z, 95));
        MixedEffectsTest mixed = r.mixed().orElseThrow();
        assertThat(r.groups()).hasSize(groups);
        assertThat(r.between().df()).isEqualTo(groups - 1).isEqualTo(mixed.test().df());
        assertThat(mixed.test().statistic()).isCloseTo(r.between().q(), within(1e-9 * (1 + r.between().q())));
        assertThat(mixed.test().pval()).isCloseTo(r.between().pval(), within(1e-9));
        assertThat(r.groups().stream().mapToInt(GroupResult::k).sum()).isEqualTo(k);
    }

    @Test
    void singleSubgroupHasNoBetweenGroupDifference() {
        SubgroupResult r = SubgroupAnalysis.inverseVariance(new double[]{0.1, 0.3, 0.2},
                new double[]{0.01, 0.02, 0.03}, List.of("a", "a", "a"), ModelOptions.defaults());
        assertThat(r.groups()).hasSize(1);
        assertThat(r.between().q()).isEqualTo(0);
        assertThat(r.between().df()).isEqualTo(0);
        assertThat(r.between().pval()).isEqualTo(1);
        assertThat(r.mixed()).isEmpty();
    }

    @Test
    void suppliedPoolingReceivesTheRowsOfEachLevelInOrderOfFirstAppearance() {
        List<String> labels = List.of("b", "a", "b", "c");
        List<String> seen = new ArrayList<>();
        SubgroupResult r = SubgroupAnalysis.fromGroups(labels, (level, rows) -> {
            seen.add(level + java.util.Arrays.toString(rows));
            return new GroupResult(level, rows.length, rows[0], 1, rows[0] - 2, rows[0] + 2, 0.5, 0, 0, 0);
        });
        assertThat(seen).containsExactly("b[0, 2]", "a[1]", "c[3]");
        assertThat(r.groups()).extracting(GroupResult::level).containsExactly("b", "a", "c");
        // estimates 0, 1, 3 with unit se: mean 4/3, Q = 16/9 + 1/9 + 25/9 = 42/9
        assertThat(r.between().q()).isCloseTo(42.0 / 9, within(1e-12));
        assertThat(r.mixed()).isEmpty();
    }
}
