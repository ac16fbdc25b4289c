package org.evsyn.stats.internal;

import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.bias.TrimFillResult;
import org.evsyn.stats.conformance.CaseData;
import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.ConformanceCases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Which test trim and fill's filled model uses under a Knapp–Hartung analysis. metafor 3.8.1's
 * {@code trimfill(res)} refits the filled data without passing on {@code res}'s test, so the filled model is z-based;
 * {@code trimfill(res, test="knha")} keeps Knapp–Hartung. BCG vaccine trials, log RR, REML:
 * <pre>
 * res &lt;- rma(yi, vi, data=dat, method="REML", test="knha", control=ctl)   # ctl: threshold 1e-10, tol 1e-12
 * trimfill(res, control=ctl)               # k0 1, -0.657082783488, se 0.178528380133, CI -1.00699197877 to -0.307173588209, test z
 * trimfill(res, test="knha", control=ctl)  # se 0.181506008726, CI -1.0492026757 to -0.264962891277, test knha
 * </pre>
 */
class TrimAndFillFilledModelTestTest {

    private static final ModelOptions REML_KNHA = new ModelOptions(Tau2Method.REML, TestMethod.KNHA, 95);

    private static CaseData bcg() {
        ConformanceCase c = ConformanceCases.all().stream().filter(x -> x.name().equals("bcg_rr_reml_knha"))
                .findFirst().orElseThrow();
        return CaseData.of(c);
    }

    @Test
    void byDefaultTheFilledModelUsesAZTestAsMetaforsTrimfill() {
        CaseData d = bcg();
        TrimFillResult r = TrimAndFill.run(d.yi(), d.vi(), REML_KNHA);
        assertThat(r.k0()).isEqualTo(1);
        assertThat(r.model().estimate()).isCloseTo(-0.657082783488, within(1e-9));
        assertThat(r.model().se()).isCloseTo(0.178528380133, within(1e-9));
        assertThat(r.model().ciLower()).isCloseTo(-1.00699197877, within(1e-9));
        assertThat(r.model().ciUpper()).isCloseTo(-0.307173588209, within(1e-9));
        assertThat(r.model().statDf()).isZero();
    }

    @Test
    void knappHartungCanBeKeptForTheFilledModel() {
        CaseData d = bcg();
        TrimFillResult r = TrimAndFill.run(d.yi(), d.vi(), REML_KNHA, TestMethod.KNHA);
        assertThat(r.model().se()).isCloseTo(0.181506008726, within(1e-9));
        assertThat(r.model().ciLower()).isCloseTo(-1.0492026757, within(1e-9));
        assertThat(r.model().ciUpper()).isCloseTo(-0.264962891277, within(1e-9));
        assertThat(r.model().statDf()).isEqualTo(13);
    }
}
