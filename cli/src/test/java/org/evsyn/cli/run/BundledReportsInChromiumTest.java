package org.evsyn.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.evsyn.cli.browser.BrowserPage;
import org.evsyn.cli.browser.DevTools;
import org.evsyn.cli.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of each bundled example, written by {@code evsyn run} and opened in headless Chromium over the DevTools
 * protocol: it loads with no console error, exception or failed resource, every section is there, and the
 * summary-of-findings table gives each graded outcome its studies, participants, effect with CI and certainty.
 * Screenshots of the main sections stay in {@code target/browser/EXAMPLE/} for a person to look at. Skipped, with
 * the reason printed, when Chromium is not installed.
 */
class BundledReportsInChromiumTest {

    private static final Path DIR = Path.of("target", "browser").toAbsolutePath();
    private static final List<String> SECTIONS = List.of("question", "selection", "characteristics", "results",
            "risk-of-bias", "grade", "methods");

    private static HeadlessChromium chromium;
    private static DevTools devTools;

    @BeforeAll
    static void startBrowser() throws Exception {
        String why = HeadlessChromium.unavailable().orElse("");
        if (!why.isEmpty()) {
            System.out.println(why);
        }
        Assumptions.assumeTrue(why.isEmpty(), why);
        deleteTree(DIR);
        Files.createDirectories(DIR);
        chromium = HeadlessChromium.start(DIR.resolve("chromium.log"));
        devTools = DevTools.connect(chromium.endpoint());
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (devTools != null) {
            devTools.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stem-cell-stroke", "bcg-vaccine", "asthma-self-management", "smoking-cessation-network"})
    void theReportOpensWithoutErrorsAndItsSummaryOfFindingsIsComplete(String example) throws Exception {
        Path work = Files.createDirectories(DIR.resolve(example));
        CommandRun run = CommandRun.run(work, "run", ReviewFolders.example(example).toString(), "--db", "r.db",
                "--out", "report");
        assertThat(run.exitCode()).as(run.err()).isZero();

        BrowserPage page = BrowserPage.open(devTools, work.resolve("report/index.html").toUri());

        assertThat(page.errors()).as("errors in the page of " + example).isEmpty();
        JsonNode plan = new ObjectMapper().readTree(ReviewFolders.example(example).resolve("review.json").toFile());
        assertThat(page.evaluate("document.querySelector('h1').textContent").asText())
                .isEqualTo(plan.get("title").asText());
        assertThat(page.evaluate("[...document.querySelectorAll('section[id]')].map(s => s.id)"))
                .extracting(JsonNode::asText).containsAll(SECTIONS);
        assertThat(page.evaluate("[...document.images].filter(i => !i.complete || i.naturalWidth === 0).length")
                .asInt()).as("images that did not load").isZero();
        assertSummaryOfFindings(page, plan);
        if (plan.has("network")) {
            // The network section, with its figures drawn and its league table filled.
            assertThat(page.evaluate("[...document.querySelectorAll('section.network svg')].length").asInt())
                    .as("network figures of " + example).isPositive();
            assertThat(page.evaluate("document.querySelector('#network-meta-analysis').textContent").asText())
                    .contains("Network meta-analysis");
        }
        for (String section : SECTIONS) {
            Path file = work.resolve("screenshots/" + section + ".png");
            int[] size = page.screenshot("#" + section, file);
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).as(file.toString()).isEqualTo(size[0]);
            assertThat(image.getHeight()).as(file.toString()).isEqualTo(size[1]).isPositive();
            assertThat(inkShare(image)).as("share of non-white pixels in " + file).isGreaterThan(0.005);
        }
        assertThat(page.errors()).as("errors in the page of " + example).isEmpty();
    }

    /**
     * Each row of the GRADE summary of findings: a planned outcome's label; for a ratio measure the relative effect
     * with its 95% CI, the assumed risk without the intervention and the corresponding risk with it per 1,000 with
     * its CI and the absolute difference; for a difference measure the pooled difference in the risk column;
     * participants with the number of studies; one of the four certainty levels with its symbols.
     */
    private static void assertSummaryOfFindings(BrowserPage page, JsonNode plan) throws IOException {
        JsonNode header = page.evaluate("[...document.querySelectorAll('#grade table thead th')]"
                + ".map(c => c.textContent)");
        assertThat(header).extracting(JsonNode::asText).containsExactly("Outcome", "Relative effect (95% CI)",
                "Risk without the intervention", "Risk with the intervention (95% CI)", "Participants (studies)",
                "Certainty");
        JsonNode rows = page.evaluate("[...document.querySelectorAll('#grade table tbody tr')]"
                + ".map(r => [...r.cells].map(c => c.textContent))");
        List<String> labels = new ArrayList<>();
        plan.get("outcomes").forEach(o -> labels.add(o.path("label").asText(o.path("name").asText())));
        assertThat(rows).isNotEmpty();
        String number = "-?[0-9]+\\.[0-9]+";
        String perThousand = "[0-9]+ per 1,000";
        String change = "[0-9]+ (fewer|more)";
        for (JsonNode row : rows) {
            assertThat(row.get(0).asText()).isIn(labels);
            String relative = row.get(1).asText();
            if (relative.equals("-")) {
                assertThat(row.get(2).asText()).isEqualTo("-");
                assertThat(row.get(3).asText())
                        .matches("(MD|SMD) " + number + " \\[" + number + ", " + number + "\\]");
            } else {
                assertThat(relative).matches("(RR|OR|HR) " + number + " \\[" + number + ", " + number + "\\]");
                assertThat(row.get(2).asText()).matches(perThousand);
                assertThat(row.get(3).asText()).matches(perThousand + " \\([0-9]+ to [0-9]+\\); " + change
                        + " per 1,000 \\(" + change + " to " + change + "\\)");
            }
            assertThat(row.get(4).asText()).matches("[0-9]+ \\([1-9][0-9]* stud(y|ies)\\)");
            assertThat(row.get(5).asText()).matches("[⊕◯]{4} (High|Moderate|Low|Very low)( [a-z](,[a-z])*)?");
        }
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        long all = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                all++;
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return all == 0 ? 0 : (double) ink / all;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
