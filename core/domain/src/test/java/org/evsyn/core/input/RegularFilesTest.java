package org.evsyn.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegularFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRegularFileAndALinkToOneAreReadable() throws IOException {
        Path file = Files.writeString(dir.resolve("a.csv"), "x");
        assertThat(RegularFiles.problem(file)).isEmpty();
        assertThat(RegularFiles.problem(Files.createSymbolicLink(dir.resolve("link.csv"), file))).isEmpty();
    }

    @Test
    void eachOtherKindOfPathSaysWhatItIs() throws IOException {
        assertThat(RegularFiles.problem(dir.resolve("none.csv"))).contains("no such file");
        assertThat(RegularFiles.problem(dir)).contains("is a directory");
        assertThat(RegularFiles.problem(Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("gone"))))
                .contains("is a broken symbolic link (its target does not exist)");
    }

    @Test
    void aDeviceOrAFifoIsNotARegularFile() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");
        assertThat(RegularFiles.problem(zero))
                .hasValueSatisfying(p -> assertThat(p).startsWith("is not a regular file"));
        Path fifo = dir.resolve("fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
        assertThat(RegularFiles.problem(fifo))
                .hasValueSatisfying(p -> assertThat(p).startsWith("is not a regular file"));
    }
}
