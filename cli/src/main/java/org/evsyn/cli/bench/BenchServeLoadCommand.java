package org.evsyn.cli.bench;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.serve.LoadReport;
import org.evsyn.cli.serve.ServeLoad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Simulated reviewers deciding at once against a running {@code evsyn serve}; prints throughput and latency. */
@Command(name = "serve-load",
        mixinStandardHelpOptions = true,
        description = {"Load a running 'evsyn serve' with simulated reviewers deciding at once, then check that "
                + "every accepted decision is stored exactly once.",
                "Only for a server on this machine (127.0.0.1 or localhost)."},
        footer = {"", "Examples:",
                "  evsyn serve review --db r.db --port 8080 --reviewer r1 --reviewer r2 > serve.out &",
                "  evsyn bench serve-load --url http://127.0.0.1:8080/ --tokens serve.out --seconds 60",
                "", "Exit code 1 when a decision was lost, duplicated or refused."})
public final class BenchServeLoadCommand implements Callable<Integer> {

    private static final Pattern TOKEN = Pattern.compile("Token for (.+): (\\S+)");

    private final Environment environment;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8080/.")
    URI url;

    @Option(names = "--tokens", required = true, paramLabel = "FILE",
            description = "What 'evsyn serve' printed: its 'Token for NAME: TOKEN' lines name the reviewers.")
    Path tokens;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60",
            description = "How long the reviewers decide (default: ${DEFAULT-VALUE}; at most 600).")
    int seconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Inject
    BenchServeLoadCommand(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Integer call() throws InterruptedException {
        String host = url.getHost() == null ? "" : url.getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--url must be a server on this machine (127.0.0.1 or localhost), not " + host);
        }
        if (seconds < 1 || seconds > 600) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must be 1 to 600");
        }
        List<ServeLoad.Credentials> reviewers = read(environment.workingDirectory().resolve(tokens));
        if (reviewers.isEmpty()) {
            throw new IllegalArgumentException(tokens + ": no 'Token for NAME: TOKEN' line");
        }
        URI base = url.toString().endsWith("/") ? url : URI.create(url + "/");
        LoadReport report = new ServeLoad(base).run(reviewers, Duration.ofSeconds(seconds));
        environment.out().println(report.summary());
        report.problems().forEach(p -> environment.err().println("evsyn: " + p));
        return report.lost() + report.duplicated() + report.refused() == 0 ? 0 : 1;
    }

    private static List<ServeLoad.Credentials> read(Path file) {
        try {
            List<ServeLoad.Credentials> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher m = TOKEN.matcher(line.trim());
                if (m.matches()) {
                    out.add(new ServeLoad.Credentials(m.group(1), m.group(2)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
