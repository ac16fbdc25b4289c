package org.evsyn.core.review.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TF-IDF rows of a set of records (title and abstract, unigrams and bigrams), fitted on the whole set as
 * ASReview does: the vocabulary and document frequencies come from every record, labelled or not, since the texts
 * are known before any decision.
 *
 * <p>Weights follow scikit-learn's {@code TfidfVectorizer}: term frequency {@code tf} (or {@code 1 + ln tf} when
 * sublinear), smoothed inverse document frequency {@code ln((1 + n) / (1 + df)) + 1}, each row scaled to unit
 * Euclidean length. Terms found in fewer than {@code minDf} records are dropped. Bigrams do not cross from the
 * title into the abstract.
 */
final class TfidfMatrix {

    private final List<SparseVector> rows;
    private final Map<String, Integer> vocabulary;

    private TfidfMatrix(List<SparseVector> rows, Map<String, Integer> vocabulary) {
        this.rows = List.copyOf(rows);
        this.vocabulary = Map.copyOf(vocabulary);
    }

    static TfidfMatrix fit(List<RankableText> records, int minDf, boolean sublinearTf) {
        List<Map<String, Integer>> counts = new ArrayList<>(records.size());
        Map<String, Integer> df = new LinkedHashMap<>();
        for (RankableText r : records) {
            // Insertion order (first appearance) makes the term indices independent of hashing.
            Map<String, Integer> c = new LinkedHashMap<>();
            for (String field : new String[] {r.title(), r.abstractText()}) {
                for (String term : Tokens.unigramsAndBigrams(Tokens.words(field))) {
                    c.merge(term, 1, Integer::sum);
                }
            }
            counts.add(c);
            for (String term : c.keySet()) {
                df.merge(term, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<Double> idf = new ArrayList<>();
        int n = records.size();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= minDf) {
                index.put(e.getKey(), idf.size());
                idf.add(Math.log((1.0 + n) / (1.0 + e.getValue())) + 1.0);
            }
        }
        List<SparseVector> rows = new ArrayList<>(n);
        for (Map<String, Integer> c : counts) {
            // Terms of the row with their column, sorted by column, then weighted and scaled to unit length.
            long[] packed = new long[c.size()];
            int k = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                Integer column = index.get(e.getKey());
                if (column != null) {
                    packed[k++] = ((long) column << 32) | e.getValue();
                }
            }
            packed = Arrays.copyOf(packed, k);
            Arrays.sort(packed);
            int[] idx = new int[k];
            double[] val = new double[k];
            double norm = 0;
            for (int j = 0; j < k; j++) {
                idx[j] = (int) (packed[j] >>> 32);
                int tf = (int) packed[j];
                val[j] = (sublinearTf ? 1.0 + Math.log(tf) : tf) * idf.get(idx[j]);
                norm += val[j] * val[j];
            }
            if (norm > 0) {
                double scale = 1.0 / Math.sqrt(norm);
                for (int j = 0; j < k; j++) {
                    val[j] *= scale;
                }
            }
            rows.add(new SparseVector(idx, val));
        }
        return new TfidfMatrix(rows, index);
    }

    SparseVector row(int i) {
        return rows.get(i);
    }

    int rows() {
        return rows.size();
    }

    /** The number of terms kept (the dimension of the rows). */
    int terms() {
        return vocabulary.size();
    }

    /** The column of {@code term}, or −1 when it was not kept. */
    int column(String term) {
        return vocabulary.getOrDefault(term, -1);
    }
}
