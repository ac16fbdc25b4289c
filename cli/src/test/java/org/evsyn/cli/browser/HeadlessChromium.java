package org.evsyn.cli.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium process with its DevTools endpoint open on a free local port, and a fresh profile that is
 * deleted on close. Tests reach it through {@link DevTools}.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Where Debian's {@code chromium} package installs the browser. */
    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final URI endpoint;

    private HeadlessChromium(Process process, Path profile, URI endpoint) {
        this.process = process;
        this.profile = profile;
        this.endpoint = endpoint;
    }

    /** Why the browser tests cannot run here, or empty when they can. */
    public static Optional<String> unavailable() {
        return Files.isExecutable(EXECUTABLE) ? Optional.empty()
                : Optional.of("Chromium not installed at " + EXECUTABLE + " (Debian package 'chromium'); "
                + "skipping the browser check");
    }

    /** Starts the browser and waits up to 60 s for its DevTools endpoint; its log goes to {@code log}. */
    public static HeadlessChromium start(Path log) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("evsyn-chromium-profile");
        // Port 0: the browser picks a free port and prints the endpoint, so parallel builds never collide.
        Process p = new ProcessBuilder(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "about:blank")).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return new HeadlessChromium(p, profile, URI.create(m.group(1)));
            }
            Thread.sleep(50);
        }
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        deleteTree(profile);
        throw new IOException("Chromium printed no DevTools endpoint within 60 s (exit "
                + (p.isAlive() ? "none" : p.exitValue()) + "); its log: " + log);
    }

    /** The browser-wide DevTools websocket address. */
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        // The renderer and helper processes outlive the main one for a moment and keep writing to the profile.
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle h : helpers) {
            h.destroyForcibly();
            h.onExit().completeOnTimeout(h, 10, TimeUnit.SECONDS).join();
        }
        deleteTree(profile);
    }

    /** Deletes the profile, walking it again when a late write put a file back into an emptied folder. */
    private static void deleteTree(Path dir) throws IOException, InterruptedException {
        for (int attempt = 1; Files.exists(dir); attempt++) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 5) {
                    throw e;
                }
                Thread.sleep(200L * attempt);
            }
        }
    }
}
