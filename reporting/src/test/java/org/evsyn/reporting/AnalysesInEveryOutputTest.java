package org.evsyn.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import org.evsyn.reporting.model.ReviewReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every planned meta-regression, sensitivity analysis and the influence diagnostics reach every output file.
 * Expected numbers are metafor 3.8-1's for dat.gibson2002 (SMD, REML), computed in R, never our own output.
 */
class AnalysesInEveryOutputTest {

    @TempDir
    static Path dir;
    private static Path out;

    @BeforeAll
    static void write() {
        ReviewReport base = TestReports.report("Analyses check");
        List<org.evsyn.reporting.model.OutcomeAnalysis> outcomes = new ArrayList<>(base.outcomes());
        outcomes.add(GibsonAsthma.outcome());
        ReviewReport report = new ReviewReport(base.title(), base.question(), base.interventionLabel(),
                base.comparatorLabel(), base.prisma(), base.characteristics(), outcomes, base.riskOfBias(),
                base.grade(), base.adverseEvents(), base.missingData(), base.methods(), base.reproducibility());
        out = dir.resolve("report");
        Guice.createInjector(new ReportingModule()).getInstance(ReportWriter.class)
                .write(report, out, ReportOptions.defaults().withoutPng());
    }

    @Test
    void htmlHasTheRegressionSensitivityAndInfluenceTables() throws Exception {
        Document doc = Jsoup.parse(Files.readString(out.resolve("index.html")));
        Element section = doc.getElementById("outcome-asthma");
        List<String> headings = section.select("h4").eachText();
        assertThat(headings).contains("Meta-regression on year", "Planned analyses not run", "Sensitivity analyses",
                "Influence diagnostics");
        Element regression = tableAfter(section, "Meta-regression on year");
        // metafor: year -0.0336 (SE 0.0170), z = -1.97, p = 0.0487; QM(df = 1) = 3.88, p = 0.0487; R² = 45%.
        assertThat(regression.select("tbody tr").get(1).select("td").eachText())
                .containsExactly("year", "-0.0336", "0.0170", "-1.97", "0.049", "[-0.0670, -0.0002]");
        assertThat(regression.nextElementSibling().text()).contains("k = 13", "QM(df = 1) = 3.88, P = 0.049",
                "residual Tau\u00B2 = 0.02", "R\u00B2 = 45%", "QE(df = 11) = 18.63");
        assertThat(section.select("figure svg title").eachText()).anyMatch(t -> t.startsWith("Bubble plot"));
        assertThat(section.select("ul.not-run li").eachText())
                .containsExactly("Meta-regression on dose cells per kg: not possible: 2 comparisons report dose "
                        + "cells per kg (2 distinct values); at least 3 with differing values are needed");

        List<List<String>> sensitivity = rows(tableAfter(section, "Sensitivity analyses"));
        // metafor: REML -0.19 [-0.34, -0.05]; FE -0.18 [-0.28, -0.09]; without Hilton -0.23 [-0.37, -0.09], k = 12.
        assertThat(sensitivity.get(0)).startsWith("Main analysis (IV, Random)", "13", "-0.19 [-0.34, -0.05]");
        assertThat(sensitivity.get(1)).startsWith("Common-effect (fixed) model", "13", "-0.18 [-0.28, -0.09]");
        assertThat(sensitivity.get(2)).startsWith("Excluding high risk of bias", "12", "-0.23 [-0.37, -0.09]");
        assertThat(sensitivity.get(2)).endsWith("Hilton 1986");
        assertThat(sensitivity.get(3)).contains("not run: not needed: no imputed numbers in this outcome");

        List<List<String>> influence = rows(tableAfter(section, "Influence diagnostics"));
        assertThat(influence).hasSize(13);
        // metafor influence(): Ghosh 1998 rstudent -1.8037, Cook's distance 0.4063; no study flagged.
        assertThat(influence.get(1)).startsWith("Ghosh 1998", "-1.80").contains("0.41").endsWith("no");
        assertThat(influence).allMatch(r -> r.get(r.size() - 1).equals("no"));
    }

    @Test
    void resultsJsonHoldsEachAnalysisWithMetaforsNumbers() throws Exception {
        JsonNode all = new ObjectMapper().readTree(out.resolve("results.json").toFile()).path("analyses");
        List<JsonNode> asthma = StreamSupport.stream(all.spliterator(), false)
                .filter(n -> n.path("outcome_id").asText().equals("asthma")).toList();
        JsonNode model = one(asthma.stream().filter(n -> n.path("moderator").asText().equals("year")).toList(),
                "metaregression", "");
        assertThat(model.path("moderator").asText()).isEqualTo("year");
        assertThat(model.path("qm").asDouble()).isCloseTo(3.8843383355011589, within(1e-6));
        assertThat(model.path("qm_df").asInt()).isEqualTo(1);
        assertThat(model.path("qm_pval").asDouble()).isCloseTo(0.0487384635481066, within(1e-7));
        assertThat(model.path("tau2").asDouble()).isCloseTo(0.0205325097328472, within(1e-7));
        assertThat(model.path("r2").asDouble()).isCloseTo(45.1571145996056, within(1e-4));
        assertThat(model.path("q").asDouble()).isCloseTo(18.6330560528758298, within(1e-6));
        JsonNode slope = one(asthma, "metaregression-coefficient", "year");
        assertThat(slope.path("estimate").asDouble()).isCloseTo(-0.0335972455389416, within(1e-8));
        assertThat(slope.path("se").asDouble()).isCloseTo(0.0170468895712737, within(1e-8));
        assertThat(one(asthma, "metaregression-coefficient", "intrcpt").path("estimate").asDouble())
                .isCloseTo(66.8351410527781553, within(1e-5));

        assertThat(one(asthma, "sensitivity", "fixed_vs_random").path("estimate").asDouble())
                .isCloseTo(-0.1828340623057888, within(1e-8));
        JsonNode rob = one(asthma, "sensitivity", "exclude_high_rob");
        assertThat(rob.path("estimate").asDouble()).isCloseTo(-0.2341012897805518, within(1e-7));
        assertThat(rob.path("tau2").asDouble()).isCloseTo(0.0238507229835179, within(1e-7));
        assertThat(rob.path("k").asInt()).isEqualTo(12);
        assertThat(rob.path("omitted").asText()).isEqualTo("Hilton 1986");
        JsonNode imputed = one(asthma, "sensitivity", "exclude_imputed");
        assertThat(imputed.path("estimate").isNull()).isTrue();
        assertThat(imputed.path("note").asText()).isEqualTo("not needed: no imputed numbers in this outcome");

        JsonNode ghosh = one(asthma, "influence", "Ghosh 1998");
        assertThat(ghosh.path("rstudent").asDouble()).isCloseTo(-1.80371046624655262, within(1e-5));
        assertThat(ghosh.path("cooks_d").asDouble()).isCloseTo(0.406297526278973253, within(1e-5));
        assertThat(ghosh.path("influential").asBoolean(true)).isFalse();
        assertThat(asthma.stream().filter(n -> n.path("analysis").asText().equals("influence"))).hasSize(13);
        assertThat(asthma).anyMatch(n -> n.path("analysis").asText().equals("metaregression")
                && n.path("moderator").asText().equals("dose_cells_per_kg")
                && n.path("note").asText().startsWith("not possible"));
        // Rows of other outcomes leave the new columns empty.
        JsonNode overall = StreamSupport.stream(all.spliterator(), false)
                .filter(n -> n.path("analysis").asText().equals("overall")).findFirst().orElseThrow();
        assertThat(overall.path("influential").isNull()).isTrue();
        assertThat(overall.path("term").asText()).isEmpty();
    }

    @Test
    void csvMarkdownAndRScriptListEveryAnalysis() throws Exception {
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertThat(csv.get(0)).endsWith(",moderator,term,omitted,note,qm,qm_df,qm_pval,r2,rstudent,dffits,cooks_d,"
                + "cov_ratio,tau2_del,qe_del,hat,weight,dfbetas,influential");
        assertThat(csv).anyMatch(l -> l.startsWith("asthma,") && l.contains(",metaregression-coefficient,")
                && l.contains(",year,year,"));
        assertThat(csv.stream().filter(l -> l.startsWith("asthma,") && l.contains(",sensitivity,"))).hasSize(3);
        assertThat(csv.stream().filter(l -> l.startsWith("asthma,") && l.contains(",influence,"))).hasSize(13);

        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("Meta-regression on year:", "| year | -0.0336 | 0.0170 | -1.97 | 0.049 |",
                "QM(df = 1) = 3.88, P = 0.049", "Sensitivity analyses:", "| Excluding high risk of bias | 12 |",
                "not run: not needed: no imputed numbers in this outcome", "Influence diagnostics:",
                "figures/metareg-asthma-1.svg", "Planned analyses not run:");

        String r = Files.readString(out.resolve("analysis.R"));
        assertThat(r).contains("rma(yi, vi, mods = ~ year, data = dat_mr_asthma_1, method = \"REML\"",
                "print(mr_asthma_1)", "inf_asthma <- influence(res_asthma)", "print(inf_asthma)",
                "subset = !(study %in% c(\"Hilton 1986\"))", "method = \"FE\"");
        assertThat(Jsoup.parse(Files.readString(out.resolve("figures/metareg-asthma-1.svg")), "",
                org.jsoup.parser.Parser.xmlParser()).select("circle.study-bubble")).hasSize(13);
    }

    private static JsonNode one(List<JsonNode> rows, String analysis, String term) {
        List<JsonNode> hits = rows.stream().filter(n -> n.path("analysis").asText().equals(analysis)
                && n.path("term").asText().equals(term)).toList();
        assertThat(hits).as(analysis + " " + term).hasSize(1);
        return hits.get(0);
    }

    private static Element tableAfter(Element section, String heading) {
        Element h = section.select("h4").stream().filter(e -> e.text().equals(heading)).findFirst().orElseThrow();
        Element e = h.nextElementSibling();
        while (e != null && !e.tagName().equals("table")) {
            e = e.selectFirst("table") != null ? e.selectFirst("table") : e.nextElementSibling();
        }
        return e;
    }

    private static List<List<String>> rows(Element table) {
        return table.select("tbody tr").stream().map(tr -> tr.select("td,th").eachText()).toList();
    }
}
