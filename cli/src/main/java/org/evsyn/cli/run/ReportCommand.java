package org.evsyn.cli.run;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.core.review.run.ReviewMode;
import org.evsyn.core.review.run.ReviewRunner;
import org.evsyn.reporting.ReportWriter;
import picocli.CommandLine.Command;

/** Writes a review's report from what the store holds, without ingesting or recording analysis runs. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = "Write the report of a review from the evidence store (after 'evsyn run').",
        footer = {"", "Examples:", "  evsyn report examples/stem-cell-stroke --out report",
                "  evsyn report my-review --db my-review.db --png --dpi 600",
                "", "Writes index.html, report.md, results.csv, results.json, analysis.R and figures/ (SVG; with --png "
                        + "also a PNG copy of each figure).",
                "Nothing is ingested and no analysis run is recorded; outcomes whose inputs changed since the "
                        + "last 'evsyn run' are marked so."})
public final class ReportCommand extends ReviewFolderCommand {

    @Inject
    ReportCommand(Environment environment, ReviewRunner runner, ReportWriter reports) {
        super(environment, runner, reports);
    }

    @Override
    ReviewMode mode() {
        return ReviewMode.REPORT;
    }
}
