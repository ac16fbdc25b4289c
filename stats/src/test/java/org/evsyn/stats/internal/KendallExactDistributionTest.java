package org.evsyn.stats.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The exact null distribution of Kendall's statistic against enumeration of all permutations. */
class KendallExactDistributionTest {

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8})
    void cumulativeProbabilitiesMatchEnumerationOfAllPermutations(int n) {
        int pairs = n * (n - 1) / 2;
        long[] counts = new long[pairs + 1];
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        long total = 0;
        do {
            int concordant = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (perm[i] < perm[j]) {
                        concordant++;
                    }
                }
            }
            counts[concordant]++;
            total++;
        } while (nextPermutation(perm));
        long cumulative = 0;
        for (int q = 0; q <= pairs; q++) {
            cumulative += counts[q];
            assertThat(KendallExactDistribution.cdf(q, n)).as("P(T <= %d), n = %d", q, n)
                    .isCloseTo((double) cumulative / total, within(1e-14));
        }
    }

    @Test
    void twoSidedPValueIsSymmetricAndCappedAtOne() {
        int n = 9;
        int pairs = 36;
        for (int q = 0; q <= pairs; q++) {
            double p = KendallExactDistribution.twoSided(q, n);
            assertThat(p).isEqualTo(KendallExactDistribution.twoSided(pairs - q, n));
            assertThat(p).isBetween(0.0, 1.0);
        }
        assertThat(KendallExactDistribution.twoSided(18, n)).isEqualTo(1.0);
    }

    @Test
    void largeSamplesAreEvaluatedQuickly() {
        long start = System.nanoTime();
        double p = KendallExactDistribution.twoSided(300L * 299 / 4 - 2000, 300);
        assertThat(p).isBetween(0.0, 1.0);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
    }

    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }
}
