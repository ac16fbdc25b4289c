package org.evsyn.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs R's {@code Rscript --vanilla} for tests that check evsyn's numbers or generated scripts against R. Output goes
 * to a log file in the working folder, so a chatty script cannot block on a full pipe.
 */
public final class Rscript {

    /** Where Debian's r-base-core installs it (what CI installs). */
    public static final Path PATH = Path.of("/usr/bin/Rscript");

    /** How one run ended: exit status and everything it printed (stdout and stderr). */
    public record Run(int exit, String output) {
    }

    private Rscript() {
    }

    /** Whether Rscript is installed. */
    public static boolean installed() {
        return Files.isExecutable(PATH);
    }

    /** Whether Rscript is installed and loads metafor. */
    public static boolean hasMetafor(Path dir) throws IOException, InterruptedException {
        return installed() && run(dir, 60, "-e", "library(metafor)").exit() == 0;
    }

    /**
     * Runs {@code Rscript --vanilla args} in {@code dir}.
     *
     * @throws AssertionError when it does not finish within {@code timeoutSeconds} (it is killed)
     */
    public static Run run(Path dir, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(PATH.toString(), "--vanilla"));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "rscript-", ".log");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Rscript did not finish within " + timeoutSeconds + " s: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
