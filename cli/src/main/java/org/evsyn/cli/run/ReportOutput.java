package org.evsyn.cli.run;

import org.evsyn.cli.console.Environment;
import org.evsyn.reporting.ReportOptions;
import org.evsyn.reporting.ReportTarget;
import org.evsyn.reporting.ReportTargetException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report options {@code run} and {@code report} share, and the rules for where a report may go: never the root
 * folder, the home folder or the review folder itself, and a folder holding other files than an earlier report
 * only with {@code --force}. The rules are checked before anything is read into the store or written.
 */
public final class ReportOutput {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default: ./report).")
    Path out;

    @Option(names = "--force", description = "Write into a folder that holds other files than an earlier report: "
            + "the report's own files are replaced there, the others are kept.")
    boolean force;

    // Rasterising every figure at 300 dpi took most of a run's time and memory, so PNG copies are opt-in.
    @Option(names = "--png", description = "Also write a PNG copy of every figure (off by default: it takes most "
            + "of a run's time and memory).")
    boolean png;

    @Option(names = "--no-png", hidden = true, description = "Accepted for older scripts; SVG only is the default.")
    boolean noPng;

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution with --png (default: 300).")
    Integer dpi;

    /** The report directory, absolute. */
    Path directory(Environment environment) {
        return environment.workingDirectory().resolve(out != null ? out : Path.of("report")).normalize();
    }

    /**
     * PNG settings and --force.
     *
     * @throws CommandLine.ParameterException (a usage error) when the options contradict each other
     */
    ReportOptions options() {
        if (png && noPng) {
            throw new CommandLine.ParameterException(mixee.commandLine(),
                    "--png and --no-png contradict each other; give one of them");
        }
        if (dpi != null && !png) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--dpi " + dpi
                    + " sets the resolution of PNG copies, which are written only with --png; add --png");
        }
        ReportOptions o = png ? ReportOptions.defaults().withDpi(dpi != null ? dpi : ReportOptions.DEFAULT_DPI)
                : ReportOptions.defaults().withoutPng();
        return force ? o.withForce() : o;
    }

    /**
     * The report directory after checking it may take the report of {@code reviewDir}.
     *
     * @throws IllegalStateException with a one-line message naming the folder and what to do instead
     */
    Path checkedDirectory(Environment environment, Path reviewDir) {
        Path dir = directory(environment);
        String name = "--out " + dir;
        Path real = real(dir);
        if (real.getParent() == null) {
            throw new IllegalStateException(name + ": refusing to write a report into the root folder; name a "
                    + "folder of its own (e.g. " + dir.resolve("report") + ")");
        }
        for (Path home : homes(environment)) {
            if (real.equals(home)) {
                throw new IllegalStateException(name + ": refusing to write a report into the home folder; name a "
                        + "folder of its own (e.g. " + dir.resolve("report") + ")");
            }
        }
        if (Files.isDirectory(reviewDir) && real.equals(real(reviewDir))) {
            throw new IllegalStateException(name + ": is the review folder itself; the report goes into a folder "
                    + "of its own (e.g. " + dir.resolve("report") + ")");
        }
        ReportTarget target;
        try {
            target = ReportTarget.inspect(dir);
        } catch (ReportTargetException e) {
            throw new IllegalStateException("--out " + e.getMessage(), e);
        }
        if (!target.blocked().isEmpty()) {
            throw new IllegalStateException(name + ": holds " + target.blockedDescription() + " where the report's "
                    + "own goes; choose another folder");
        }
        if (!target.writable(options())) {
            throw new IllegalStateException(name + ": the folder is not empty and does not look like an earlier "
                    + "evsyn report (it holds " + target.othersDescription() + "); choose a new or empty folder, or "
                    + "add --force to write the report's files into it (other files are kept)");
        }
        return dir;
    }

    /** The home folder as the environment and the JVM know it, links resolved. */
    private static List<Path> homes(Environment environment) {
        List<Path> homes = new ArrayList<>();
        Optional<String> variable = environment.variable("HOME");
        variable.ifPresent(h -> homes.add(real(Path.of(h).toAbsolutePath())));
        String property = System.getProperty("user.home");
        if (property != null && !property.isBlank()) {
            homes.add(real(Path.of(property).toAbsolutePath()));
        }
        return homes;
    }

    /** The path with links resolved as far as it exists: "/x/link/new" is "/real/new" when only "new" is missing. */
    private static Path real(Path path) {
        Path p = path.toAbsolutePath().normalize();
        Path missing = Path.of("");
        while (p.getParent() != null && !Files.exists(p)) {
            missing = p.getFileName().resolve(missing);
            p = p.getParent();
        }
        try {
            return p.toRealPath().resolve(missing).normalize();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
