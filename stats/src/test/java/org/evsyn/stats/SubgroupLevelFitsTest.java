package org.evsyn.stats;

import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.model.StudyEstimate;
import org.evsyn.stats.subgroup.GroupResult;
import org.evsyn.stats.subgroup.SubgroupResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subgroup analysis keeps each level's own fit, so a forest plot of a level reads its study estimates and
 * weights from the analysis: the kept fit is the fit of the level's studies alone, and the level's numbers are
 * that fit's.
 */
class SubgroupLevelFitsTest {

    private static final List<BinaryStudy> TABLES = List.of(new BinaryStudy("Balmes 1991", 4, 48, 7, 56),
            new BinaryStudy("Beghi 1995", 22, 69, 2, 73), new BinaryStudy("Biebuyck 1996", 53, 497, 53, 257),
            new BinaryStudy("Whitlock 1995", 0, 29, 2, 27), new BinaryStudy("Other 2001", 10, 60, 14, 58));
    private static final List<String> LEVELS = List.of("a", "b", "a", "b", "a");

    @Test
    void inverseVarianceLevelsKeepTheirOwnModelWithItsWeights() {
        EffectSizeTable effects = Meta.escalc(EffectMeasure.RR, TABLES);
        ModelOptions options = new ModelOptions(Tau2Method.REML, TestMethod.Z, 95);
        SubgroupResult result = Meta.rma(effects, options).subgroups(LEVELS);

        GroupResult a = result.groups().get(0);
        RmaFit kept = (RmaFit) a.fit().orElseThrow();
        RmaFit alone = Meta.rma(Meta.escalc(EffectMeasure.RR, List.of(TABLES.get(0), TABLES.get(2), TABLES.get(4))),
                options);
        assertThat(kept.model()).isEqualTo(alone.model());
        assertThat(kept.studyEstimates()).isEqualTo(alone.studyEstimates());
        assertThat(kept.studyEstimates()).extracting(StudyEstimate::label)
                .containsExactly("Balmes 1991", "Biebuyck 1996", "Other 2001");
        assertThat(a.estimate()).isEqualTo(alone.estimate());
        assertThat(a.se()).isEqualTo(alone.se());
        assertThat(a.tau2()).isEqualTo(alone.tau2());
    }

    @Test
    void mantelHaenszelAndPetoLevelsKeepTheirOwnPooledFitWithItsWeights() {
        MhPetoFit mh = Meta.rmaMh(EffectMeasure.OR, TABLES);
        GroupResult b = mh.subgroups(LEVELS).groups().get(1);
        MhPetoFit kept = (MhPetoFit) b.fit().orElseThrow();
        MhPetoFit alone = Meta.rmaMh(EffectMeasure.OR, List.of(TABLES.get(1), TABLES.get(3)));
        assertThat(kept.model()).isEqualTo(alone.model());
        assertThat(kept.poolingWeights()).isEqualTo(alone.poolingWeights());
        assertThat(b.estimate()).isEqualTo(alone.estimate());

        MhPetoFit peto = (MhPetoFit) Meta.rmaPeto(TABLES).subgroups(LEVELS).groups().get(0).fit().orElseThrow();
        assertThat(peto.peto()).isTrue();
        assertThat(peto.poolingWeights().keySet()).containsExactly("Balmes 1991", "Biebuyck 1996", "Other 2001");
    }
}
