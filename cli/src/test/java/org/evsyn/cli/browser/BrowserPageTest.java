package org.evsyn.cli.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser check sees what a broken report would show: console errors, exceptions and missing files. */
class BrowserPageTest {

    @TempDir
    Path dir;

    @Test
    void aConsoleErrorAnUncaughtExceptionAndAMissingImageAreEachReported() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.unavailable().isEmpty(), HeadlessChromium.unavailable().orElse(""));
        Path html = dir.resolve("broken.html");
        Files.writeString(html, "<!doctype html><title>t</title><h1 id=\"x\">Broken</h1>"
                + "<img src=\"figures/missing.svg\" alt=\"m\">"
                + "<script>console.error('drawn wrong'); undefinedFunction();</script>");

        List<String> errors;
        String heading;
        try (HeadlessChromium chromium = HeadlessChromium.start(dir.resolve("chromium.log"));
             DevTools devTools = DevTools.connect(chromium.endpoint())) {
            BrowserPage page = BrowserPage.open(devTools, html.toUri());
            heading = page.evaluate("document.getElementById('x').textContent").asText();
            errors = page.errors();
        }

        assertThat(heading).isEqualTo("Broken");
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("console.error: ").contains("drawn wrong"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("exception: ").contains("undefinedFunction"));
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("log: ").contains("missing.svg"));
    }
}
