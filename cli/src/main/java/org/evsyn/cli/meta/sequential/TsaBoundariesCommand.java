package org.evsyn.cli.meta.sequential;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.ExitCodes;
import org.evsyn.cli.meta.JsonOutput;
import org.evsyn.cli.meta.OutputFormat;
import org.evsyn.stats.sequential.SpendingBoundaries;
import org.evsyn.stats.sequential.TrialSequential;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/** {@code evsyn tsa boundaries}: the Lan-DeMets O'Brien-Fleming boundaries of a design at given fractions. */
@Command(name = "boundaries",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Lan-DeMets O'Brien-Fleming alpha-spending boundaries (z) at the given information fractions; "
                + "with --power also the beta-spending futility boundaries."},
        footer = {"",
                "Examples:",
                "  evsyn tsa boundaries --fractions 0.2,0.4,0.6,0.8,1",
                "  evsyn tsa boundaries --fractions 0.5,0.75,1 --alpha 0.025 --sides 1 --format json",
                "",
                "Exit codes: 0 success, 2 usage error."})
public final class TsaBoundariesCommand implements Callable<Integer> {

    private final Environment environment;
    private final JsonOutput json;

    @Spec
    CommandSpec spec;

    @Option(names = "--fractions", required = true, split = ",", paramLabel = "T1,T2,...",
            description = "Information fractions, strictly increasing, each in (0, 1].")
    List<Double> fractions;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Total type I error (default ${DEFAULT-VALUE}; alpha/2 per side when two-sided).")
    double alpha;

    @Option(names = "--sides", paramLabel = "1|2", defaultValue = "2", description = "1 or 2 (default ${DEFAULT-VALUE}).")
    int sides;

    @Option(names = "--power", paramLabel = "P", description = "Power; adds beta-spending futility boundaries.")
    Double power;

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
    public TsaBoundariesCommand(Environment environment, JsonOutput json) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public Integer call() {
        SpendingBoundaries b;
        try {
            b = power == null ? TrialSequential.boundaries(fractions, alpha, sides)
                    : TrialSequential.boundaries(fractions, alpha, sides, power);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = environment.out();
        if (format == OutputFormat.JSON) {
            out.println(json.write(TsaDocument.of(b)));
        } else {
            TsaDocument.textLines(b).forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
