package org.evsyn.reporting;

import org.evsyn.reporting.export.RScript;
import org.evsyn.reporting.figures.ForestPlotFigure;
import org.evsyn.reporting.figures.FunnelPlotFigure;
import org.evsyn.reporting.figures.PrismaFigure;
import org.evsyn.reporting.figures.RobFigures;
import org.evsyn.reporting.model.BenefitDirection;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.PooledResult;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.model.RobAssessment;
import org.evsyn.reporting.model.StudyResult;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.model.BinaryPooledFit;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OtherFiguresTest {

    /** metafor rma.mh(measure = "RR") on dat.bcg (fixture bcg_rr_mh). */
    static OutcomeAnalysis bcgMantelHaenszel() {
        OutcomeAnalysis iv = TestReports.bcgOutcome("Tuberculosis cases (M-H)", BenefitDirection.LOWER_IS_BETTER);
        BinaryPooledFit mh = new BinaryPooledFit(EffectMeasure.RR, 13, -0.453709604683754, 0.0393373668712944,
                -0.53080942699813, -0.376609782369378, -11.5338071856263, 8.91137967074168e-31, 152.567553586657, 12,
                1.70758753151519e-26, 92.1346316973064, 12.7139627988881, 13, Optional.empty(), Optional.empty(), 95);
        return new OutcomeAnalysis("tb-mh", iv.name(), EffectMeasure.RR, iv.direction(), iv.studies(),
                new PooledResult.FixedEffectBinary(mh), List.of(), List.of(), iv.smallStudies(), List.of());
    }

    @Test
    void mantelHaenszelForestPlotHasNoTauOrPredictionInterval() throws Exception {
        String svg = new ForestPlotFigure().render(bcgMantelHaenszel(), "cell therapy", "control").svg();

        assertThat(svg).contains("M-H, Fixed, 95% CI").contains("0.64 [0.59, 0.69]")
                .contains("Heterogeneity: Chi\u00B2 = 152.57, df = 12 (P &lt; 0.001); I\u00B2 = 92%")
                .doesNotContain("Tau\u00B2").doesNotContain("prediction interval");
        assertThat(SvgTestSupport.byClass(SvgTestSupport.parse(svg), "study-row")).hasSize(13);
    }

    @Test
    void rScriptUsesRmaMhForAMantelHaenszelAnalysis() {
        ReviewReport base = TestReports.report("T");
        ReviewReport report = new ReviewReport(base.title(), base.question(), base.interventionLabel(),
                base.comparatorLabel(), base.prisma(), base.characteristics(), List.of(bcgMantelHaenszel()),
                base.riskOfBias(), base.grade(), base.adverseEvents(), base.missingData(), base.methods(),
                base.reproducibility());

        String r = RScript.of(report);
        assertThat(r).contains("res_tb_mh <- rma.mh(ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = dat_tb_mh, "
                + "measure = \"RR\", level = 95)");
        assertThat(r).contains("regtest(yi, vi, data = dat_tb_mh, model = \"lm\", predictor = \"sei\")")
                .doesNotContain("trimfill(res_tb_mh)");
    }

    @Test
    void singleStudyAnalysisSaysHeterogeneityIsNotApplicable() {
        OutcomeAnalysis iv = TestReports.bcgOutcome("One trial", BenefitDirection.LOWER_IS_BETTER);
        StudyResult only = iv.studies().get(0);
        double se = Math.sqrt(only.vi());
        org.evsyn.stats.ModelFit fit = new org.evsyn.stats.ModelFit(1, only.yi(), se, only.ciLower(),
                only.ciUpper(), only.yi() / se, 0.119102032291586, 0, 0, Double.NaN, 0, 0, 1, 0, 1, only.vi(), 1, 0,
                org.evsyn.stats.ModelOptions.defaults());
        OutcomeAnalysis one = new OutcomeAnalysis("one", "One trial", EffectMeasure.RR, iv.direction(),
                List.of(new StudyResult(only.study(), only.treatment(), only.control(), only.yi(), only.vi(),
                        only.ciLower(), only.ciUpper(), 100)),
                new PooledResult.InverseVariance(fit, Optional.empty()), List.of(), List.of(), Optional.empty(),
                List.of());

        String svg = new ForestPlotFigure().render(one, "cell therapy", "control").svg();
        assertThat(svg).contains("Heterogeneity: Not applicable").contains("Test for overall effect: Z = 1.56 (P = 0.12)")
                .contains("100.0%");
    }

    @Test
    void intervalsRunningPastTheAxisEndInArrows() throws Exception {
        OutcomeAnalysis iv = TestReports.bcgOutcome("Wide", BenefitDirection.LOWER_IS_BETTER);
        List<StudyResult> studies = new ArrayList<>(iv.studies());
        // A tiny trial whose interval spans 1/1000 to 1000: the axis keeps to the point estimates.
        studies.set(0, new StudyResult("Tiny 2001", Optional.empty(), Optional.empty(), 0.2, 12.4, -6.9, 7.3, 0.1));
        OutcomeAnalysis wide = new OutcomeAnalysis("wide", "Wide", EffectMeasure.RR, iv.direction(), studies,
                iv.pooled(), List.of(), List.of(), Optional.empty(), List.of());
        Document doc = SvgTestSupport.parse(new ForestPlotFigure().render(wide, "cell therapy", "control").svg());

        Element tiny = SvgTestSupport.byClass(doc, "study-row").get(0);
        assertThat(tiny.getTextContent()).contains("Tiny 2001");
        List<Element> arrows = new ArrayList<>();
        var polygons = tiny.getElementsByTagNameNS("*", "polygon");
        for (int i = 0; i < polygons.getLength(); i++) {
            arrows.add((Element) polygons.item(i));
        }
        assertThat(arrows).hasSize(2).allMatch(e -> e.getAttribute("class").equals("arrow"));
        // Arrowheads sit at the two ends of the axis.
        List<Element> ticks = SvgTestSupport.byClass(doc, "tick-label");
        double min = Double.parseDouble(ticks.get(0).getAttribute("x"));
        double max = Double.parseDouble(ticks.get(ticks.size() - 1).getAttribute("x"));
        assertThat(SvgTestSupport.points(arrows.get(0))[0]).isEqualTo(min, org.assertj.core.api.Assertions.within(0.01));
        assertThat(SvgTestSupport.points(arrows.get(1))[0]).isEqualTo(max, org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void funnelPlotDrawsObservedStudiesFilledAndImputedOnesHollow() throws Exception {
        OutcomeAnalysis o = TestReports.bcgOutcome("TB", BenefitDirection.LOWER_IS_BETTER);
        var figure = new FunnelPlotFigure().render(o);
        Document doc = SvgTestSupport.parse(figure.svg());

        assertThat(SvgTestSupport.byClass(doc, "observed-point")).hasSize(13);
        List<Element> imputed = SvgTestSupport.byClass(doc, "imputed-point");
        assertThat(imputed).hasSize(1);
        assertThat(imputed.get(0).getAttribute("fill")).isEqualTo("#ffffff");
        assertThat(figure.caption()).contains("Egger's regression test: coefficient of the standard error (sei) -2.11 (SE 1.51), t = -1.40, "
                + "df = 11, P = 0.19.").contains("Kendall's tau = 0.03, P = 0.95.")
                .contains("1 study imputed on the right; adjusted RR 0.52 [0.37, 0.74].");
    }

    @Test
    void trafficLightHasOneRowPerStudyAndSixJudgementsEach() throws Exception {
        RobAssessment.Assessed rob = (RobAssessment.Assessed) TestReports.rob();
        Document doc = SvgTestSupport.parse(new RobFigures().trafficLight(rob).svg());

        List<Element> rows = SvgTestSupport.byClass(doc, "rob-row");
        assertThat(rows).hasSize(13);
        assertThat(rows.get(0).getElementsByTagNameNS("*", "circle").getLength()).isEqualTo(6);
        assertThat(doc.getDocumentElement().getTextContent()).contains("D1: Bias arising from the randomisation "
                + "process").contains("Some concerns");
    }

    @Test
    void prismaDiagramShowsEveryCountAndReason() throws Exception {
        ReviewReport r = TestReports.report("T");
        Document doc = SvgTestSupport.parse(new PrismaFigure().render(r.prisma()).svg());
        String text = doc.getDocumentElement().getTextContent();

        assertThat(text).contains("Databases (n = 2223)").contains("MEDLINE (n = 812)")
                .contains("Registers (n = 96)").contains("Duplicate records removed (n = 270)")
                .contains("Records screened").contains("(n = 2049)").contains("Records excluded (n = 2024)")
                .contains("Reports excluded (n = 8):").contains("Not randomised (n = 4)")
                .contains("Studies included in review (n = 13)");
        assertThat(SvgTestSupport.byClass(doc, "prisma-box")).hasSize(9);
    }
}
