package org.evsyn.cli.run;

import jakarta.inject.Inject;
import org.evsyn.cli.Environment;
import org.evsyn.cli.store.StoreOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;

/** Writes a review's report from what the store holds, without ingesting or recording analysis runs. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = "Write the report of a review from the evidence store (after 'evsyn run').",
        footer = {"", "Examples:", "  evsyn report examples/stem-cell-stroke --out report",
                "  evsyn report my-review --db my-review.db --dpi 600",
                "", "Writes index.html, report.md, results.csv, results.json, analysis.R and figures/ (SVG and PNG).",
                "Nothing is ingested and no analysis run is recorded; outcomes whose inputs changed since the",
                "last 'evsyn run' are marked so."})
public final class ReportCommand implements Callable<Integer> {

    private final Environment environment;
    private final ReviewPipeline pipeline;

    @Parameters(index = "0", paramLabel = "REVIEW_DIR", description = "The review folder (holds review.json).")
    Path reviewDir;

    @Mixin
    StoreOption store;

    @Mixin
    ReportOutput output;

    @Inject
    ReportCommand(Environment environment, ReviewPipeline pipeline) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    @Override
    public Integer call() {
        return pipeline.run(environment.workingDirectory().resolve(reviewDir).normalize(), store.resolve(environment),
                output.directory(environment), output.options(), false);
    }
}
