package org.evsyn.stats.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/library.md shows code that compiles and prints what metafor prints. */
class LibraryDocumentationTest {

    private static final Path DOC = Path.of("..", "docs", "library.md");
    private static final Path EXAMPLE = Path.of("src", "test", "java", "org", "evsyn", "stats", "examples",
            "BcgVaccine.java");

    @Test
    void theDocumentsExampleIsThisCompiledSourceFile() throws IOException {
        String source = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        String withoutPackage = source.substring(source.indexOf('\n', source.indexOf("package ")) + 1).stripLeading();
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(
                Files.readString(DOC, StandardCharsets.UTF_8));
        assertThat(block.find()).as("a java code block in " + DOC).isTrue();
        assertThat(block.group(1)).isEqualTo(withoutPackage);
    }

    @Test
    void theExamplePrintsMetaforsNumbersForTheBcgTrials() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            BcgVaccine.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        // metafor 3.8.1 on dat.bcg: escalc("RR"), rma(yi, vi), predict(transf = exp), confint, trimfill,
        // printed with the same formats.
        assertThat(captured.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "estimate -0.7145, se 0.1798, tau2 0.3132",
                "risk ratio 0.49, 95% CI 0.34 to 0.70, prediction interval 0.15 to 1.55",
                "tau2 95% CI 0.1197 to 1.1115",
                "trim and fill: 1 missing on the right, estimate -0.6571");
    }
}
