package org.evsyn.cli.screen;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code evsyn screen}: title/abstract screening; its subcommands do the work. */
@Command(name = "screen",
        mixinStandardHelpOptions = true,
        description = "Screening: measure the active-learning order on a labelled review.",
        subcommands = {SimulateCommand.class},
        footer = {"", "Examples:",
                "  evsyn screen simulate --csv cohen2006_NSAIDS.csv --label included",
                "  evsyn screen simulate --csv labelled.csv.gz --seeds 20 --format json"})
public final class ScreenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
