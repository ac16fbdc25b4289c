package org.evsyn.cli.run;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.core.review.run.ReviewMode;
import org.evsyn.core.review.run.ReviewRunner;
import org.evsyn.reporting.ReportWriter;
import picocli.CommandLine.Command;

/**
 * Runs a whole review folder: ingests what is new, analyses every planned outcome, stores the analysis runs,
 * writes the report, and prints a short results table with what changed since the previous run.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = "Run a review folder: ingest, analyse per plan, store the runs, write the report.",
        footer = {"", "Examples:", "  evsyn run examples/stem-cell-stroke",
                "  evsyn run my-review --db my-review.db --out my-review/report --png",
                "", "The folder holds review.json (see docs/review-format.md), the extraction sheets and any "
                        + "registry or literature exports. Re-running stores new analysis runs only for outcomes "
                        + "whose inputs changed, and the report lists what moved."})
public final class RunCommand extends ReviewFolderCommand {

    @Inject
    RunCommand(Environment environment, ReviewRunner runner, ReportWriter reports) {
        super(environment, runner, reports);
    }

    @Override
    ReviewMode mode() {
        return ReviewMode.RUN;
    }
}
