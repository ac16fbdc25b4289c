package org.evsyn.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import com.google.inject.Stage;
import org.evsyn.reporting.model.ReviewReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterTest {

    @TempDir
    static Path out;
    static ReportFiles files;
    static final ReviewReport REPORT = TestReports.report("BCG vaccine and tuberculosis (test data)");

    @BeforeAll
    static void writeReport() {
        ReportWriter writer = Guice.createInjector(Stage.PRODUCTION, new ReportingModule())
                .getInstance(ReportWriter.class);
        // Low dpi keeps this test fast; PngRasteriserTest covers 300 and 600 dpi.
        files = writer.write(REPORT, out, ReportOptions.defaults().withDpi(96));
    }

    @Test
    void writesEveryReportFile() {
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("report.md")).isRegularFile();
        assertThat(out.resolve("results.csv")).isRegularFile();
        assertThat(out.resolve("results.json")).isRegularFile();
        assertThat(out.resolve("analysis.R")).isRegularFile();
        List<String> names = files.figures().stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names).contains("prisma.svg", "prisma.png", "forest-tuberculosis.svg", "forest-tuberculosis.png",
                "subgroup-tuberculosis-1.svg", "funnel-tuberculosis.png", "cumulative-tuberculosis.svg",
                "forest-length-of-stay.svg", "funnel-length-of-stay.svg", "rob-traffic-light.png",
                "rob-summary.svg");
        assertThat(files.all()).allMatch(Files::isRegularFile);
    }

    @Test
    void pngFiguresHaveThePixelSizeOfTheRequestedDpi() throws Exception {
        Path svg = out.resolve("figures/forest-tuberculosis.svg");
        String text = Files.readString(svg);
        double width = Double.parseDouble(text.replaceAll("(?s).*?<svg[^>]* width=\"([0-9.]+)\".*", "$1"));
        BufferedImage png = ImageIO.read(out.resolve("figures/forest-tuberculosis.png").toFile());

        assertThat(png.getWidth()).isBetween((int) Math.floor(width) - 1, (int) Math.ceil(width) + 1);
    }

    @Test
    void standaloneSvgFilesAreXmlDocuments() throws Exception {
        try (Stream<Path> s = Files.list(out.resolve("figures"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".svg")).toList()) {
                String text = Files.readString(p);
                assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
                SvgTestSupport.parse(text);
            }
        }
    }

    @Test
    void resultsListEveryPooledAnalysisWithFullPrecision() throws Exception {
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        // 2 overall + 3 subgroup levels + their test for differences + 1 trim-and-fill, plus the header.
        assertThat(csv).hasSize(8);
        assertThat(csv.get(0)).startsWith("outcome_id,outcome,analysis,subgroup,measure");
        assertThat(csv.get(1)).startsWith("tuberculosis,Tuberculosis cases,overall,,RR,")
                .contains("-0.714532342158168").contains("0.489420939826016".substring(0, 12));

        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertThat(json.get("analyses")).hasSize(7);
        JsonNode first = json.get("analyses").get(0);
        assertThat(first.get("estimate").asDouble()).isEqualTo(-0.714532342158168);
        assertThat(first.get("tau2_method").asText()).isEqualTo("REML");
        assertThat(first.get("pi_lower").asDouble()).isEqualTo(-1.86669221790348);
        JsonNode differences = json.get("analyses").get(4);
        assertThat(differences.get("analysis").asText()).isEqualTo("subgroup-differences");
        assertThat(differences.get("q_df").asInt()).isEqualTo(2);
        JsonNode trimFill = json.get("analyses").get(5);
        assertThat(trimFill.get("analysis").asText()).isEqualTo("trim-and-fill");
        assertThat(trimFill.get("pi_lower").isNull()).isTrue();
    }

    @Test
    void rScriptRefitsEachAnalysisWithTheSameMethodTestAndLevel() throws Exception {
        String r = Files.readString(out.resolve("analysis.R"));

        assertThat(r).contains("library(metafor)");
        assertThat(r).contains("res_tuberculosis <- rma(yi, vi, data = dat_tuberculosis, method = \"REML\", "
                + "test = \"z\", level = 95, control = list(threshold = 1e-10, tol = 1e-12, maxiter = 1000))");
        assertThat(r).contains("escalc(measure = \"RR\", ai = ai, n1i = n1i, ci = ci, n2i = n2i");
        assertThat(r).contains("res_length_of_stay <- rma(yi, vi, data = dat_length_of_stay, method = \"DL\", "
                + "test = \"z\", level = 95)");
        assertThat(r).contains("escalc(measure = \"MD\", m1i = m1i, sd1i = sd1i");
        assertThat(r).contains("subset = subgroup == \"alternate\"");
        assertThat(r).contains("leave1out(res_tuberculosis)").contains("regtest(res_tuberculosis, model = \"lm\", "
                + "predictor = \"sei\")").contains("ranktest(res_tuberculosis)").contains("trimfill(res_tuberculosis)")
                .contains("cumul(res_tuberculosis)");
        assertThat(r).contains("\"Ferguson & Simes 1949\"").contains("-0.714532342158168");
    }

    @Test
    void markdownHasTablesAndLinksToFigures() throws Exception {
        String md = Files.readString(out.resolve("report.md"));

        assertThat(md).contains("](figures/forest-tuberculosis.png)").contains("[SVG](figures/prisma.svg)");
        assertThat(md).contains("| Study | Registry ID |");
        assertThat(md).contains("Ferguson & Simes 1949");
    }

    @Test
    void sameReportGivesIdenticalFiles(@TempDir Path first, @TempDir Path second) throws Exception {
        ReportWriter writer = Guice.createInjector(new ReportingModule()).getInstance(ReportWriter.class);
        writer.write(REPORT, first, ReportOptions.defaults().withoutPng());
        writer.write(REPORT, second, ReportOptions.defaults().withoutPng());

        for (String f : List.of("index.html", "report.md", "results.csv", "results.json", "analysis.R",
                "figures/forest-tuberculosis.svg", "figures/prisma.svg")) {
            assertThat(Files.readString(second.resolve(f))).as(f).isEqualTo(Files.readString(first.resolve(f)));
        }
        assertThat(first.resolve("figures/prisma.png")).doesNotExist();
    }
}
