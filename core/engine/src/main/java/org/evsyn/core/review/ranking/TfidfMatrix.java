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
            int[] idx = new int[c.size()];
            int k = 0;
            for (String term : c.keySet()) {
                Integer i = index.get(term);
                if (i != null) {
                    idx[k++] = i;
                }
            }
            idx = Arrays.copyOf(idx, k);
            Arrays.sort(idx);
            rows.add(new SparseVector(idx, new double[k]));
        }
        // Second pass: fill the weights now that each row's indices are sorted.
        String[] termOf = new String[idf.size()];
        index.forEach((term, i) -> termOf[i] = term);
        List<SparseVector> weighted = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            SparseVector row = rows.get(r);
            int[] idx = new int[row.size()];
            double[] val = new double[row.size()];
            double norm = 0;
            for (int k = 0; k < row.size(); k++) {
                int i = row.index(k);
                int tf = counts.get(r).get(termOf[i]);
                double w = (sublinearTf ? 1.0 + Math.log(tf) : tf) * idf.get(i);
                idx[k] = i;
                val[k] = w;
                norm += w * w;
            }
            if (norm > 0) {
                double s = 1.0 / Math.sqrt(norm);
                for (int k = 0; k < val.length; k++) {
                    val[k] *= s;
                }
            }
            weighted.add(new SparseVector(idx, val));
        }
        return new TfidfMatrix(weighted, index);
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
