package org.evsyn.reporting;

import com.google.inject.Guice;
import org.evsyn.core.testing.Rscript;
import org.evsyn.reporting.model.ReviewReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the generated analysis.R in R with metafor: every check must report a match. Skipped when Rscript or
 * metafor is not installed (Debian packages r-base-core and r-cran-metafor).
 */
class RScriptInRTest {

    @Test
    void everyPooledAnalysisIsReproducedByMetafor(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Rscript.installed(), "Rscript not installed; skipping the metafor check");
        Assumptions.assumeTrue(Rscript.hasMetafor(dir),
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

        Rscript.Run r = Rscript.run(dir, 120, dir.resolve("report/analysis.R").toString());

        assertThat(r.exit()).as(r.output()).isZero();
        List<String> checks = r.output().lines().filter(l -> l.contains("the report")).toList();
        assertThat(checks).hasSizeGreaterThan(30);
        assertThat(checks).as(r.output()).allMatch(l -> l.endsWith("matches the report"));
    }
}
