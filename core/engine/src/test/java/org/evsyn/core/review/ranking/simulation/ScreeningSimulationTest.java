package org.evsyn.core.review.ranking.simulation;

import org.evsyn.core.review.ranking.RankableText;
import org.evsyn.core.review.ranking.Ranking;
import org.evsyn.core.review.ranking.TfidfLogisticRanker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningSimulationTest {

    /** The measurement: WSS@95 and RRF@10 above random order's on all five reviews at both label levels. */
    @Test
    void rankingBeatsRandomOrderOnEveryDatasetAtBothLabelLevels() {
        ScreeningSimulation simulation = new ScreeningSimulation();
        List<String> worse = new ArrayList<>();
        for (String name : CohenDatasets.NAMES) {
            for (LabelLevel level : LabelLevel.values()) {
                SimulationResult r = simulation.compare(CohenDatasets.read(name, level), 2, 10);
                if (!(r.model().wss95() > r.random().wss95()) || !(r.model().rrf10() > r.random().rrf10())) {
                    worse.add(String.format(Locale.ROOT, "%s %s: WSS@95 %.3f vs %.3f, RRF@10 %.1f vs %.1f", name,
                            level, r.model().wss95(), r.random().wss95(), r.model().rrf10(), r.random().rrf10()));
                }
            }
        }
        assertThat(worse).as("datasets where the ranking does not beat random order").isEmpty();
    }

    @Test
    void sameSeedSameScreening() {
        List<LabelledRecord> data = CohenDatasets.read("UrinaryIncontinence", LabelLevel.INCLUDED);
        ScreeningSimulation simulation = new ScreeningSimulation();
        ScreeningCurve first = simulation.model(data, 4);
        assertThat(simulation.model(data, 4)).isEqualTo(first);
        assertThat(simulation.model(data, 5)).isNotEqualTo(first);
        assertThat(simulation.random(data, 4)).isEqualTo(simulation.random(data, 4));
        assertThat(simulation.random(data, 4)).isNotEqualTo(simulation.random(data, 5));
        // Re-ranked after every decision until the last relevant record was found.
        assertThat(first.rankings()).isEqualTo(first.screenedToRecall(1.0));
    }

    /** A warm-started ranker (asked once before) ranks as a fresh one does, to the solver's tolerance. */
    @Test
    void warmStartAgreesWithAFreshRanker() {
        List<LabelledRecord> data = CohenDatasets.read("NSAIDS", LabelLevel.ABSTRACT);
        List<RankableText> texts = data.stream().map(LabelledRecord::text).toList();
        Map<String, Boolean> labels = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            labels.put(texts.get(i).id(), data.get(i).relevant());
        }
        TfidfLogisticRanker warm = new TfidfLogisticRanker();
        warm.rank(texts, labels);
        for (int i = 60; i < 80; i++) {
            labels.put(texts.get(i).id(), data.get(i).relevant());
        }
        Ranking warmed = warm.rank(texts, labels);
        Ranking fresh = new TfidfLogisticRanker().rank(texts, labels);
        assertThat(warmed.order().subList(0, 20)).isEqualTo(fresh.order().subList(0, 20));
        double largest = 0;
        for (String id : fresh.order()) {
            largest = Math.max(largest, Math.abs(fresh.relevance().get(id) - warmed.relevance().get(id)));
        }
        assertThat(largest).isLessThan(1e-3);
    }
}
