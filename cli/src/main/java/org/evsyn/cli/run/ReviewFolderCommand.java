package org.evsyn.cli.run;

import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.TerminalText;
import org.evsyn.cli.console.VersionProvider;
import org.evsyn.cli.store.StoreOption;
import org.evsyn.core.review.run.ReviewMode;
import org.evsyn.core.review.run.ReviewRequest;
import org.evsyn.core.review.run.ReviewResult;
import org.evsyn.core.review.run.ReviewRunner;
import org.evsyn.reporting.ReportFiles;
import org.evsyn.reporting.ReportWriter;
import org.evsyn.reporting.review.ReviewReportAssembler;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * What {@code run} and {@code report} share: a review folder, the store and the report options. The review itself is
 * the engine's {@link ReviewRunner}; this prints its result and writes the report.
 */
abstract class ReviewFolderCommand implements Callable<Integer> {

    private final Environment environment;
    private final ReviewRunner runner;
    private final ReportWriter reports;

    @Parameters(index = "0", paramLabel = "REVIEW_DIR", description = "The review folder (holds review.json).")
    Path reviewDir;

    @Mixin
    StoreOption store;

    @Mixin
    ReportOutput output;

    ReviewFolderCommand(Environment environment, ReviewRunner runner, ReportWriter reports) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    /** {@link ReviewMode#RUN} to ingest and record analysis runs; {@link ReviewMode#REPORT} to only read the store. */
    abstract ReviewMode mode();

    @Override
    public Integer call() {
        Path dir = environment.workingDirectory().resolve(reviewDir).normalize();
        // Where the report goes is checked first, so a refused --out changes nothing in the store.
        Path out = output.checkedDirectory(environment, dir);
        ReviewMode mode = mode();
        ReviewResult result = runner.run(new ReviewRequest(dir, store.location(environment), mode,
                mode == ReviewMode.RUN ? store.forWriting(environment) : store.forReading(environment),
                VersionProvider.version(), Clock.systemUTC()));
        RunSummary.print(environment.out(), result);
        ReportFiles files = reports.write(new ReviewReportAssembler().assemble(result), out, output.options());
        files.warnings().forEach(w -> environment.err().println("evsyn: warning: " + TerminalText.line(w)));
        environment.out().println();
        ResultsTable.print(environment.out(), result);
        environment.out().println();
        environment.out().println("Report: " + TerminalText.line(files.index().toString()));
        return 0;
    }
}
