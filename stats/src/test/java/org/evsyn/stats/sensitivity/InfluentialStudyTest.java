package org.evsyn.stats.sensitivity;

import org.evsyn.stats.Meta;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.GenericStudy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The influential-study flag follows metafor's influence() rule; expected flags are metafor 3.8-1's is.infl. */
class InfluentialStudyTest {

    private static final double[] YI = {0.1, 0.2, 0.15, 0.12, 0.18, 1.5};
    private static final double[] VI = {0.01, 0.02, 0.015, 0.01, 0.012, 0.004};

    private static List<Boolean> flags(Tau2Method method) {
        List<GenericStudy> studies = IntStream.range(0, YI.length)
                .mapToObj(i -> new GenericStudy("s" + (i + 1), YI[i], VI[i])).toList();
        InfluenceDiagnostics d = Meta.rma(Meta.escalc(EffectMeasure.GENERIC, studies),
                new ModelOptions(method, TestMethod.Z, 95)).influence();
        return IntStream.range(0, YI.length).mapToObj(d::influential).toList();
    }

    @Test
    void theOutlyingStudyIsFlaggedUnderRandomEffects() {
        // influence(rma(yi, vi)): only study 6 (rstudent 16.84, DFFITS 9.10, Cook's distance 1.07).
        assertThat(flags(Tau2Method.REML)).containsExactly(false, false, false, false, false, true);
    }

    @Test
    void everyStudyIsFlaggedUnderTheCommonEffectModelOfTheseData() {
        // influence(rma(yi, vi, method = "FE"))$is.infl: all TRUE (the outlier dominates every deletion).
        assertThat(flags(Tau2Method.FE)).containsOnly(true);
    }
}
