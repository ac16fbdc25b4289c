package org.evsyn.cli.run;

import org.evsyn.cli.Environment;
import org.evsyn.reporting.ReportOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The report options {@code run} and {@code report} share. */
public final class ReportOutput {

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default: ./report).")
    Path out;

    @Option(names = "--no-png", description = "Write SVG figures only (no PNG copies).")
    boolean noPng;

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution (default: ${DEFAULT-VALUE}).")
    int dpi = ReportOptions.DEFAULT_DPI;

    /** The report directory, absolute. */
    Path directory(Environment environment) {
        return environment.workingDirectory().resolve(out != null ? out : Path.of("report")).normalize();
    }

    /** PNG settings. */
    ReportOptions options() {
        return noPng ? ReportOptions.defaults().withoutPng() : ReportOptions.defaults().withDpi(dpi);
    }
}
