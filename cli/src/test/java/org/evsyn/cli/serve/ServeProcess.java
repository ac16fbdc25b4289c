package org.evsyn.cli.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code evsyn serve} process on this JVM's class path, started in {@code dir} with the given arguments
 * and read until it prints its address; closing it stops it as Ctrl-C would.
 */
final class ServeProcess implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("Token for (.+): (\\S+)");
    private static final Pattern URL = Pattern.compile("Screening at (http://\\S+) .*");

    private final Process process;
    private final List<String> lines;
    private final Map<String, String> tokens;
    private final URI url;

    private ServeProcess(Process process, List<String> lines, Map<String, String> tokens, URI url) {
        this.process = process;
        this.lines = lines;
        this.tokens = tokens;
        this.url = url;
    }

    static ServeProcess start(Path dir, Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "org.evsyn.cli.Main", "serve"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(log.toFile()).start();
        // A server that never says where it listens is stopped after a minute, which ends the read below.
        java.util.concurrent.CompletableFuture<Process> guard = p.onExit().orTimeout(60, TimeUnit.SECONDS);
        guard.exceptionally(e -> p.destroyForcibly());
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String line; (line = out.readLine()) != null; ) {
            lines.add(line);
            Matcher t = TOKEN.matcher(line);
            if (t.matches()) {
                tokens.put(t.group(1), t.group(2));
            }
            Matcher u = URL.matcher(line);
            if (u.matches()) {
                guard.complete(p);
                return new ServeProcess(p, lines, tokens, URI.create(u.group(1)));
            }
        }
        p.waitFor(30, TimeUnit.SECONDS);
        throw new IOException("evsyn serve stopped before serving (exit " + p.exitValue() + "); it printed " + lines
                + "; its stderr is in " + log);
    }

    /** What it printed up to its address. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /** The tokens it printed, by reviewer name. */
    Map<String, String> tokens() {
        return Map.copyOf(tokens);
    }

    URI url() {
        return url;
    }

    /** Stops it (SIGTERM, as Ctrl-C) and returns its exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
