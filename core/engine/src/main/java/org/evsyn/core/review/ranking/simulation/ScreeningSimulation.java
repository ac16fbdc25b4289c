package org.evsyn.core.review.ranking.simulation;

import org.evsyn.core.review.ranking.RankableText;
import org.evsyn.core.review.ranking.RankerOptions;
import org.evsyn.core.review.ranking.Ranking;
import org.evsyn.core.review.ranking.RelevanceRanker;
import org.evsyn.core.review.ranking.TfidfLogisticRanker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * Simulates screening a labelled review, as ASReview's simulation mode does: one relevant and one irrelevant record,
 * drawn with the seed, are the prior knowledge; then records are screened in the ranker's order, each label revealed
 * as its record is screened, and the ranker is asked for a new order after every {@link #batchSize(int)} records.
 * Random order draws the same prior records with the same seed and screens the rest in a random permutation.
 *
 * <p>A simulation stops once every relevant record is found: what follows cannot change any figure reported.
 */
public final class ScreeningSimulation {

    /** Reviews up to this many records are re-ranked after every decision; larger ones after small batches. */
    public static final int PER_DECISION_LIMIT = 1500;

    private final LongFunction<RelevanceRanker> rankers;

    /** A simulation of evsyn's ranker ({@link TfidfLogisticRanker} with default options and the run's seed). */
    public ScreeningSimulation() {
        this(seed -> new TfidfLogisticRanker(RankerOptions.defaults().withSeed(seed)));
    }

    /**
     * A simulation of any ranker.
     *
     * @param rankers a fresh ranker for each run, given the run's seed
     */
    public ScreeningSimulation(LongFunction<RelevanceRanker> rankers) {
        this.rankers = Objects.requireNonNull(rankers, "rankers");
    }

    /**
     * Records screened between two rankings: 1 up to {@link #PER_DECISION_LIMIT} records, otherwise
     * {@code ceil(records / PER_DECISION_LIMIT)} (2 up to 3,000 records, 3 up to 4,500), so that a simulation asks
     * for at most about 1,500 rankings. All five Cohen et al. reviews (at most 1,120 records) are re-ranked after
     * every decision.
     */
    public static int batchSize(int records) {
        return Math.max(1, (records + PER_DECISION_LIMIT - 1) / PER_DECISION_LIMIT);
    }

    /**
     * The model's order and random order, each averaged over seeds {@code 0 .. seeds − 1}.
     *
     * @param data        the labelled review (at least two relevant and one irrelevant record)
     * @param modelSeeds  simulations in the model's order
     * @param randomSeeds simulations in random order
     */
    public SimulationResult compare(List<LabelledRecord> data, int modelSeeds, int randomSeeds) {
        if (modelSeeds < 1 || randomSeeds < 1) {
            throw new IllegalArgumentException("at least one seed per order, got " + modelSeeds + " and "
                    + randomSeeds);
        }
        List<ScreeningCurve> model = new ArrayList<>();
        for (long seed = 0; seed < modelSeeds; seed++) {
            model.add(model(data, seed));
        }
        List<ScreeningCurve> random = new ArrayList<>();
        for (long seed = 0; seed < randomSeeds; seed++) {
            random.add(random(data, seed));
        }
        int relevant = (int) data.stream().filter(LabelledRecord::relevant).count();
        return new SimulationResult(data.size(), relevant, batchSize(data.size()), ArmSummary.of(model),
                ArmSummary.of(random));
    }

    /** One screening in the ranker's order, starting from the prior records {@code seed} draws. */
    public ScreeningCurve model(List<LabelledRecord> data, long seed) {
        Priors priors = Priors.draw(data, seed);
        List<RankableText> texts = data.stream().map(LabelledRecord::text).toList();
        Map<String, Boolean> truth = new HashMap<>();
        for (LabelledRecord r : data) {
            truth.put(r.text().id(), r.relevant());
        }
        Map<String, Boolean> labels = new HashMap<>();
        labels.put(data.get(priors.relevant()).text().id(), true);
        labels.put(data.get(priors.irrelevant()).text().id(), false);
        RelevanceRanker ranker = rankers.apply(seed);
        int records = data.size() - 2;
        int toFind = priors.relevantLeft();
        int needed95 = (int) Math.ceil(0.95 * toFind - 1e-9);
        int batch = batchSize(data.size());
        List<Integer> foundAt = new ArrayList<>();
        int screened = 0;
        int rankings = 0;
        double estimateAt95 = Double.NaN;
        while (foundAt.size() < toFind) {
            Ranking ranking = ranker.rank(texts, labels);
            rankings++;
            List<String> order = ranking.order();
            if (order.isEmpty()) {
                throw new IllegalStateException("the ranker returned no records with relevant ones left");
            }
            for (int k = 0; k < batch && k < order.size() && foundAt.size() < toFind; k++) {
                String id = order.get(k);
                Boolean relevant = truth.get(id);
                if (relevant == null || labels.containsKey(id)) {
                    throw new IllegalStateException("the ranker offered record " + id
                            + ", which is unknown or already screened");
                }
                screened++;
                labels.put(id, relevant);
                if (relevant) {
                    if (foundAt.size() + 1 == needed95) {
                        estimateAt95 = ranking.expectedRemaining();
                    }
                    foundAt.add(screened);
                }
            }
        }
        return new ScreeningCurve(records, toArray(foundAt), estimateAt95, toFind - needed95 + 1, rankings);
    }

    /** One screening in random order, from the same prior records as {@link #model} with this seed. */
    public ScreeningCurve random(List<LabelledRecord> data, long seed) {
        Priors priors = Priors.draw(data, seed);
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (i != priors.relevant() && i != priors.irrelevant()) {
                rest.add(i);
            }
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = rest.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = rest.get(i);
            rest.set(i, rest.get(j));
            rest.set(j, t);
        }
        List<Integer> foundAt = new ArrayList<>();
        for (int k = 0; k < rest.size(); k++) {
            if (data.get(rest.get(k)).relevant()) {
                foundAt.add(k + 1);
            }
        }
        int toFind = priors.relevantLeft();
        int needed95 = (int) Math.ceil(0.95 * toFind - 1e-9);
        return new ScreeningCurve(rest.size(), toArray(foundAt), Double.NaN, toFind - needed95 + 1, 0);
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The prior knowledge of a run: one relevant and one irrelevant record, by index. */
    private record Priors(int relevant, int irrelevant, int relevantLeft) {

        static Priors draw(List<LabelledRecord> data, long seed) {
            List<Integer> relevant = new ArrayList<>();
            List<Integer> irrelevant = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                (data.get(i).relevant() ? relevant : irrelevant).add(i);
            }
            if (relevant.size() < 2 || irrelevant.isEmpty()) {
                throw new IllegalArgumentException("a simulation needs at least two relevant records and one "
                        + "irrelevant one, got " + relevant.size() + " and " + irrelevant.size());
            }
            SplittableRandom random = new SplittableRandom(seed);
            return new Priors(relevant.get(random.nextInt(relevant.size())),
                    irrelevant.get(random.nextInt(irrelevant.size())), relevant.size() - 1);
        }
    }
}
