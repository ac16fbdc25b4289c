package org.evsyn.core.review.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TfidfLogisticRankerTest {

    private static final List<RankableText> RECORDS = List.of(
            new RankableText("r1", "Sumatriptan for acute migraine", "randomised placebo controlled trial"),
            new RankableText("n1", "Hip fracture surgery outcomes", "cohort of elderly patients"),
            new RankableText("r2", "Zolmitriptan in acute migraine attacks", "placebo controlled trial"),
            new RankableText("n2", "Knee replacement rehabilitation", "cohort of elderly patients"),
            new RankableText("r3", "Rizatriptan acute migraine", "randomised trial against placebo"),
            new RankableText("n3", "Fracture healing in elderly", "surgery cohort"));

    @Test
    void ranksRecordsLikeTheRelevantOnesFirst() {
        Ranking r = new TfidfLogisticRanker().rank(RECORDS, Map.of("r1", true, "n1", false));
        assertThat(r.order()).hasSize(4).doesNotContain("r1", "n1");
        assertThat(r.order().subList(0, 2)).containsExactlyInAnyOrder("r2", "r3");
        assertThat(r.relevance().get("r2")).isGreaterThan(r.relevance().get("n2"));
        assertThat(r.expectedRemaining())
                .isCloseTo(r.relevance().values().stream().mapToDouble(Double::doubleValue).sum(),
                        org.assertj.core.api.Assertions.within(1e-12));
        assertThat(r.model()).contains("logistic regression").contains("trained on 2 decisions (1 relevant)");
    }

    @Test
    void givesASeededRandomOrderUntilBothKindsOfDecisionExist() {
        Ranking none = new TfidfLogisticRanker(RankerOptions.defaults().withSeed(3)).rank(RECORDS, Map.of());
        Ranking again = new TfidfLogisticRanker(RankerOptions.defaults().withSeed(3)).rank(RECORDS, Map.of());
        Ranking onlyRelevant = new TfidfLogisticRanker(RankerOptions.defaults().withSeed(3))
                .rank(RECORDS, Map.of("r1", true));
        assertThat(none.model()).startsWith("random order (seed 3)");
        assertThat(none.order()).containsExactlyInAnyOrder("r1", "n1", "r2", "n2", "r3", "n3");
        assertThat(again).isEqualTo(none);
        // A decision removes its record and leaves the others where they were.
        assertThat(onlyRelevant.order()).isEqualTo(none.order().stream().filter(id -> !id.equals("r1")).toList());
        assertThat(none.relevance()).isEmpty();
        assertThat(none.expectedRemaining()).isNaN();
        List<List<String>> orders = new java.util.ArrayList<>();
        for (long seed = 0; seed < 5; seed++) {
            orders.add(new TfidfLogisticRanker(RankerOptions.defaults().withSeed(seed)).rank(RECORDS, Map.of())
                    .order());
        }
        assertThat(orders.stream().distinct().count()).as("different seeds, different orders").isGreaterThan(1);
    }

    @Test
    void sameRecordsAndDecisionsGiveTheSameRanking() {
        Map<String, Boolean> labels = Map.of("r1", true, "n1", false, "n2", false);
        assertThat(new TfidfLogisticRanker().rank(RECORDS, labels))
                .isEqualTo(new TfidfLogisticRanker().rank(RECORDS, labels));
    }

    @Test
    void decisionsOnUnknownRecordsAreIgnored() {
        Ranking r = new TfidfLogisticRanker().rank(RECORDS, Map.of("r1", true, "n1", false, "elsewhere", true));
        assertThat(r.order()).hasSize(4);
        assertThat(r.model()).contains("trained on 2 decisions");
    }

    @Test
    void refusesTwoRecordsWithOneId() {
        List<RankableText> twice = List.of(new RankableText("a", "x", ""), new RankableText("a", "y", ""));
        assertThatThrownBy(() -> new TfidfLogisticRanker().rank(twice, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record id a appears twice (records 1 and 2)");
    }
}
