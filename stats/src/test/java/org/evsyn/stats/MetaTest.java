package org.evsyn.stats;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.bias.TrimFillResult;
import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.ConformanceCases;
import org.evsyn.stats.conformance.FixtureAnalysis;
import org.evsyn.stats.conformance.Tolerance;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.effect.ExcludedStudy;
import org.evsyn.stats.effect.GenericStudy;
import org.evsyn.stats.effect.Study;
import org.evsyn.stats.model.HeterogeneityInterval;
import org.evsyn.stats.model.PredictionInterval;
import org.evsyn.stats.regression.MetaRegressionFit;
import org.evsyn.stats.sensitivity.Refit;
import org.evsyn.stats.subgroup.SubgroupResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The front door reproduces metafor: escalc, rma, rma.mh, rma.peto and the methods on the fit. */
class MetaTest {

    private static ConformanceCase fixture(String name) {
        return ConformanceCases.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> column(ConformanceCase c, String key) {
        List<String> out = new ArrayList<>();
        c.input().path("studies").forEach(s -> out.add(s.path(key).asText()));
        return out;
    }

    @Test
    void bcgRiskRatiosPooledByRemlMatchMetaforWithEveryFollowUp() {
        ConformanceCase c = fixture("bcg_rr_reml");
        JsonNode e = c.expected();
        Tolerance t = c.tolerance();
        FixtureAnalysis f = new FixtureAnalysis(c);

        RmaFit fit = Meta.rma(Meta.escalc(EffectMeasure.RR, f.binaryStudies()));

        t.assertNumber("estimate", fit.estimate(), e.path("estimate"));
        t.assertNumber("se", fit.se(), e.path("se"));
        t.assertNumber("tau2", fit.tau2(), e.path("tau2"));
        t.assertNumber("Q", fit.q(), e.path("Q"));
        HeterogeneityInterval ci = fit.confint();
        t.assertNumber("tau2_ci lower", ci.tau2Lower(), e.path("tau2_ci").get(0));
        t.assertNumber("tau2_ci upper", ci.tau2Upper(), e.path("tau2_ci").get(1));
        PredictionInterval pi = fit.predict();
        t.assertNumber("pi_lower", pi.lower(), e.path("pi_lower"));
        t.assertNumber("pi_upper", pi.upper(), e.path("pi_upper"));

        List<Refit> l1o = fit.leaveOneOut();
        t.assertNumber("leave1out[0]", l1o.get(0).estimate(), e.path("leave_one_out").get(0).path("estimate"));
        t.assertNumber("cumul[last]", fit.cumulative().get(12).estimate(),
                e.path("cumulative").get(12).path("estimate"));
        t.assertNumber("cooks[1]", fit.influence().studies().get(1).cooks(), e.path("influence").path("cooks").get(1));
        TrimFillResult tf = fit.trimAndFill();
        t.assertInt("trimfill k0", tf.k0(), e.path("trimfill").path("k0"));
        t.assertNumber("trimfill estimate", tf.model().estimate(), e.path("trimfill").path("estimate"));
        t.assertNumber("regtest", fit.regtest().stat(), e.path("egger").path("stat"));
        t.assertNumber("ranktest", fit.ranktest().pval(), e.path("begg").path("pval"));

        SubgroupResult groups = fit.subgroups(column(c, "subgroup"));
        t.assertNumber("Q_between", groups.between().q(), e.path("subgroups").path("Q_between"));
        t.assertNumber("QM_mixed", groups.mixed().orElseThrow().test().statistic(),
                e.path("subgroups").path("QM_mixed"));

        double[] ablat = column(c, "moderator").stream().mapToDouble(Double::parseDouble).toArray();
        MetaRegressionFit reg = Meta.rma(fit.effects(), Moderators.of(Moderators.numeric("ablat", ablat)),
                fit.options());
        t.assertNumber("slope", reg.coefficient("ablat").orElseThrow().estimate(),
                e.path("metaregression").path("coef").get(1));
        t.assertNumber("QM", reg.moderatorTest().orElseThrow().statistic(), e.path("metaregression").path("QM"));
        assertThat(fit.warnings()).isEmpty();
    }

    static List<ConformanceCase> fixtures() {
        return ConformanceCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixturesPooledEstimateComesThroughTheFrontDoor(ConformanceCase c) {
        FixtureAnalysis f = new FixtureAnalysis(c);
        JsonNode e = c.expected();
        if (e.has("error")) {
            assertThatThrownBy(() -> fit(f)).isInstanceOf(StatsException.class);
            return;
        }
        MetaFit fit = fit(f);
        Tolerance t = c.tolerance();
        t.assertInt("k", fit.k(), e.path("k"));
        t.assertNumber("estimate", fit.estimate(), e.path("estimate"));
        t.assertNumber("se", fit.se(), e.path("se"));
        t.assertNumber("ci_lower", fit.ciLower(), e.path("ci_lower"));
        t.assertNumber("pval", fit.pval(), e.path("pval"));
        t.assertNumber("tau2", fit.tau2(), e.path("tau2"));
        t.assertNumber("Q", fit.q(), e.path("Q"));
        t.assertNumber("I2", fit.i2(), e.path("I2"));
    }

    private static MetaFit fit(FixtureAnalysis f) {
        List<? extends Study> studies = f.measure().isBinary() ? f.binaryStudies()
                : f.measure().isContinuous() ? f.continuousStudies() : f.genericStudies();
        if (f.isMantelHaenszel()) {
            return Meta.rmaMh(f.measure(), f.binaryStudies(), f.correction(), f.level());
        }
        if (f.isPeto()) {
            return Meta.rmaPeto(f.binaryStudies(), f.correction(), f.level());
        }
        return Meta.rma(Meta.escalc(f.measure(), studies, f.correction()), f.modelOptions());
    }

    @Test
    void mantelHaenszelFitsOfferTheFollowUpsOfFixedEffectTables() {
        ConformanceCase c = fixture("bcg_or_mh");
        JsonNode e = c.expected();
        Tolerance t = c.tolerance();
        MhPetoFit fit = Meta.rmaMh(EffectMeasure.OR, new FixtureAnalysis(c).binaryStudies());
        assertThat(fit.peto()).isFalse();
        t.assertNumber("estimate", fit.estimate(), e.path("estimate"));
        t.assertNumber("cmh", fit.cmh().orElseThrow().stat(), e.path("cmh").path("stat"));
        t.assertNumber("leave1out[2]", fit.leaveOneOut().get(2).estimate(),
                e.path("leave_one_out").get(2).path("estimate"));
        t.assertNumber("cumul[4]", fit.cumulative().get(4).estimate(), e.path("cumulative").get(4).path("estimate"));
        t.assertNumber("regtest", fit.regtest().stat(), e.path("egger").path("stat"));
        t.assertNumber("Q_between", fit.subgroups(column(c, "subgroup")).between().q(),
                e.path("subgroups").path("Q_between"));
        assertThat(fit.tau2()).isZero();
        assertThat(fit.warnings()).isEmpty();
    }

    @Test
    void excludedStudiesAreListedApartWithTheirReasonAndNeverEnterTheModel() {
        List<BinaryStudy> tables = List.of(new BinaryStudy("a", 2, 10, 4, 12), new BinaryStudy("b", 0, 20, 0, 18),
                new BinaryStudy("c", 5, 30, 9, 31));
        EffectSizeTable es = Meta.escalc(EffectMeasure.OR, tables,
                new ContinuityCorrection(0.5, CorrectionRule.ONLY0, true));
        assertThat(es.k()).isEqualTo(2);
        assertThat(es.given()).isEqualTo(3);
        assertThat(es.labels()).containsExactly("a", "c");
        assertThat(es.yi()).doesNotContain(Double.NaN).hasSize(2);
        assertThat(es.excluded()).containsExactly(new ExcludedStudy("b", 1, "dropped (no events in either arm)"));
        assertThat(es.notes()).containsExactly("study b: dropped (no events in either arm)");

        RmaFit fit = Meta.rma(es, new ModelOptions(Tau2Method.FE, TestMethod.Z, 95));
        assertThat(fit.k()).isEqualTo(2);
        // Per-study columns still follow the studies given, the excluded one included.
        assertThat(fit.subgroups(List.of("x", "y", "x")).groups()).extracting(g -> g.level()).containsExactly("x");
        assertThatThrownBy(() -> fit.subgroups(List.of("x", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one per study given");
    }

    @Test
    void aMeasureThatDoesNotSuitTheStudiesIsRefused() {
        assertThatThrownBy(() -> Meta.escalc(EffectMeasure.RR, List.of(new GenericStudy("g", 0.1, 0.01))))
                .isInstanceOf(StatsException.class)
                .hasMessage("measure RR cannot be computed from effect sizes with variances");
    }

    @Test
    void theModelsWarningsAreOnTheFit() {
        EffectSizeTable es = Meta.escalc(EffectMeasure.GENERIC, List.of(new GenericStudy("a", 0.1, 0.02),
                new GenericStudy("b", 0.3, 0.03), new GenericStudy("c", -0.1, 0.04)));
        RmaFit fit = Meta.rma(es, new ModelOptions(Tau2Method.FE, TestMethod.KNHA, 95));
        assertThat(fit.warnings()).containsExactly(
                "Knapp & Hartung method is not meant to be used in the context of FE models");
    }

    @Test
    void noStudyWithAnEffectSizeIsAFailureThatSaysSo() {
        EffectSizeTable none = Meta.escalc(EffectMeasure.OR, List.of(new BinaryStudy("z", 0, 10, 0, 10)),
                ContinuityCorrection.pooledDefault());
        assertThat(none.k()).isZero();
        assertThatThrownBy(() -> Meta.rma(none)).isInstanceOf(StatsException.class)
                .hasMessage("no study has an estimable effect size");
    }
}
