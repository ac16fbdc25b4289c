package org.evsyn.cli.meta.sequential;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.ExitCodes;
import org.evsyn.cli.meta.CommandFailure;
import org.evsyn.cli.meta.JsonOutput;
import org.evsyn.cli.meta.OutputFormat;
import org.evsyn.cli.meta.StudyCsv;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.Study;
import org.evsyn.stats.sequential.AssumedEffect;
import org.evsyn.stats.sequential.HeterogeneityAdjustment;
import org.evsyn.stats.sequential.TrialSequential;
import org.evsyn.stats.sequential.TsaOptions;
import org.evsyn.stats.sequential.TsaResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * {@code evsyn tsa}: trial sequential analysis of the trials of a CSV file in file order (cumulative order), with
 * the required information size, the boundaries at each trial and the conclusion.
 */
@Command(name = "tsa",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        subcommands = TsaBoundariesCommand.class,
        description = {"Trial sequential analysis of the trials in a CSV file, in file order (sort it by year).",
                "Columns as evsyn meta: study,treat_events,treat_n,ctrl_events,ctrl_n (OR, RR, RD); "
                        + "study,treat_n,treat_mean,treat_sd,ctrl_n,ctrl_mean,ctrl_sd (MD).",
                "Boundaries: Lan-DeMets O'Brien-Fleming alpha spending (benefit, harm), beta-spending futility; "
                        + "information = accumulated participants / diversity-adjusted required information size."},
        footer = {"",
                "Examples:",
                "  evsyn tsa --csv trials.csv --measure RR --control-risk 0.2 --rrr 0.2",
                "  evsyn tsa --csv trials.csv --measure MD --md -5 --sd 10 --power 0.9 --format json",
                "  evsyn tsa boundaries --fractions 0.2,0.4,0.6,0.8,1 --alpha 0.05 --sides 2",
                "",
                "Exit codes: 0 success, 1 the analysis failed (JSON: {\"error\": ...}), 2 usage error."})
public final class TsaCommand implements Callable<Integer> {

    private final Environment environment;
    private final StudyCsv input;
    private final JsonOutput json;

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", paramLabel = "FILE", description = "Input CSV file (or .csv.gz); required.")
    Path csv;

    @Option(names = "--measure", paramLabel = "MEASURE", description = "Effect measure: OR, RR, RD or MD; required.")
    TsaMeasure measure;

    @Option(names = "--control-risk", paramLabel = "P", description = "Assumed control-group risk (OR, RR, RD).")
    Double controlRisk;

    @Option(names = "--rrr", paramLabel = "R",
            description = "Assumed relative risk reduction, e.g. 0.2 (negative for an increase) (OR, RR, RD).")
    Double rrr;

    @Option(names = "--md", paramLabel = "D", description = "Assumed mean difference, intervention minus control (MD).")
    Double md;

    @Option(names = "--sd", paramLabel = "S", description = "Standard deviation of the outcome (MD).")
    Double sd;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Total type I error (default ${DEFAULT-VALUE}; split between benefit and harm when two-sided).")
    double alpha;

    @Option(names = "--power", paramLabel = "P", defaultValue = "0.8", description = "Power (default ${DEFAULT-VALUE}).")
    double power;

    @Option(names = "--sides", paramLabel = "1|2", defaultValue = "2", description = "1 or 2 (default ${DEFAULT-VALUE}).")
    int sides;

    @Option(names = "--adjust", paramLabel = "d2|i2|none", defaultValue = "d2",
            description = "Heterogeneity adjustment of the information size (default ${DEFAULT-VALUE}).")
    HeterogeneityAdjustment adjust;

    @Option(names = "--method", paramLabel = "DL|REML|FE", defaultValue = "DL",
            description = "Model of the cumulative meta-analyses (default ${DEFAULT-VALUE}).")
    TsaMethod method;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output: text (default) or json.")
    OutputFormat format;

    /**
     * The command; picocli sets the options.
     *
     * @param environment the process environment
     * @param input       reads the CSV file
     * @param json        writes JSON
     */
    @Inject
    public TsaCommand(Environment environment, StudyCsv input, JsonOutput json) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.input = Objects.requireNonNull(input, "input");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public Integer call() {
        TsaOptions options = options();
        TsaResult result;
        try {
            List<Study> studies = input.read(environment.workingDirectory().resolve(csv), csv.toString(),
                    options.measure());
            result = TrialSequential.analyse(studies, options);
        } catch (StudyCsv.Unreadable | StatsException e) {
            return CommandFailure.report(environment, format, json, e.getMessage());
        }
        PrintWriter out = environment.out();
        if (format == OutputFormat.JSON) {
            out.println(json.write(TsaDocument.of(result)));
        } else {
            TsaDocument.textLines(result).forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private TsaOptions options() {
        if (csv == null || measure == null) {
            throw usage("evsyn tsa needs --csv FILE and --measure OR|RR|RD|MD (or the subcommand 'boundaries')");
        }
        AssumedEffect effect;
        try {
            if (measure == TsaMeasure.MD) {
                if (md == null || sd == null || controlRisk != null || rrr != null) {
                    throw usage("measure MD needs --md D and --sd S (and no --control-risk or --rrr)");
                }
                effect = new AssumedEffect.MeanDifference(md, sd);
            } else {
                if (controlRisk == null || rrr == null || md != null || sd != null) {
                    throw usage("measure " + measure + " needs --control-risk P and --rrr R (and no --md or --sd)");
                }
                effect = new AssumedEffect.RiskReduction(controlRisk, rrr);
            }
            return new TsaOptions(measure.measure, effect, alpha, power, sides, adjust, method.method);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
