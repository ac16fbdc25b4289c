package org.evsyn.cli.meta.network;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.ExitCodes;
import org.evsyn.cli.console.TerminalText;
import org.evsyn.cli.meta.CsvTable;
import org.evsyn.cli.meta.InputException;
import org.evsyn.cli.meta.JsonTree;
import org.evsyn.cli.meta.OutputFormat;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.network.DisconnectedNetworkException;
import org.evsyn.stats.network.Network;
import org.evsyn.stats.network.NetworkArm;
import org.evsyn.stats.network.NetworkFit;
import org.evsyn.stats.network.NetworkMethod;
import org.evsyn.stats.network.NetworkOptions;
import org.evsyn.stats.network.RankProbabilities;
import org.evsyn.stats.network.RankingDirection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code evsyn nma}: a network meta-analysis of the study arms in a CSV file (one row per arm), printed as a
 * netmeta-like summary or as one JSON object. The model is the contrast-based consistency model with one τ² and
 * correlation 1/2 between the contrasts of a multi-arm study (metafor's rma.mv with struct = "CS", rho = 1/2).
 */
@Command(name = "nma",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Network meta-analysis of the study arms in a CSV file (numbers match R's metafor rma.mv).",
                "One row per arm, the rows of a study together; columns by header name: study,treatment,events,n "
                        + "(OR, RR) or study,treatment,mean,sd,n (MD). Labels are matched exactly."},
        footer = {"",
                "Examples:",
                "  evsyn nma --csv smoking.csv --measure OR --reference no_contact --method REML --direction higher",
                "  evsyn nma --csv hba1c.csv --measure MD --reference placebo --method FE --format json",
                "",
                "The JSON keys are listed in docs/network.md.",
                "Exit codes: 0 success, 1 the input cannot be analysed (one line on stderr, nothing on stdout), "
                        + "2 usage error."})
public final class NmaCommand implements Callable<Integer> {

    /** Rankings: which end of the effect scale is good. */
    enum Direction {
        /** Small effects are good (deaths, strokes): the default. */
        LOWER,
        /** Large effects are good (quitting smoking). */
        HIGHER
    }

    /** The SUCRA simulation's seed unless --seed says otherwise. */
    static final long DEFAULT_SEED = 20261206L;
    /** The SUCRA simulation's draws unless --draws says otherwise. */
    static final int DEFAULT_DRAWS = 10_000;

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "Input CSV file, one row per arm.")
    Path csv;

    @Option(names = "--measure", required = true, paramLabel = "OR|RR|MD",
            description = "Effect measure: OR, RR (binary arms) or MD (continuous arms).")
    EffectMeasure measure;

    @Option(names = "--reference", required = true, paramLabel = "NAME",
            description = "Reference treatment, a label in the file (matched exactly).")
    String reference;

    @Option(names = "--method", required = true, paramLabel = "FE|REML|ML|DL",
            description = "FE (common effect), REML, ML, or DL (netmeta's generalised DerSimonian-Laird).")
    NetworkMethod method;

    @Option(names = "--level", paramLabel = "PERCENT", defaultValue = "95",
            description = "Confidence level in percent (default ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--cc", paramLabel = "VALUE", defaultValue = "0.5",
            description = "Continuity correction added to events and non-events of every arm of a corrected study "
                    + "(default ${DEFAULT-VALUE}).")
    double cc;

    @Option(names = "--cc-rule", paramLabel = "only0|all", defaultValue = "only0",
            description = "Which studies are corrected: only0 (a zero cell in some arm, default) or all.")
    CorrectionRule ccRule;

    @Option(names = "--keep-double-zero", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Keep studies with no events (or only events) in every arm; by default they are dropped "
                    + "(and listed).")
    boolean keepDoubleZero;

    @Option(names = "--direction", paramLabel = "lower|higher", defaultValue = "lower",
            description = "For rankings (P-scores, SUCRA): lower (default) or higher effects are better.")
    Direction direction;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DEFAULT_SEED,
            description = "Seed of the SUCRA simulation (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "" + DEFAULT_DRAWS,
            description = "Draws of the SUCRA simulation (default ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output: text (default) or json.")
    OutputFormat format;

    /**
     * The command; picocli sets the options.
     *
     * @param environment the process environment
     */
    @Inject
    public NmaCommand(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Integer call() {
        NetworkOptions options = options();
        String file = csv.toString();
        String printed;
        try {
            CsvTable table = CsvTable.read(environment.workingDirectory().resolve(csv), file);
            List<NetworkArm> arms = new ArmReader(table, measure).arms();
            requireReference(arms, file);
            NetworkFit fit = Network.netmeta(arms, options);
            RankProbabilities ranks = fit.rankProbabilities(seed, draws);
            // The whole output is made before any of it is printed: a failure prints nothing on stdout.
            printed = format == OutputFormat.JSON
                    ? new JsonTree().write(null, NetworkJson.of(fit, ranks, NetworkJson.echo(options, seed, draws)))
                    + System.lineSeparator()
                    : new NetworkText(fit, ranks, file).render();
        } catch (InputException e) {
            return fail(e.getMessage());
        } catch (DisconnectedNetworkException e) {
            return fail(file + ": " + disconnected(e.components(), reference));
        } catch (StatsException e) {
            return fail(file + ": " + e.getMessage());
        }
        environment.out().print(printed);
        environment.out().flush();
        return ExitCodes.OK;
    }

    /**
     * The one-line message for a network in pieces, naming every sub-network's treatments: the reference's
     * sub-network first, the others by their first label; labels in code point order, so that the message does not
     * depend on the order the components were found in.
     */
    static String disconnected(List<List<String>> components, String reference) {
        List<List<String>> sorted = new ArrayList<>();
        for (List<String> c : components) {
            sorted.add(c.stream().sorted().toList());
        }
        sorted.sort(Comparator.comparing((List<String> c) -> !c.contains(reference))
                .thenComparing(c -> c.isEmpty() ? "" : c.get(0)));
        StringBuilder b = new StringBuilder("the network is disconnected: its treatments fall into ")
                .append(sorted.size()).append(" sub-networks that no study links: ");
        for (int i = 0; i < sorted.size(); i++) {
            b.append(i == 0 ? "" : "; ").append('{').append(String.join(", ", sorted.get(i))).append('}');
        }
        return b.append(" (analyse each sub-network on its own, or add studies that link them)").toString();
    }

    private void requireReference(List<NetworkArm> arms, String file) {
        Set<String> treatments = new LinkedHashSet<>();
        for (NetworkArm a : arms) {
            treatments.add(a.treatment());
        }
        if (!treatments.contains(reference)) {
            throw new InputException(file + ": --reference '" + reference + "' is not a treatment in the file "
                    + "(treatments: " + String.join(", ", treatments.stream().sorted().toList()) + ")");
        }
    }

    private int fail(String message) {
        environment.err().println("evsyn: " + TerminalText.line(message));
        environment.err().flush();
        return ExitCodes.FAILURE;
    }

    /** The fit's options, or a usage error (exit code 2) for values that make no sense. */
    private NetworkOptions options() {
        if (measure != EffectMeasure.OR && measure != EffectMeasure.RR && measure != EffectMeasure.MD) {
            throw usage("--measure must be OR, RR or MD for a network of arms, got " + measure);
        }
        if (!(level > 0 && level < 100)) {
            throw usage("--level must lie strictly between 0 and 100, got " + level);
        }
        if (!(cc >= 0) || !Double.isFinite(cc)) {
            throw usage("--cc must be a number >= 0, got " + cc);
        }
        if (ccRule == CorrectionRule.NONE) {
            throw usage("--cc-rule must be only0 or all (a zero cell has no finite log ratio)");
        }
        if (draws < 1) {
            throw usage("--draws must be at least 1, got " + draws);
        }
        return new NetworkOptions(measure, reference, method, level, new ContinuityCorrection(cc, ccRule,
                !keepDoubleZero), direction == Direction.HIGHER ? RankingDirection.HIGHER_IS_BETTER
                : RankingDirection.LOWER_IS_BETTER);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
