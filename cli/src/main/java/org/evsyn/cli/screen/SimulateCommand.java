package org.evsyn.cli.screen;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.ExitCodes;
import org.evsyn.cli.meta.CommandFailure;
import org.evsyn.cli.meta.JsonTree;
import org.evsyn.cli.meta.OutputFormat;
import org.evsyn.core.review.ranking.simulation.LabelLevel;
import org.evsyn.core.review.ranking.simulation.LabelledRecord;
import org.evsyn.core.review.ranking.simulation.LabelledRecordsCsv;
import org.evsyn.core.review.ranking.simulation.ScreeningSimulation;
import org.evsyn.core.review.ranking.simulation.SimulationResult;
import org.evsyn.core.review.ranking.simulation.UnreadableDataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * {@code evsyn screen simulate}: screens a labelled review in the active-learning order and in random order, and
 * prints the recall figures of both (the engine's {@link ScreeningSimulation} computes them).
 */
@Command(name = "simulate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Simulate screening a labelled review in the active-learning order (TF-IDF 1-2-grams and "
                + "logistic regression, re-ranked after every decision) and in random order; print WSS@95, RRF@10 "
                + "and the records screened to 95% and 100% recall, each the mean over the seeds.",
                "CSV columns (as ASReview's labelled datasets): record_id, title, abstract, "
                        + "label_abstract_screening, label_included (1 relevant, 0 not); others are ignored."},
        footer = {"",
                "Examples:",
                "  evsyn screen simulate --csv cohen2006_NSAIDS.csv",
                "  evsyn screen simulate --csv cohen2006_ADHD.csv.gz --label included --seeds 20 --format json",
                "",
                "Each seed draws one relevant and one irrelevant record as prior knowledge (not counted in the figures).",
                "Exit codes: 0 success, 1 the file cannot be simulated (JSON: {\"error\": ...}), 2 usage error."})
public final class SimulateCommand implements Callable<Integer> {

    private final Environment environment;
    private final JsonTree json;

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE",
            description = "The labelled review: a CSV file (or .csv.gz).")
    Path csv;

    @Option(names = "--label", paramLabel = "abstract|included", defaultValue = "abstract",
            description = "Which decision counts as relevant: inclusion at title/abstract (default) or in the final "
                    + "review.")
    LabelLevel label;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "10",
            description = "Simulations per order, each with its own prior records (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output: text (default) or json.")
    OutputFormat format;

    /**
     * The command; picocli sets the options.
     *
     * @param environment the process environment
     * @param json        writes JSON
     */
    @Inject
    public SimulateCommand(Environment environment, JsonTree json) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public Integer call() {
        if (seeds < 1 || seeds > 1000) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--seeds must be between 1 and 1000, got " + seeds);
        }
        Path file = environment.workingDirectory().resolve(csv);
        SimulationResult result;
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableDataset(csv + ": no such file");
            }
            List<LabelledRecord> data = LabelledRecordsCsv.read(file, label);
            result = new ScreeningSimulation().compare(data, seeds, seeds);
        } catch (UnreadableDataset e) {
            return CommandFailure.report(environment, format, json, e.getMessage());
        } catch (IllegalArgumentException e) {
            return CommandFailure.report(environment, format, json, csv + ": " + e.getMessage());
        }
        PrintWriter out = environment.out();
        if (format == OutputFormat.JSON) {
            out.println(json.write(null, SimulationDocument.of(csv.toString(), label, seeds, result)));
        } else {
            SimulationDocument.textLines(csv.toString(), label, seeds, result).forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
