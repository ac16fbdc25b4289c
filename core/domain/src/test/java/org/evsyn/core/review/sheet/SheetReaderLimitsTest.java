package org.evsyn.core.review.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.evsyn.core.input.InputLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a review sheet must be: a regular file of strict UTF-8, within the sheet limits. */
class SheetReaderLimitsTest {

    private static final Set<String> REQUIRED = Set.of("record_id", "stage", "decision");
    private static final Set<String> OPTIONAL = Set.of("reason");

    @TempDir
    Path dir;

    private final SheetReader reader = new SheetReader();

    @Test
    void aByteThatIsNotUtf8IsRefusedWithItsLineAndOffsetNotReplaced() throws IOException {
        byte[] head = "record_id,stage,decision,reason\npmid:1,full_text,exclude,not rand".getBytes(
                StandardCharsets.UTF_8);
        Path sheet = dir.resolve("screening.csv");
        try (OutputStream out = Files.newOutputStream(sheet)) {
            out.write(head);
            out.write(0xE9); // Latin-1 e-acute
            out.write("\npmid:2,title_abstract,include,\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> reader.read(sheet, REQUIRED, OPTIONAL)).isInstanceOf(SheetException.class)
                .hasMessage("screening.csv: line 2: not valid UTF-8 text: byte 0xE9 at byte offset " + head.length);
    }

    @Test
    void aDirectoryOrADeviceIsSaidToBeOne() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("screening.csv"));
        assertThatThrownBy(() -> reader.read(folder, REQUIRED, OPTIONAL)).hasMessage("screening.csv: is a directory");
        assertThatThrownBy(() -> reader.read(dir.resolve("none.csv"), REQUIRED, OPTIONAL))
                .hasMessage("none.csv: file not found");
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            assertThatThrownBy(() -> reader.read(zero, REQUIRED, OPTIONAL))
                    .hasMessageStartingWith("zero: is not a regular file");
        }
    }

    @Test
    void aSheetLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path sheet = dir.resolve("big.csv");
        try (var channel = java.nio.channels.FileChannel.open(sheet, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap("record_id,stage,decision\n".getBytes(StandardCharsets.UTF_8)),
                    InputLimits.SHEET_BYTES); // sparse: nothing is written before the end
        }
        assertThatThrownBy(() -> reader.read(sheet, REQUIRED, OPTIONAL))
                .hasMessage("big.csv: larger than 32 MiB (the limit of a sheet, which is read into memory)");
    }

    @Test
    void moreRowsThanTheLimitAreRefused() throws IOException {
        StringBuilder csv = new StringBuilder("record_id,stage,decision\n");
        csv.append(",,\n".repeat(InputLimits.SHEET_ROWS + 1));
        Path sheet = Files.writeString(dir.resolve("rows.csv"), csv);
        assertThatThrownBy(() -> reader.read(sheet, REQUIRED, OPTIONAL))
                .hasMessage("rows.csv: more than 500000 rows (the limit of a sheet)");
        assertThat(InputLimits.SHEET_ROWS).isEqualTo(500_000);
    }
}
