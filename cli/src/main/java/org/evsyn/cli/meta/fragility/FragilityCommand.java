package org.evsyn.cli.meta.fragility;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.ExitCodes;
import org.evsyn.cli.meta.CommandFailure;
import org.evsyn.cli.meta.JsonOutput;
import org.evsyn.cli.meta.OutputFormat;
import org.evsyn.cli.meta.StudyCsv;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.InvalidStudyException;
import org.evsyn.stats.effect.Study;
import org.evsyn.stats.fragility.Fragility;
import org.evsyn.stats.fragility.FragilityOptions;
import org.evsyn.stats.fragility.MetaFragility;
import org.evsyn.stats.fragility.SearchMethod;
import org.evsyn.stats.fragility.StudyFragility;
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
 * {@code evsyn fragility}: the Walsh fragility index of one 2x2 table ({@code --events}), or the fragility index
 * and quotient of a binary meta-analysis with the Walsh index of each study ({@code --csv}).
 */
@Command(name = "fragility",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Fragility index: of one 2x2 table (Walsh, Fisher's exact test) with --events, or of a "
                + "meta-analysis of 2x2 tables (Atal et al. 2019) with --csv.",
                "CSV columns as evsyn meta: study,treat_events,treat_n,ctrl_events,ctrl_n."},
        footer = {"",
                "Examples:",
                "  evsyn fragility --events 16,165,36,167",
                "  evsyn fragility --csv trials.csv --measure OR --method DL --format json",
                "  evsyn fragility --csv trials.csv --measure RR --alpha 0.005 --search greedy",
                "",
                "Exit codes: 0 success, 1 the analysis failed (JSON: {\"error\": ...}), 2 usage error."})
public final class FragilityCommand implements Callable<Integer> {

    private final Environment environment;
    private final StudyCsv input;
    private final JsonOutput json;

    @Spec
    CommandSpec spec;

    @Option(names = "--events", split = ",", paramLabel = "a,n1,c,n2",
            description = "One 2x2 table: treatment events, treatment size, control events, control size.")
    List<Integer> events;

    @Option(names = "--csv", paramLabel = "FILE", description = "A meta-analysis: input CSV file (or .csv.gz).")
    Path csv;

    @Option(names = "--measure", paramLabel = "OR|RR|RD", defaultValue = "OR",
            description = "Measure of the meta-analysis (default ${DEFAULT-VALUE}).")
    FragilityMeasure measure;

    @Option(names = "--method", paramLabel = "DL|REML|FE", defaultValue = "DL",
            description = "Pooled model of the meta-analysis (default ${DEFAULT-VALUE}).")
    FragilityMethod method;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Significance level (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--search", paramLabel = "greedy|exact|auto", defaultValue = "auto",
            description = "Meta-analysis search: greedy (as R's fragility package), exact (breadth-first, the true "
                    + "minimum) or auto (exact when small enough; default).")
    SearchMethod search;

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
    public FragilityCommand(Environment environment, StudyCsv input, JsonOutput json) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.input = Objects.requireNonNull(input, "input");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public Integer call() {
        if ((events == null) == (csv == null)) {
            throw usage("give either --events a,n1,c,n2 or --csv FILE");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw usage("--alpha must be strictly between 0 and 1, got " + alpha);
        }
        return events != null ? table() : metaAnalysis();
    }

    private int table() {
        if (events.size() != 4) {
            throw usage("--events needs four whole numbers a,n1,c,n2, got " + events.size());
        }
        BinaryStudy study;
        try {
            study = new BinaryStudy("table", events.get(0), events.get(1), events.get(2), events.get(3));
        } catch (InvalidStudyException e) {
            throw usage("--events: " + e.getMessage());
        }
        StudyFragility f = Fragility.walsh(study, alpha);
        print(FragilityDocument.of(f, alpha), FragilityDocument.textLines(f, alpha));
        return ExitCodes.OK;
    }

    private int metaAnalysis() {
        MetaFragility f;
        try {
            List<Study> studies = input.read(environment.workingDirectory().resolve(csv), csv.toString(),
                    measure.measure);
            f = Fragility.metaAnalysis(studies.stream().map(BinaryStudy.class::cast).toList(),
                    new FragilityOptions(measure.measure, method.method, alpha, search));
        } catch (StudyCsv.Unreadable | StatsException e) {
            return CommandFailure.report(environment, format, json, e.getMessage());
        }
        print(FragilityDocument.of(f), FragilityDocument.textLines(f));
        return ExitCodes.OK;
    }

    private void print(java.util.Map<String, Object> document, List<String> text) {
        PrintWriter out = environment.out();
        if (format == OutputFormat.JSON) {
            out.println(json.write(document));
        } else {
            text.forEach(out::println);
        }
        out.flush();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
