package org.evsyn.stats.analysis;

import org.evsyn.stats.TestMethod;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.GenericStudy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which parts the orchestrator computes, and how failures stay confined to their block. */
class MetaAnalysisRunnerTest {

    private final MetaAnalysisRunner runner = new MetaAnalysisRunner();

    private static AnalysisInput generic(double[] yi, double[] vi) {
        List<GenericStudy> s = new java.util.ArrayList<>();
        for (int i = 0; i < yi.length; i++) {
            s.add(new GenericStudy("s" + (i + 1), yi[i], vi[i]));
        }
        return AnalysisInput.of(s);
    }

    private static AnalysisResult completed(AnalysisOutcome o) {
        assertThat(o).isInstanceOf(AnalysisOutcome.Completed.class);
        return ((AnalysisOutcome.Completed) o).result();
    }

    @Test
    void mainBlocksOnlyLeavesOutEverySecondaryAnalysis() {
        AnalysisOptions options = AnalysisOptions.defaults(EffectMeasure.GENERIC, AnalysisMethod.REML)
                .withBlocks(Set.of());
        AnalysisResult r = completed(runner.run(generic(new double[]{0.1, 0.5, 0.3, -0.2}, new double[]{0.04, 0.02,
                0.05, 0.03}), options));
        assertThat(r.tau2Interval()).isPresent();
        assertThat(r.prediction()).isPresent();
        assertThat(r.leaveOneOut()).isEmpty();
        assertThat(r.influence()).isEmpty();
        assertThat(r.egger()).isEmpty();
        assertThat(r.cumulative()).isEmpty();
        Map<String, Object> doc = AnalysisDocument.of(r);
        assertThat(doc).containsKeys("tau2_ci", "pi_lower", "vt").doesNotContainKeys("leave_one_out", "exp");
    }

    @Test
    void aFailingBlockBecomesAnErrorWhileTheRestIsComputed() {
        // Equal standard errors: Egger's regression and the trim-and-fill side regression are rank deficient.
        AnalysisResult r = completed(runner.run(generic(new double[]{0.1, 0.5, 0.3, -0.2, 0.25},
                new double[]{0.04, 0.04, 0.04, 0.04, 0.04}), AnalysisOptions.defaults(EffectMeasure.GENERIC,
                AnalysisMethod.DL)));
        assertThat(r.egger()).containsInstanceOf(BlockOutcome.Failed.class);
        assertThat(r.trimFill()).containsInstanceOf(BlockOutcome.Failed.class);
        assertThat(r.leaveOneOut()).containsInstanceOf(BlockOutcome.Computed.class);
        assertThat(r.influence()).containsInstanceOf(BlockOutcome.Computed.class);
        Map<String, Object> doc = AnalysisDocument.of(r);
        assertThat(doc.get("egger")).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) doc.get("egger")).keySet().stream().map(Object::toString).toList())
                .containsExactly("error");
    }

    @Test
    void twoStudiesGetNothingThatNeedsThree() {
        AnalysisResult r = completed(runner.run(generic(new double[]{0.1, 0.5}, new double[]{0.04, 0.02}),
                new AnalysisOptions(EffectMeasure.GENERIC, AnalysisMethod.REML, TestMethod.KNHA, 95,
                        ContinuityCorrection.escalcDefault(), AnalysisBlock.all())));
        assertThat(r.model().statDf()).isEqualTo(1);
        assertThat(r.leaveOneOut()).isPresent();
        assertThat(r.cumulative()).isPresent();
        assertThat(r.influence()).isEmpty();
        assertThat(r.egger()).isEmpty();
        assertThat(r.begg()).isEmpty();
        assertThat(r.trimFill()).isEmpty();
    }

    @Test
    void petoWithoutEventsIsAWholeAnalysisFailure() {
        AnalysisInput input = AnalysisInput.of(List.of(new BinaryStudy("a", 0, 10, 0, 12),
                new BinaryStudy("b", 0, 20, 0, 18)));
        AnalysisOutcome o = runner.run(input, AnalysisOptions.defaults(EffectMeasure.PETO, AnalysisMethod.PETO));
        assertThat(o).isInstanceOf(AnalysisOutcome.Failed.class);
        assertThat(AnalysisDocument.of(o)).containsOnlyKeys("error");
    }

    @Test
    void rowsThatDoNotSuitTheMeasureAreAFailureNotACrash() {
        AnalysisOutcome o = runner.run(generic(new double[]{0.1}, new double[]{0.1}),
                AnalysisOptions.defaults(EffectMeasure.RR, AnalysisMethod.DL));
        assertThat(o).isInstanceOf(AnalysisOutcome.Failed.class);
    }

    @Test
    void droppedStudiesAreNotAvailableAndOutsideTheModel() {
        List<BinaryStudy> tables = List.of(new BinaryStudy("a", 2, 10, 4, 12), new BinaryStudy("b", 0, 20, 0, 18),
                new BinaryStudy("c", 5, 30, 9, 31));
        AnalysisOptions options = new AnalysisOptions(EffectMeasure.OR, AnalysisMethod.FE, TestMethod.Z, 95,
                new ContinuityCorrection(0.5, CorrectionRule.ONLY0, true), AnalysisBlock.all());
        AnalysisResult r = completed(runner.run(new AnalysisInput(List.copyOf(tables), Optional.of(
                new SubgroupColumn("arm", "", List.of("x", "y", "x"))), Optional.empty()), options));
        assertThat(r.model().k()).isEqualTo(2);
        assertThat((List<?>) AnalysisDocument.of(r).get("yi")).element(1).isEqualTo(Double.NaN);
        assertThat(r.adjustments()).anyMatch(n -> n.contains("dropped"));
        // A subgroup whose only study was dropped has nothing to pool and is not listed.
        SubgroupSummary s = ((BlockOutcome.Computed<SubgroupSummary>) r.subgroups().orElseThrow()).value();
        assertThat(s.result().groups()).extracting(g -> g.level()).containsExactly("x");
    }
}
