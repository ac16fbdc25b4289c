package org.evsyn.core.review.ranking;

import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The active-learning ranker: TF-IDF of title and abstract (unigrams and bigrams) and an L2-regularised logistic
 * regression with balanced class weights, refitted on every call from the decisions given. Until there is at least
 * one relevant and one irrelevant decision it returns a seeded random order (the same for the same seed and
 * records), with no probabilities and {@code expectedRemaining} NaN.
 *
 * <p>Probabilities: balanced class weights shift every log-odds by {@code ln(w₁/w₀)} (the weight of a relevant
 * over an irrelevant decision); that shift is taken off before the logistic function, so {@code relevance} is on
 * the scale of the decisions made. {@code expectedRemaining} is their sum over the unscreened records (see
 * docs/screening.md for its limits: the decisions are not a random sample).
 *
 * <p>Warm start: the feature matrix and the solver's state are kept for the last list of records, so a call that
 * adds one decision to the previous call's costs about one pass over the decisions. Results then agree with a
 * fresh ranker's to the solver's tolerance; the order can differ only between records whose scores agree to about
 * that. Calls are serialised ({@code synchronized}); one instance serves one review at a time best.
 */
public final class TfidfLogisticRanker implements RelevanceRanker {

    private final RankerOptions options;
    private List<RankableText> fittedRecords = List.of();
    private TfidfMatrix matrix;
    private LogisticRegression regression;

    /** A ranker with {@link RankerOptions#defaults()}. */
    @Inject
    public TfidfLogisticRanker() {
        this(RankerOptions.defaults());
    }

    /** A ranker with the given options. */
    public TfidfLogisticRanker(RankerOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public synchronized Ranking rank(List<RankableText> records, Map<String, Boolean> labels) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(labels, "labels");
        prepare(records);
        int n = records.size();
        int[] y = new int[n];
        int relevant = 0;
        int irrelevant = 0;
        for (int i = 0; i < n; i++) {
            Boolean label = labels.get(records.get(i).id());
            if (label != null) {
                y[i] = label ? 1 : -1;
                if (label) {
                    relevant++;
                } else {
                    irrelevant++;
                }
            }
        }
        if (relevant == 0 || irrelevant == 0) {
            return randomOrder(records, y, relevant, irrelevant);
        }
        // Balanced class weights (n / (2 n_class)), as scikit-learn's class_weight="balanced".
        int labelled = relevant + irrelevant;
        double weightRelevant = labelled / (2.0 * relevant);
        double weightIrrelevant = labelled / (2.0 * irrelevant);
        double[] costs = new double[n];
        for (int i = 0; i < n; i++) {
            costs[i] = y[i] > 0 ? options.cost() * weightRelevant : options.cost() * weightIrrelevant;
        }
        regression.fit(y, costs);
        double shift = Math.log(weightRelevant / weightIrrelevant);
        List<Integer> unlabelled = new ArrayList<>();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            if (y[i] == 0) {
                unlabelled.add(i);
                score[i] = regression.score(i);
            }
        }
        unlabelled.sort(Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> i));
        double[] posterior = new double[unlabelled.size()];
        for (int k = 0; k < posterior.length; k++) {
            posterior[k] = 1.0 / (1.0 + Math.exp(-(score[unlabelled.get(k)] - shift)));
        }
        List<String> order = new ArrayList<>(unlabelled.size());
        Map<String, Double> relevance = new LinkedHashMap<>();
        double expected = 0;
        for (int k = 0; k < posterior.length; k++) {
            String id = records.get(unlabelled.get(k)).id();
            order.add(id);
            relevance.put(id, posterior[k]);
            expected += posterior[k];
        }
        String model = String.format(Locale.ROOT,
                "TF-IDF 1-2-grams (%d terms) + L2 logistic regression (C=%s, balanced class weights), "
                        + "trained on %d decisions (%d relevant)",
                matrix.terms(), plain(options.cost()), labelled, relevant);
        return new Ranking(order, relevance, expected, model);
    }

    private Ranking randomOrder(List<RankableText> records, int[] y, int relevant, int irrelevant) {
        // Shuffle every record, then drop the labelled ones: the order stays put as decisions come in.
        int n = records.size();
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        List<String> order = new ArrayList<>();
        for (int i : perm) {
            if (y[i] == 0) {
                order.add(records.get(i).id());
            }
        }
        String model = String.format(Locale.ROOT,
                "random order (seed %d): the model needs at least one relevant and one irrelevant decision, "
                        + "has %d and %d", options.seed(), relevant, irrelevant);
        return new Ranking(order, Map.of(), Double.NaN, model);
    }

    /** Fits the TF-IDF matrix and a fresh solver when the records differ from the last call's. */
    private void prepare(List<RankableText> records) {
        if (regression != null && records.equals(fittedRecords)) {
            return;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Integer previous = index.put(records.get(i).id(), i);
            if (previous != null) {
                throw new IllegalArgumentException("record id " + records.get(i).id() + " appears twice (records "
                        + (previous + 1) + " and " + (i + 1) + ")");
            }
        }
        List<RankableText> copy = List.copyOf(records);
        TfidfMatrix m = TfidfMatrix.fit(copy, options.minDf(), options.sublinearTf());
        // An intercept as a constant feature (regularised with the rest, as LIBLINEAR's bias term).
        SparseVector[] rows = new SparseVector[m.rows()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = m.row(i).append(m.terms(), 1.0);
        }
        this.matrix = m;
        this.regression = new LogisticRegression(rows, m.terms() + 1, options.tolerance(), options.maxPasses(),
                options.seed());
        this.fittedRecords = copy;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
