package org.evsyn.cli.run;

import jakarta.inject.Inject;
import org.evsyn.cli.Environment;
import org.evsyn.cli.store.StoreOption;
import org.evsyn.reporting.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * Runs a whole review folder: ingests what is new, analyses every planned outcome, stores the analysis runs,
 * writes the report, and prints a short results table with what changed since the previous run.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = "Run a review folder: ingest, analyse per plan, store the runs, write the report.",
        footer = {"", "Examples:", "  evsyn run examples/stem-cell-stroke",
                "  evsyn run my-review --db my-review.db --out my-review/report --no-png",
                "", "The folder holds review.json (see docs/review-format.md), the extraction sheets and any",
                "registry or literature exports. Re-running stores new analysis runs only for outcomes whose",
                "inputs changed, and the report lists what moved."})
public final class RunCommand implements Callable<Integer> {

    private final Environment environment;
    private final ReviewPipeline pipeline;

    @Parameters(index = "0", paramLabel = "REVIEW_DIR", description = "The review folder (holds review.json).")
    Path reviewDir;

    @Mixin
    StoreOption store;

    @Mixin
    ReportOutput output;

    @Inject
    RunCommand(Environment environment, ReviewPipeline pipeline) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    @Override
    public Integer call() {
        return pipeline.run(environment.workingDirectory().resolve(reviewDir).normalize(), store.resolve(environment),
                output.directory(environment), output.options(), true);
    }
}
