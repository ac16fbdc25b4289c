package org.evsyn.stats.network;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.EffectMeasure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Rank probabilities by seeded simulation: repeatable, consistent, and SUCRA close to the exact P-scores. */
class NetworkRankingTest {

    private static final NetworkFit STOWE = Network.netmeta(Stowe2010.arms(),
            NetworkOptions.of(EffectMeasure.MD, "Placebo", NetworkMethod.DL));

    @Test
    void sucraAgreesWithPScoresWithinSimulationError() {
        int draws = 100_000;
        RankProbabilities ranks = STOWE.rankProbabilities(1909, draws);
        assertThat(ranks.seed()).isEqualTo(1909);
        assertThat(ranks.draws()).isEqualTo(draws);
        List<TreatmentScore> p = STOWE.pScores();
        for (int i = 0; i < p.size(); i++) {
            TreatmentRanks r = ranks.treatments().get(i);
            assertThat(r.treatment()).isEqualTo(p.get(i).treatment());
            // SUCRA is a mean of T − 1 indicators per draw: its simulation SE is below 0.5/√draws.
            assertThat(r.sucra()).as(r.treatment()).isCloseTo(p.get(i).score(), within(5 * 0.5 / Math.sqrt(draws)));
            assertThat(r.probabilities().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
            // Mean rank and SUCRA describe the same distribution: SUCRA = (T − meanRank)/(T − 1).
            assertThat(r.sucra()).isCloseTo((4 - r.meanRank()) / 3, within(1e-12));
        }
        // netmeta's own simulation (seed 1909, 1,000 draws) printed 0.9713 / 0.5740 / 0.4547 / 0.
        RankProbabilities small = STOWE.rankProbabilities(1909, 1000);
        assertThat(small.treatments().get(2).sucra()).isCloseTo(0.9713, within(0.03));
        assertThat(small.treatments().get(3).sucra()).isCloseTo(0.5740, within(0.03));
        assertThat(small.treatments().get(1).sucra()).isCloseTo(0.4547, within(0.03));
    }

    @Test
    void theSameSeedGivesTheSameProbabilities() {
        assertThat(STOWE.rankProbabilities(5, 500)).isEqualTo(STOWE.rankProbabilities(5, 500));
        assertThat(STOWE.rankProbabilities(5, 500)).isNotEqualTo(STOWE.rankProbabilities(6, 500));
    }

    @Test
    void theDirectionDecidesWhichEndRanksFirst() {
        NetworkFit higher = Network.netmeta(Stowe2010.arms(), NetworkOptions.of(EffectMeasure.MD, "Placebo",
                NetworkMethod.DL).withDirection(RankingDirection.HIGHER_IS_BETTER));
        assertThat(higher.pScores().get(0).score()).isCloseTo(1.0, within(1e-3));
        assertThat(higher.rankProbabilities(1, 1000).treatments().get(0).probabilities().get(0))
                .isGreaterThan(0.99);
        for (int i = 0; i < 4; i++) {
            assertThat(higher.pScores().get(i).score()).isCloseTo(1 - STOWE.pScores().get(i).score(), within(1e-12));
        }
    }

    @Test
    void drawsMustBePositive() {
        assertThatThrownBy(() -> STOWE.rankProbabilities(1, 0)).isInstanceOf(StatsException.class)
                .hasMessageContaining("draws");
    }
}
