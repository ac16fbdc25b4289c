package org.evsyn.reporting;

import com.google.inject.Guice;
import org.evsyn.reporting.model.ReviewReport;
import org.evsyn.reporting.text.Tables;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GRADE summary of findings as GRADEpro lays it out: risks per 1,000 (as the engine computed them), the
 * difference hand-counted from them (81 - 40 = 41 fewer; 81 - 28 = 53 fewer; 81 - 57 = 24 fewer), certainty with
 * footnote marks and each footnote once under the table, in HTML and Markdown alike.
 */
class SummaryOfFindingsTableTest {

    @TempDir
    Path dir;

    @Test
    void eventOutcomeShowsRisksPer1000AndContinuousOutcomeItsMeanDifference() {
        List<List<String>> rows = Tables.grade(TestReports.report("SoF"));
        assertThat(rows.get(0)).containsExactly("Tuberculosis cases", "RR 0.49 [0.34, 0.70]", "81 per 1,000",
                "40 per 1,000 (28 to 57); 41 fewer per 1,000 (53 fewer to 24 fewer)", "357347 (13 studies)",
                "\u2295\u2295\u2295\u25EF Moderate a,b");
        assertThat(rows.get(1).get(1)).isEqualTo("-");
        assertThat(rows.get(1).get(3)).startsWith("MD -13.98");
        assertThat(rows.get(1).get(5)).endsWith("Low c,d");
    }

    @Test
    void footnotesAreLetteredOnceAndPrintedUnderTheTableInHtmlAndMarkdown() throws Exception {
        ReviewReport report = TestReports.report("SoF");
        assertThat(Tables.gradeFootnotes(report)).containsExactly(
                "a. Inconsistency (-1): I\u00B2 = 92%",
                "b. Assumed risk 81 per 1,000: the median control-arm risk of the included studies.",
                "c. Inconsistency (-1): I\u00B2 = 61%",
                "d. Risk of bias: not assessed (no risk-of-bias judgements recorded); certainty can be at most "
                        + "moderate");
        Path out = dir.resolve("report");
        Guice.createInjector(new ReportingModule()).getInstance(ReportWriter.class)
                .write(report, out, ReportOptions.defaults().withoutPng());
        Document doc = Jsoup.parse(Files.readString(out.resolve("index.html")));
        Element grade = doc.getElementById("grade");
        assertThat(grade.select("th").eachText()).contains("Risk without the intervention",
                "Risk with the intervention (95% CI)");
        assertThat(grade.select("p.footnote").eachText()).hasSize(4).first().asString().startsWith("a. Inconsistency");
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("| 81 per 1,000 |").contains("d. Risk of bias: not assessed");
    }
}
