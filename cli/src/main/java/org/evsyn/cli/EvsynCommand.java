package org.evsyn.cli;

import org.evsyn.cli.console.VersionProvider;

import org.evsyn.cli.bench.BenchCommand;
import org.evsyn.cli.ingest.IngestCommand;
import org.evsyn.cli.meta.MetaCommand;
import org.evsyn.cli.meta.dose.DoseResponseCommand;
import org.evsyn.cli.meta.fragility.FragilityCommand;
import org.evsyn.cli.meta.sequential.TsaCommand;
import org.evsyn.cli.meta.network.NmaCommand;
import org.evsyn.cli.run.ReportCommand;
import org.evsyn.cli.run.RunCommand;
import org.evsyn.cli.screen.ScreenCommand;
import org.evsyn.cli.serve.ServeCommand;
import org.evsyn.cli.store.BackupCommand;
import org.evsyn.cli.store.CopyCommand;
import org.evsyn.cli.store.CheckCommand;
import org.evsyn.cli.store.ExportCommand;
import org.evsyn.cli.store.ImportExportCommand;
import org.evsyn.cli.store.InitCommand;
import org.evsyn.cli.store.StatusCommand;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.util.List;

/**
 * The root command: holds the options every command shares. Its subcommands ({@link #SUBCOMMANDS}) are added by
 * {@link CommandLineFactory} rather than listed in the annotation, so that {@code evsyn meta} can be set up
 * without building the others.
 */
@Command(name = "evsyn",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Evidence synthesis: registry and literature exports in, published meta-analyses out.",
        footer = {"",
                "Examples:",
                "  evsyn init --db review.db",
                "  evsyn status --json",
                "  evsyn check",
                "  evsyn backup --to backups/evidence-copy.db",
                "  evsyn run examples/stem-cell-stroke",
                "  evsyn ingest --db review.db exports/*.json",
                "  evsyn meta --csv trials.csv --measure RR --method REML",
                "  evsyn nma --csv arms.csv --measure OR --reference Placebo --method REML",
                "  evsyn screen simulate --csv labelled.csv --label included",
                "",
                "The evidence store is ./evidence.db unless --db or the EVSYN_DB environment variable says otherwise.",
                "A command waits up to 300 s (--lock-wait, EVSYN_LOCK_WAIT) while another evsyn process holds the store.",
                "Exit codes: 0 success, 1 failure, 2 usage error."})
public final class EvsynCommand implements Runnable {

    /** The subcommands, in the order {@code evsyn --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            InitCommand.class,
            StatusCommand.class,
            CheckCommand.class,
            BackupCommand.class,
            CopyCommand.class,
            ExportCommand.class,
            ImportExportCommand.class,
            IngestCommand.class,
            BenchCommand.class,
            MetaCommand.class,
            NmaCommand.class,
            TsaCommand.class,
            FragilityCommand.class,
            DoseResponseCommand.class,
            RunCommand.class,
            ReportCommand.class,
            ScreenCommand.class,
            ServeCommand.class,
            AutoComplete.GenerateCompletion.class);

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces with errors.")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // No subcommand: show what there is, as a usage error would not help.
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
