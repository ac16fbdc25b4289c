package org.evsyn.reporting;

import org.evsyn.reporting.figures.FigureSet;
import org.evsyn.reporting.model.BenefitDirection;
import org.evsyn.reporting.model.OutcomeAnalysis;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.model.StudyResult;
import org.evsyn.reporting.svg.Figure;
import org.evsyn.reporting.svg.TextWidth;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** No text of any figure runs past the figure's edges, even with long names. */
class FigureLayoutTest {

    @Test
    void everyTextStaysInsideItsFigure() throws Exception {
        FigureSet set = HtmlReportTest.FIGURES.render(longNames());
        List<String> problems = new ArrayList<>();
        for (Figure f : set.all()) {
            Document doc = SvgTestSupport.parse(f.svg());
            NodeList texts = doc.getElementsByTagNameNS("*", "text");
            for (int i = 0; i < texts.getLength(); i++) {
                Element t = (Element) texts.item(i);
                if (t.hasAttribute("transform")) {
                    continue;
                }
                double size = t.hasAttribute("font-size") ? Double.parseDouble(t.getAttribute("font-size")) : 12;
                double w = TextWidth.of(t.getTextContent(), size, t.getAttribute("font-weight").equals("bold"));
                double x = Double.parseDouble(t.getAttribute("x"));
                String anchor = t.getAttribute("text-anchor");
                double left = anchor.equals("middle") ? x - w / 2 : anchor.equals("end") ? x - w : x;
                double y = Double.parseDouble(t.getAttribute("y"));
                if (left < 0 || left + w > f.width() || y < size * 0.7 || y > f.height()) {
                    problems.add(f.fileName() + ": '" + t.getTextContent() + "'");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static ReviewReport longNames() {
        ReviewReport base = TestReports.report("Layout");
        OutcomeAnalysis tb = TestReports.bcgOutcome("Modified Rankin Scale score at 90 days after randomisation, "
                + "ordinal analysis in the intention-to-treat population", BenefitDirection.HIGHER_IS_BETTER);
        List<StudyResult> studies = new ArrayList<>(tb.studies());
        StudyResult s = studies.get(0);
        studies.set(0, new StudyResult("Multicentre Allogeneic Stem-Cell Infusion Trial in Acute Stroke 2019",
                s.treatment(), s.control(), s.yi(), s.vi(), s.ciLower(), s.ciUpper(), s.weightPercent()));
        OutcomeAnalysis longer = new OutcomeAnalysis(tb.id(), tb.name(), tb.measure(), tb.direction(), studies,
                tb.pooled(), tb.subgroups(), tb.leaveOneOut(), tb.smallStudies(), tb.cumulative());
        return new ReviewReport(base.title(), base.question(), "mesenchymal stromal cell therapy",
                "standard medical care", base.prisma(), base.characteristics(), List.of(longer, base.outcomes().get(1)),
                base.riskOfBias(), base.grade(), base.adverseEvents(), base.missingData(), base.methods(),
                base.reproducibility());
    }
}
