package org.evsyn.cli.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meta CSV is held in memory whole, so it is bounded: a device, FIFO or folder is refused for what it is (the
 * reader read {@code /dev/zero} until the heap ran out), and text beyond the bound is refused, a gzip bomb while it
 * inflates.
 */
class CsvTableLimitsTest {

    private static final long SMALL = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void aDeviceOrAFolderIsRefusedForWhatItIs() throws IOException {
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            CommandRun run = CommandRun.run(dir, "meta", "--csv", "/dev/zero", "--measure", "RR", "--method", "REML");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("evsyn: /dev/zero: is not a regular file (a FIFO, device or socket); only"
                    + " regular files are read" + System.lineSeparator());
        }
        Files.createDirectory(dir.resolve("folder"));
        CommandRun folder = CommandRun.run(dir, "meta", "--csv", "folder", "--measure", "RR", "--method", "REML");
        assertThat(folder.err()).isEqualTo("evsyn: folder: is a directory" + System.lineSeparator());
    }

    @Test
    void aGzipBombIsRefusedWhileItInflates() throws IOException {
        Path bomb = dir.resolve("bomb.csv.gz");
        byte[] zeros = new byte[1 << 16];
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write("study,yi,vi\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            for (int i = 0; i < 64; i++) { // 4 MiB of text in a few kilobytes
                out.write(zeros);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(SMALL / 64);
        assertThatThrownBy(() -> CsvTable.read(bomb, "bomb.csv.gz", SMALL)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("bomb.csv.gz: expands to more than 1 MiB of text, more than this Java heap (")
                .hasMessageEndingWith("a larger heap, e.g. EVSYN_JAVA_OPTS=-Xmx4g, reads more");
    }

    @Test
    void aGzipFileWhoseTrailerUnderstatesItsSizeIsRefusedToo() throws IOException {
        Path lying = dir.resolve("lying.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(lying))) {
            out.write(new byte[(int) SMALL * 2]);
        }
        byte[] gz = Files.readAllBytes(lying);
        gz[gz.length - 4] = 10; // the trailer now says 10 bytes
        gz[gz.length - 3] = 0;
        gz[gz.length - 2] = 0;
        gz[gz.length - 1] = 0;
        Files.write(lying, gz);
        assertThatThrownBy(() -> CsvTable.read(lying, "lying.csv.gz", SMALL))
                .hasMessageStartingWith("lying.csv.gz: expands to more than 1 MiB of text");
    }

    @Test
    void plainTextBeyondTheBoundIsRefusedBeforeItIsRead() throws IOException {
        Path big = Files.write(dir.resolve("big.csv"), new byte[(int) SMALL + 1]);
        assertThatThrownBy(() -> CsvTable.read(big, "big.csv", SMALL))
                .hasMessageStartingWith("big.csv: is 1 MiB of text, more than this Java heap (");
    }

    @Test
    void theBoundIsAtMostOneGibibyteAndAtMostASixthOfTheHeap() throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.csv"), "study,yi,vi\nA,1,2\n");
        assertThat(CsvTable.read(ok, "ok.csv").rowCount()).isEqualTo(1);
        assertThat(CsvTable.MAX_TEXT_BYTES).isEqualTo(1L << 30);
    }
}
