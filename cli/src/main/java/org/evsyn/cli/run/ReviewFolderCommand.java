package org.evsyn.cli.run;

import org.evsyn.cli.console.Environment;
import org.evsyn.cli.store.StoreOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;

/** What {@code run} and {@code report} share: a review folder, the store, the report options and the pipeline. */
abstract class ReviewFolderCommand implements Callable<Integer> {

    private final Environment environment;
    private final ReviewPipeline pipeline;

    @Parameters(index = "0", paramLabel = "REVIEW_DIR", description = "The review folder (holds review.json).")
    Path reviewDir;

    @Mixin
    StoreOption store;

    @Mixin
    ReportOutput output;

    ReviewFolderCommand(Environment environment, ReviewPipeline pipeline) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /** True to ingest and record analysis runs ({@code run}); false to only read the store ({@code report}). */
    abstract boolean refresh();

    @Override
    public Integer call() {
        Path dir = environment.workingDirectory().resolve(reviewDir).normalize();
        // Where the report goes is checked first, so a refused --out changes nothing in the store.
        Path out = output.checkedDirectory(environment, dir);
        return pipeline.run(dir, store.resolve(environment),
                refresh() ? store.forWriting(environment) : store.forReading(environment), out, output.options(),
                refresh());
    }
}
