package org.evsyn.stats;

import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Mantel-Haenszel and Peto pooling weights against metafor 3.8-1's weights() on metadat's dat.laopaiboon2015
 * (the first three trials and Whitlock 1995, whose zero cell must not be corrected here):
 * <pre>
 * d &lt;- dat.laopaiboon2015[c(1, 2, 3, 12), ]
 * weights(rma.peto(ai=ai, n1i=n1i, ci=ci, n2i=n2i, data=d))
 * weights(rma.mh(ai=ai, n1i=n1i, ci=ci, n2i=n2i, data=d, measure="RR"))   # also "OR" and "RD"
 * # printed with formatC(digits=12); the values below
 * </pre>
 */
class MhPetoWeightsTest {

    private static final List<BinaryStudy> TABLES = List.of(new BinaryStudy("Balmes 1991", 4, 48, 7, 56),
            new BinaryStudy("Beghi 1995", 22, 69, 2, 73), new BinaryStudy("Biebuyck 1996", 53, 497, 53, 257),
            new BinaryStudy("Whitlock 1995", 0, 29, 2, 27));

    private static void check(Map<String, Double> actual, double... expected) {
        assertThat(actual.keySet()).containsExactly("Balmes 1991", "Beghi 1995", "Biebuyck 1996", "Whitlock 1995");
        int i = 0;
        for (double w : actual.values()) {
            assertThat(w).isCloseTo(expected[i++], within(1e-6));
        }
    }

    @Test
    void petoWeightsAreTheHypergeometricVariancesAsMetaforGivesThem() {
        check(Meta.rmaPeto(TABLES).poolingWeights(), PETO);
    }

    @Test
    void mantelHaenszelWeightsFollowTheMeasureAsMetaforGivesThem() {
        check(Meta.rmaMh(EffectMeasure.RR, TABLES).poolingWeights(), MH_RR);
        check(Meta.rmaMh(EffectMeasure.OR, TABLES).poolingWeights(), MH_OR);
        check(Meta.rmaMh(EffectMeasure.RD, TABLES).poolingWeights(), MH_RD);
    }

    private static final double[] PETO = {8.66983555422, 17.6229765651, 71.9850947305, 1.72209315018};
    private static final double[] MH_RR = {8.0420752039, 2.4190950563, 86.960715495, 2.57811424479};
    private static final double[] MH_OR = {8.25659246243, 1.84553795301, 87.0103599757, 2.88750960884};
    private static final double[] MH_RD = {10.5622984235, 14.495931067, 69.2278230365, 5.71394747304};
}
