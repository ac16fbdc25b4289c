package org.evsyn.cli.meta;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.ExitCodes;
import org.evsyn.cli.console.TerminalText;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.analysis.AnalysisBlock;
import org.evsyn.stats.analysis.AnalysisDocument;
import org.evsyn.stats.analysis.AnalysisInput;
import org.evsyn.stats.analysis.AnalysisMethod;
import org.evsyn.stats.analysis.AnalysisOptions;
import org.evsyn.stats.analysis.AnalysisOutcome;
import org.evsyn.stats.analysis.MetaAnalysisRunner;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.effect.EffectMeasure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * {@code evsyn meta}: a whole meta-analysis of the studies in a CSV file, printed as a summary or as JSON; with
 * {@code --split-by}, one independent analysis per value of a column, printed as one JSON object per line.
 */
@Command(name = "meta",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Meta-analysis of the studies in a CSV file (results match R's metafor).",
                "Columns by header name: study,treat_events,treat_n,ctrl_events,ctrl_n (RR, OR, RD, PETO); "
                        + "study,treat_n,treat_mean,treat_sd,ctrl_n,ctrl_mean,ctrl_sd (MD, SMD); "
                        + "study,yi,vi or study,yi,sei (GENERIC). Gzip-compressed files are read as they are."},
        footer = {"",
                "Examples:",
                "  evsyn meta --csv bcg.csv --measure RR --method REML",
                "  evsyn meta --csv bcg.csv --measure OR --method MH --by alloc --format json",
                "  evsyn meta --csv batch.csv.gz --measure MD --method REML --split-by analysis --format json",
                "",
                "Exit codes: 0 success, 1 an analysis failed (JSON: {\"error\": ...}), 2 usage error."})
public final class MetaCommand implements Callable<Integer> {

    private final Environment environment;
    private final MetaAnalysisRunner runner;
    private final CsvPrefetch input;
    private final JsonTree json = new JsonTree();

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "Input CSV file (or .csv.gz).")
    Path csv;

    @Option(names = "--measure", required = true, paramLabel = "MEASURE",
            description = "Effect measure: MD, SMD, RR, OR, RD, PETO or GENERIC.")
    EffectMeasure measure;

    @Option(names = "--method", required = true, paramLabel = "METHOD",
            description = "Pooling: FE, DL, REML, ML, PM, SJ, HE, EB, HS (inverse variance), MH or PETO.")
    AnalysisMethod method;

    @Option(names = "--test", paramLabel = "z|knha", defaultValue = "z",
            description = "Inference for the pooled effect: z (default) or knha (Knapp-Hartung).")
    TestMethod test;

    @Option(names = "--trimfill-test", paramLabel = "z|knha", defaultValue = "z",
            description = "Test of trim and fill's filled model: z (default, as metafor's trimfill(res)) or knha "
                    + "(as trimfill(res, test=\"knha\")).")
    TestMethod trimFillTest;

    @Option(names = "--level", paramLabel = "PERCENT", defaultValue = "95",
            description = "Confidence level in percent (default ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--cc", paramLabel = "VALUE", defaultValue = "0.5",
            description = "Continuity correction added to the cells of corrected 2x2 tables (default ${DEFAULT-VALUE}).")
    double cc;

    @Option(names = "--cc-rule", paramLabel = "only0|all|none", defaultValue = "only0",
            description = "Which tables are corrected: only0 (zero cell, default), all, none.")
    CorrectionRule ccRule;

    @Option(names = "--keep-double-zero", negatable = true,
            description = "Keep studies with no events (or only events) in both arms. Default: dropped for MH and "
                    + "PETO, kept for inverse-variance methods (metafor's defaults); --no-keep-double-zero drops them.")
    Boolean keepDoubleZero;

    @Option(names = "--by", paramLabel = "COLUMN", description = "Subgroup analysis by this column.")
    String by;

    @Option(names = "--moderator", paramLabel = "COLUMN", split = ",",
            description = "Meta-regression on these numeric column(s).")
    List<String> moderators = new ArrayList<>();

    @Option(names = "--split-by", paramLabel = "COLUMN",
            description = "One independent analysis per value of this column, printed as JSON lines.")
    String splitBy;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output: text (default) or json.")
    OutputFormat format;

    @Option(names = "--blocks", paramLabel = "LIST", split = ",", defaultValue = "all",
            description = "Secondary analyses: all (default), main (none), or a list of leave_one_out, influence, "
                    + "egger, begg, trimfill, subgroups, metaregression, cumulative.")
    List<String> blocks;

    /**
     * The command; picocli sets the options.
     *
     * @param environment the process environment
     * @param runner      runs the analyses
     * @param input       the input file, possibly already being read
     */
    @Inject
    public MetaCommand(Environment environment, MetaAnalysisRunner runner, CsvPrefetch input) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.input = Objects.requireNonNull(input, "input");
    }

    @Override
    public Integer call() {
        AnalysisOptions options = options();
        PrintWriter out = environment.out();
        boolean jsonOut = format == OutputFormat.JSON || splitBy != null;
        CsvTable table;
        StudyColumns columns;
        int splitColumn = -1;
        try {
            table = input.read(environment.workingDirectory().resolve(csv), csv.toString());
            columns = new StudyColumns(table, measure, Optional.ofNullable(by), moderators);
            if (splitBy != null) {
                splitColumn = table.requireColumn(splitBy, " (given with --split-by)");
            }
        } catch (InputException e) {
            if (!jsonOut) {
                throw e;
            }
            return fail(json.write(null, AnalysisDocument.error(e.getMessage())), e.getMessage());
        }
        if (splitBy != null) {
            return split(table, splitColumn, columns, options);
        }
        AnalysisOutcome outcome = analyse(columns, IntStream.range(0, table.rowCount()).toArray(), options);
        if (outcome instanceof AnalysisOutcome.Failed f) {
            if (jsonOut) {
                return fail(json.write(null, AnalysisDocument.of(outcome)), f.message());
            }
            environment.err().println("evsyn: " + TerminalText.line(f.message()));
            environment.err().flush();
            return ExitCodes.FAILURE;
        }
        var result = ((AnalysisOutcome.Completed) outcome).result();
        if (jsonOut) {
            out.println(json.write(null, AnalysisDocument.of(result)));
        } else {
            out.print(TextReport.render(result, csv.toString()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * One analysis per split value, in order of first appearance. The analyses run on every core and their lines
     * are printed in order as they are done (see {@link OrderedBlocks}).
     */
    private int split(CsvTable table, int column, StudyColumns columns, AnalysisOptions options) {
        List<CsvTable.Group> groups = table.groupBy(column);
        PrintWriter out = environment.out();
        int failures = new OrderedBlocks(Runtime.getRuntime().availableProcessors()).run(groups.size(), (i, text) -> {
            CsvTable.Group g = groups.get(i);
            AnalysisOutcome outcome = analyse(columns, g.rows(), options);
            json.write(text, g.key(), AnalysisDocument.of(outcome)).append('\n');
            return outcome instanceof AnalysisOutcome.Failed;
        }, out);
        out.flush();
        if (failures > 0) {
            environment.err().println("evsyn: " + failures + " of " + groups.size() + " analyses failed (see their "
                    + "\"error\" fields)");
            environment.err().flush();
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private AnalysisOutcome analyse(StudyColumns columns, int[] rows, AnalysisOptions options) {
        AnalysisInput input;
        try {
            input = columns.input(rows);
        } catch (InputException e) {
            return new AnalysisOutcome.Failed(e.getMessage());
        }
        return runner.run(input, options);
    }

    private int fail(String jsonLine, String message) {
        environment.out().println(jsonLine);
        environment.out().flush();
        environment.err().println("evsyn: " + TerminalText.line(message));
        environment.err().flush();
        return ExitCodes.FAILURE;
    }

    /** The analysis options, or a usage error (exit code 2) for combinations that make no sense. */
    private AnalysisOptions options() {
        String problem = usageProblem();
        if (problem != null) {
            throw usage(problem);
        }
        ContinuityCorrection defaults = AnalysisOptions.defaultCorrection(method, cc, ccRule);
        ContinuityCorrection correction = keepDoubleZero == null ? defaults
                : new ContinuityCorrection(cc, ccRule, !keepDoubleZero);
        return new AnalysisOptions(measure, method, test, level, correction, parseBlocks(), trimFillTest);
    }

    /** Why the options make no sense together (a usage error), or null when they do. */
    String usageProblem() {
        if (!(level > 0 && level < 100)) {
            return "--level must lie strictly between 0 and 100, got " + level;
        }
        if (!(cc >= 0) || !Double.isFinite(cc)) {
            return "--cc must be a number >= 0, got " + cc;
        }
        if (method == AnalysisMethod.MH && !(measure == EffectMeasure.OR || measure == EffectMeasure.RR
                || measure == EffectMeasure.RD)) {
            return "--method MH needs --measure OR, RR or RD";
        }
        if (method == AnalysisMethod.PETO && measure != EffectMeasure.PETO && measure != EffectMeasure.OR) {
            return "--method PETO needs --measure PETO";
        }
        if (!method.isInverseVariance() && test == TestMethod.KNHA) {
            return "--test knha applies to inverse-variance methods only, not " + method;
        }
        for (String b : blocks) {
            String name = b.trim();
            if (!name.equalsIgnoreCase("all") && !name.equalsIgnoreCase("main")) {
                try {
                    AnalysisBlock.parse(name);
                } catch (IllegalArgumentException e) {
                    return "--blocks: " + e.getMessage() + " (use all, main, or block names such as "
                            + "leave_one_out,influence)";
                }
            }
        }
        return null;
    }

    private Set<AnalysisBlock> parseBlocks() {
        Set<AnalysisBlock> set = EnumSet.noneOf(AnalysisBlock.class);
        for (String b : blocks) {
            String name = b.trim();
            if (name.equalsIgnoreCase("all")) {
                set.addAll(AnalysisBlock.all());
            } else if (!name.equalsIgnoreCase("main")) {
                set.add(AnalysisBlock.parse(name));
            }
        }
        return set;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
