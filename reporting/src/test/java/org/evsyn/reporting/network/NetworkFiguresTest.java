package org.evsyn.reporting.network;

import org.evsyn.reporting.model.NetworkReport;
import org.evsyn.reporting.svg.Figure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The network figures drawn from records built in the test: what each shows and how it scales. */
class NetworkFiguresTest {

    @Test
    void theGraphScalesNodesByParticipantsAndEdgesByStudies() {
        Figure f = NetworkGraphFigure.render(NetworkRecords.section(List.of()));
        assertThat(f.fileName()).isEqualTo("network-graph-quit");
        List<Double> radii = numbers(f.svg(), "<circle[^>]*class=\"node\"[^>]*", "r");
        assertThat(radii).hasSize(3);
        // Area proportional to participants: r = 30 sqrt(p / max); 1000, 250 and 40 participants.
        assertThat(radii.get(0)).isEqualTo(30.0);
        assertThat(radii.get(1)).isEqualTo(15.0);
        assertThat(radii.get(2)).isEqualTo(6.0);
        List<Double> widths = numbers(f.svg(), "<g class=\"edges\">.*?</g>", "stroke-width");
        // 1 + 8 × studies / most studies: 3, 1 and 1 studies.
        assertThat(widths.get(0)).isEqualTo(9.0);
        assertThat(widths.get(1)).isCloseTo(1.0 + 8.0 / 3, within(0.01));
        assertThat(widths.get(2)).isCloseTo(1.0 + 8.0 / 3, within(0.01));
        assertThat(f.svg()).contains(">A<", ">B<", ">C<", "1000 participants, 5 studies");
    }

    @Test
    void theForestPlotShowsEachTreatmentAgainstTheReferenceAsRatios() {
        Figure f = NetworkForestFigure.render(NetworkRecords.section(List.of()));
        assertThat(f.svg()).contains("Treatment vs A", "1.65 [1.11, 2.44]", "0.82 [0.55, 1.21]",
                "Favours A", "Favours the treatment");
        // Higher is better: the treatment's side is the right one.
        assertThat(f.svg().indexOf("Favours A")).isLessThan(f.svg().indexOf("Favours the treatment"));
    }

    @Test
    void theRankingPlotOrdersTreatmentsByPScoreWithBothScores() {
        Figure f = RankingFigure.render(NetworkRecords.section(List.of()));
        List<Double> pScores = numbers(f.svg(), "<rect[^>]*class=\"p-score\"[^>]*", "width");
        assertThat(pScores).containsExactly(0.9 * 300, 0.4 * 300, 0.2 * 300);
        List<Double> sucra = numbers(f.svg(), "<rect[^>]*class=\"sucra\"[^>]*", "width");
        assertThat(sucra).containsExactly(0.9 * 300, 0.45 * 300, 0.15 * 300);
        assertThat(f.caption()).contains("1000 draws", "seed 7", "higher effects are better");
    }

    @Test
    void nodeSplittingIsDrawnOnlyForComparisonsWithDirectAndIndirectEvidence() {
        assertThat(NodeSplitFigure.render(NetworkRecords.section(List.of()))).isEmpty();
        Figure f = NodeSplitFigure.render(NetworkRecords.section(List.of(NetworkRecords.split()))).orElseThrow();
        assertThat(f.svg()).contains("B vs A", "Direct (3 studies, 75% of the evidence)", "Indirect", "Network",
                "difference P = 0.18", "1.82 [1.23, 2.70]");
    }

    @Test
    void theLeagueTableFillsTheLowerTriangleOnTheRatioScale() {
        NetworkReport.NetworkSection s = NetworkRecords.section(List.of());
        var r = s.analysis().result().orElseThrow();
        assertThat(NetworkTexts.leagueHeader(r)).containsExactly("B", "A", "C");
        List<List<String>> rows = NetworkTexts.league(r, s.measure());
        assertThat(rows.get(0)).containsExactly("B", "", "");
        assertThat(rows.get(1)).containsExactly("1.65 [1.11, 2.44]", "A", "");
        assertThat(rows.get(2)).containsExactly("2.01 [1.36, 2.98]", "1.22 [0.83, 1.81]", "C");
    }

    @Test
    void figuresAreDrawnOnlyForFittedNetworks() {
        NetworkReport.NetworkSection fitted = NetworkRecords.section(List.of(NetworkRecords.split()));
        Map<String, Figure> all = NetworkFigures.render(new NetworkReport(List.of(fitted), List.of()), "x", "y")
                .byName();
        assertThat(all.keySet()).containsExactly("network-graph-quit", "network-forest-quit",
                "network-ranking-quit", "network-nodesplit-quit");
    }

    /** The numeric values of {@code attribute} in the elements that {@code element} finds, in document order. */
    static List<Double> numbers(String svg, String element, String attribute) {
        List<Double> out = new ArrayList<>();
        Matcher m = Pattern.compile(element, Pattern.DOTALL).matcher(svg);
        while (m.find()) {
            Matcher a = Pattern.compile("\\s" + attribute + "=\"([-0-9.]+)\"").matcher(m.group());
            while (a.find()) {
                out.add(Double.parseDouble(a.group(1)));
            }
        }
        return out;
    }
}
