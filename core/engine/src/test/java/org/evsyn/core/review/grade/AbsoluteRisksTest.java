package org.evsyn.core.review.grade;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Risks per 1,000 by the formulas of GRADEpro and the Cochrane Handbook (chapter 14), hand-computed here:
 * RR: ACR × RR; OR: ACR × OR / (1 − ACR + ACR × OR); RD: ACR + RD.
 */
class AbsoluteRisksTest {

    private static final AbsoluteEffect.RiskSource DECLARED = AbsoluteEffect.RiskSource.DECLARED;

    @Test
    void riskRatioMultipliesTheAssumedRisk() {
        // ACR 200 per 1,000, RR 0.75 (0.60 to 0.94): 150 (120 to 188) per 1,000.
        AbsoluteEffect a = AbsoluteRisks.of("RR", 0.2, DECLARED, Math.log(0.75), Math.log(0.60), Math.log(0.94))
                .orElseThrow();
        assertThat(AbsoluteEffect.per1000(a.assumedRisk())).isEqualTo(200);
        assertThat(AbsoluteEffect.per1000(a.risk())).isEqualTo(150);
        assertThat(AbsoluteEffect.per1000(a.riskLower())).isEqualTo(120);
        assertThat(AbsoluteEffect.per1000(a.riskUpper())).isEqualTo(188);
    }

    @Test
    void oddsRatioConvertsThroughTheOdds() {
        // ACR 0.2, OR 0.5: 0.1 / (0.8 + 0.1) = 0.1111 -> 111; OR 2: 0.4 / 1.2 = 0.3333 -> 333 (not 400, which
        // multiplying the risk would give); OR 0.25: 0.05 / 0.85 = 0.0588 -> 59.
        AbsoluteEffect a = AbsoluteRisks.of("OR", 0.2, DECLARED, Math.log(0.5), Math.log(0.25), Math.log(2))
                .orElseThrow();
        assertThat(AbsoluteEffect.per1000(a.risk())).isEqualTo(111);
        assertThat(AbsoluteEffect.per1000(a.riskLower())).isEqualTo(59);
        assertThat(AbsoluteEffect.per1000(a.riskUpper())).isEqualTo(333);
    }

    @Test
    void riskDifferenceAddsAndStaysAProbability() {
        // ACR 0.3, RD -0.1 (-0.35 to 0.05): 200 (0, clamped from -50, to 350) per 1,000.
        AbsoluteEffect a = AbsoluteRisks.of("RD", 0.3, DECLARED, -0.1, -0.35, 0.05).orElseThrow();
        assertThat(AbsoluteEffect.per1000(a.risk())).isEqualTo(200);
        assertThat(AbsoluteEffect.per1000(a.riskLower())).isZero();
        assertThat(AbsoluteEffect.per1000(a.riskUpper())).isEqualTo(350);
    }

    @Test
    void continuousMeasuresHaveNoAbsoluteRisk() {
        assertThat(AbsoluteRisks.of("MD", 0.2, DECLARED, 1, 0, 2)).isEmpty();
        assertThat(AbsoluteRisks.of("SMD", 0.2, DECLARED, 1, 0, 2)).isEmpty();
    }

    @Test
    void medianOfControlArms() {
        assertThat(AbsoluteRisks.medianRisk(new double[]{0.3, 0.1, 0.2})).contains(0.2);
        assertThat(AbsoluteRisks.medianRisk(new double[]{0.4, 0.1, 0.2, 0.3})).contains(0.25);
        assertThat(AbsoluteRisks.medianRisk(new double[0])).isEmpty();
    }
}
