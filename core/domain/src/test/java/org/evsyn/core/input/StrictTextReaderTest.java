package org.evsyn.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StrictTextReaderTest {

    @Test
    void handsOutEveryCharacterBeforeABadByteThenNamesItsOffset() throws IOException {
        byte[] bytes = "ab\ncd\u00e9\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(bytes, bytes.length + 3);
        bad[bytes.length] = 'x';
        bad[bytes.length + 1] = (byte) 0xFF;
        bad[bytes.length + 2] = 'y';
        StringBuilder read = new StringBuilder();
        try (Reader r = new StrictTextReader(new ByteArrayInputStream(bad), StandardCharsets.UTF_8)) {
            assertThatThrownBy(() -> {
                for (int c = r.read(); c >= 0; c = r.read()) {
                    read.append((char) c);
                }
            }).isInstanceOf(InvalidTextException.class)
                    .hasMessage("not valid UTF-8 text: byte 0xFF at byte offset 9")
                    .extracting(e -> ((InvalidTextException) e).byteOffset()).isEqualTo(9L);
        }
        assertThat(read).hasToString("ab\ncd\u00e9\nx");
    }

    @Test
    void countsOffsetsAcrossBlocksAndFromWhereTheStreamStarts() throws IOException {
        byte[] bad = new byte[200_000];
        Arrays.fill(bad, (byte) 'a');
        bad[150_001] = (byte) 0xC3; // a lead byte followed by 'a' is malformed
        try (Reader r = new StrictTextReader(new ByteArrayInputStream(bad), StandardCharsets.UTF_8, 3)) {
            char[] buffer = new char[4096];
            assertThatThrownBy(() -> {
                while (r.read(buffer, 0, buffer.length) >= 0) {
                    // read on
                }
            }).hasMessage("not valid UTF-8 text: byte 0xC3 at byte offset 150004");
        }
    }

    @Test
    void aCharacterCutOffByTheEndIsBad() {
        byte[] cut = {'o', 'k', (byte) 0xE2, (byte) 0x82};
        assertThatThrownBy(() -> {
            try (Reader r = new StrictTextReader(new ByteArrayInputStream(cut), StandardCharsets.UTF_8)) {
                while (r.read() >= 0) {
                    // read on
                }
            }
        }).isInstanceOf(InvalidTextException.class).hasMessageContaining("at byte offset 2");
    }

    @Test
    void validTextReadsAsTheDecoderReadsIt() throws IOException {
        String text = "Ärzte, 日本, 😀\r\n".repeat(10_000);
        StringBuilder read = new StringBuilder();
        try (Reader r = new StrictTextReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)) {
            char[] buffer = new char[1000];
            for (int n = r.read(buffer, 0, buffer.length); n >= 0; n = r.read(buffer, 0, buffer.length)) {
                read.append(buffer, 0, n);
            }
        }
        assertThat(read).hasToString(text);
    }
}
