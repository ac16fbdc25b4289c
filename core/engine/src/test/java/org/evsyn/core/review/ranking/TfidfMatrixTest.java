package org.evsyn.core.review.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TfidfMatrixTest {

    private static double weight(TfidfMatrix m, int row, String term) {
        int column = m.column(term);
        SparseVector v = m.row(row);
        for (int k = 0; k < v.size(); k++) {
            if (v.index(k) == column) {
                return v.value(k);
            }
        }
        return 0;
    }

    /**
     * Two records, "cat dog" and "cat". Smoothed idf: cat ln(3/3) + 1 = 1; dog and "cat dog" ln(3/2) + 1 =
     * 1.4054651081. Record 1 is (1, 1.4054651081, 1.4054651081) over its length sqrt(1 + 2 x 1.4054651081^2) =
     * 2.2250097: cat 0.4494364165, dog and "cat dog" 0.6316672017. Record 2 is cat alone: 1.
     */
    @Test
    void weightsAreSmoothedIdfOverUnitLength() {
        TfidfMatrix m = TfidfMatrix.fit(List.of(new RankableText("1", "Cat", "dog"),
                new RankableText("2", "cat", "")), 1, true);
        assertThat(m.terms()).isEqualTo(2); // the bigram would cross from title to abstract, so it is not formed
        m = TfidfMatrix.fit(List.of(new RankableText("1", "Cat dog", ""), new RankableText("2", "cat", "")), 1,
                true);
        assertThat(m.terms()).isEqualTo(3);
        assertThat(weight(m, 0, "cat")).isCloseTo(0.4494364165239821, within(1e-12));
        assertThat(weight(m, 0, "dog")).isCloseTo(0.6316672017376245, within(1e-12));
        assertThat(weight(m, 0, "cat dog")).isCloseTo(0.6316672017376245, within(1e-12));
        assertThat(weight(m, 1, "cat")).isCloseTo(1.0, within(1e-12));
        assertThat(m.row(1).size()).isEqualTo(1);
    }

    /**
     * One record "cat cat dog": every idf is 1; terms cat (tf 2), dog, "cat cat", "cat dog" (tf 1). Sublinear:
     * cat 1 + ln 2 = 1.6931472, length sqrt(1.6931472^2 + 3) = 2.4221370: cat 0.6990303273, the others
     * 0.4128585721. Raw counts: length sqrt(7): cat 2/sqrt(7) = 0.7559289460, the others 0.3779644730.
     */
    @Test
    void sublinearTermFrequencyDampsRepeats() {
        List<RankableText> one = List.of(new RankableText("1", "cat cat dog", ""));
        TfidfMatrix sub = TfidfMatrix.fit(one, 1, true);
        assertThat(weight(sub, 0, "cat")).isCloseTo(0.6990303272568005, within(1e-12));
        assertThat(weight(sub, 0, "cat cat")).isCloseTo(0.4128585720620119, within(1e-12));
        TfidfMatrix raw = TfidfMatrix.fit(one, 1, false);
        assertThat(weight(raw, 0, "cat")).isCloseTo(2 / Math.sqrt(7), within(1e-12));
        assertThat(weight(raw, 0, "cat dog")).isCloseTo(1 / Math.sqrt(7), within(1e-12));
    }

    @Test
    void termsInFewerRecordsThanMinDfAreDropped() {
        TfidfMatrix m = TfidfMatrix.fit(List.of(new RankableText("1", "cat dog", ""),
                new RankableText("2", "cat", "")), 2, true);
        assertThat(m.terms()).isEqualTo(1);
        assertThat(m.column("dog")).isEqualTo(-1);
        assertThat(weight(m, 0, "cat")).isCloseTo(1.0, within(1e-12));
    }
}
