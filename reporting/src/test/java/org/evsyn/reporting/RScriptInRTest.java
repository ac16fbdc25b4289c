package org.evsyn.reporting;

import com.google.inject.Guice;
import org.evsyn.reporting.model.ReviewReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the generated analysis.R in R with metafor: every check must report a match. Skipped when Rscript or
 * metafor is not installed (Debian packages r-base-core and r-cran-metafor).
 */
class RScriptInRTest {

    private static final Path RSCRIPT = Path.of("/usr/bin/Rscript");

    @Test
    void everyPooledAnalysisIsReproducedByMetafor(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(RSCRIPT), "Rscript not installed; skipping the metafor check");
        Assumptions.assumeTrue(run(dir, "-e", "library(metafor)").exit == 0,
                "R package metafor not installed; skipping the metafor check");
        ReviewReport base = TestReports.report("R check");
        List<org.evsyn.reporting.model.OutcomeAnalysis> outcomes = new ArrayList<>(base.outcomes());
        outcomes.add(OtherFiguresTest.bcgMantelHaenszel());
        outcomes.add(GibsonAsthma.outcome());
        ReviewReport report = new ReviewReport(base.title(), base.question(), base.interventionLabel(),
                base.comparatorLabel(), base.prisma(), base.characteristics(), outcomes, base.riskOfBias(),
                base.grade(), base.adverseEvents(), base.missingData(), base.methods(), base.reproducibility());
        Guice.createInjector(new ReportingModule()).getInstance(ReportWriter.class)
                .write(report, dir.resolve("report"), ReportOptions.defaults().withoutPng());

        Result r = run(dir, dir.resolve("report/analysis.R").toString());

        assertThat(r.exit).as(r.output).isZero();
        List<String> checks = r.output.lines().filter(l -> l.contains("the report")).toList();
        assertThat(checks).hasSizeGreaterThan(30);
        assertThat(checks).as(r.output).allMatch(l -> l.endsWith("matches the report"));
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(RSCRIPT.toString(), "--vanilla"));
        cmd.addAll(List.of(args));
        Path log = dir.resolve("r-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Rscript did not finish within 120 s");
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
