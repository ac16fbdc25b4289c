package org.evsyn.cli.meta.dose;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.ExitCodes;
import org.evsyn.cli.meta.CommandFailure;
import org.evsyn.cli.meta.CsvTable;
import org.evsyn.cli.meta.InputException;
import org.evsyn.cli.meta.JsonTree;
import org.evsyn.cli.meta.OutputFormat;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.dose.DoseResponse;
import org.evsyn.stats.dose.DoseStudy;
import org.evsyn.stats.dose.PooledLinearTrend;
import org.evsyn.stats.dose.PooledTrend;
import org.evsyn.stats.dose.StudyTrend;
import org.evsyn.stats.dose.TrendModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code evsyn dose-response}: the two-stage dose-response meta-analysis (Orsini et al. 2006, 2012) of the dose
 * levels in a CSV file: each study's trend by generalised least squares, then the trends pooled.
 */
@Command(name = "dose-response",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Two-stage dose-response meta-analysis (Greenland-Longnecker covariance, as dosresmeta).",
                "One row per dose level, the rows of a study together, its referent (rr 1) first; columns by header "
                        + "name: study,dose,cases,n,rr,lower,upper and optionally design (cc, ci or ir per row)."},
        footer = {"",
                "Examples:",
                "  evsyn dose-response --csv alcohol.csv --design cc",
                "  evsyn dose-response --csv coffee.csv --design ir --model quadratic --format json",
                "",
                "The JSON keys are listed in docs/dose-response.md.",
                "Exit codes: 0 success, 1 the input cannot be analysed (one line on stderr; JSON: {\"error\": ...}), "
                        + "2 usage error."})
public final class DoseResponseCommand implements Callable<Integer> {

    private final Environment environment;
    private final JsonTree json;

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "Input CSV file, one row per dose "
            + "level.")
    Path csv;

    @Option(names = "--design", paramLabel = "cc|ci|ir", defaultValue = "cc",
            description = "Design of studies without a design cell: cc case-control (n = cases + controls), ci "
                    + "cumulative incidence (n = persons), ir incidence rate (n = person-time); default "
                    + "${DEFAULT-VALUE}.")
    DoseDesign design;

    @Option(names = "--model", paramLabel = "linear|quadratic", defaultValue = "linear",
            description = "Trend: linear (default) or quadratic in dose.")
    TrendModel model;

    @Option(names = "--no-correlation", description = "Ignore the correlation of log relative risks that share "
            + "the referent (reported variances only).")
    boolean noCorrelation;

    @Option(names = "--method", paramLabel = "REML|DL|FE",
            description = "Pooling of linear slopes: REML (default), DL or FE; a quadratic trend is pooled by the "
                    + "multivariate common-effect model (FE).")
    DoseMethod method;

    @Option(names = "--level", paramLabel = "PERCENT", defaultValue = "95",
            description = "Confidence level in percent (default ${DEFAULT-VALUE}).")
    double level;

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
    public DoseResponseCommand(Environment environment, JsonTree json) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public Integer call() {
        if (!(level > 0 && level < 100)) {
            throw usage("--level must be a percentage strictly between 0 and 100, got " + level);
        }
        if (model == TrendModel.QUADRATIC && method != null && method != DoseMethod.FE) {
            throw usage("a quadratic trend is pooled by the multivariate common-effect model only; give --method FE "
                    + "or leave --method out");
        }
        DoseMethod resolved = method != null ? method : model == TrendModel.LINEAR ? DoseMethod.REML : DoseMethod.FE;
        DoseAnalysis.Options options = new DoseAnalysis.Options(design, model, !noCorrelation, resolved, level);
        String file = csv.toString();
        String printed;
        try {
            CsvTable table = CsvTable.read(environment.workingDirectory().resolve(csv), file);
            DoseAnalysis analysis = analyse(new DoseLevelReader(table, design).studies(), options);
            // The whole output is made before any of it is printed: a failure prints nothing but the error.
            printed = format == OutputFormat.JSON ? json.write(null, DoseDocument.of(analysis))
                    : String.join(System.lineSeparator(), DoseDocument.textLines(analysis));
        } catch (InputException e) {
            return CommandFailure.report(environment, format, json, e.getMessage());
        } catch (StatsException e) {
            return CommandFailure.report(environment, format, json, file + ": " + e.getMessage());
        }
        environment.out().println(printed);
        environment.out().flush();
        return ExitCodes.OK;
    }

    private static DoseAnalysis analyse(List<DoseStudy> studies, DoseAnalysis.Options o) {
        List<DoseDesign> designs = studies.stream().map(s -> designOf(s)).toList();
        boolean pool = studies.size() >= 2;
        if (o.model() == TrendModel.LINEAR && pool) {
            PooledLinearTrend p = DoseResponse.poolLinear(studies, o.correlated(),
                    new ModelOptions(o.method().method, TestMethod.Z, o.level()));
            return new DoseAnalysis(o, designs, p.studies(), Optional.of(p), Optional.empty());
        }
        if (pool) {
            PooledTrend p = DoseResponse.poolCommonEffect(studies, o.model(), o.correlated());
            return new DoseAnalysis(o, designs, p.studies(), Optional.empty(), Optional.of(p));
        }
        List<StudyTrend> trends = studies.stream().map(s -> DoseResponse.trend(s, o.model(), o.correlated())).toList();
        return new DoseAnalysis(o, designs, trends, Optional.empty(), Optional.empty());
    }

    private static DoseDesign designOf(DoseStudy s) {
        for (DoseDesign d : DoseDesign.values()) {
            if (d.design == s.design()) {
                return d;
            }
        }
        throw new IllegalStateException("no spelling for " + s.design());
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
