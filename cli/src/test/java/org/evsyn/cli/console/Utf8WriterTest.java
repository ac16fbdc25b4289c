package org.evsyn.cli.console;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast standard-output writer produces the bytes of the stream writer it replaced, however text is cut up. */
class Utf8WriterTest {

    @Test
    void writesTheSameBytesAsTheStreamWriterForAnyTextCutAnywhere() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        String alphabet = "ab{}\":,.019\n\t\u0000é日\uD83D\uDE00\uD83D\uDE00\uD800x\uDC00y\uDBFF";
        for (int round = 0; round < 60; round++) {
            ByteArrayOutputStream fast = new ByteArrayOutputStream();
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            try (PrintWriter a = new PrintWriter(new Utf8Writer(fast), true);
                 PrintWriter b = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true)) {
                for (int piece = 0; piece < 50; piece++) {
                    StringBuilder s = new StringBuilder();
                    int length = random.nextInt(0, random.nextBoolean() ? 8 : 20_000);
                    for (int i = 0; i < length; i++) {
                        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    String text = s.toString();
                    switch (random.nextInt(5)) {
                        case 0 -> both(a, b, w -> w.write(text));
                        case 1 -> both(a, b, w -> w.write(text.toCharArray(), 0, text.length()));
                        case 2 -> both(a, b, w -> text.chars().forEach(w::write));
                        case 3 -> both(a, b, w -> w.println(text));
                        default -> both(a, b, PrintWriter::flush);
                    }
                    if (random.nextInt(4) == 0) {
                        a.flush();
                        b.flush();
                        assertThat(fast.toByteArray()).isEqualTo(stream.toByteArray());
                    }
                }
            }
            assertThat(fast.toByteArray()).isEqualTo(stream.toByteArray());
        }
    }

    @Test
    void aHighSurrogateWaitsForItsPairAndEndsAsAQuestionMark() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer w = new Utf8Writer(bytes);
        w.write("x\uD83D");
        w.flush();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("x");
        w.write("\uDE00\uD83D");
        w.close();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("x😀?");
    }

    private interface Action {
        void apply(PrintWriter w);
    }

    private static void both(PrintWriter a, PrintWriter b, Action action) {
        action.apply(a);
        action.apply(b);
    }
}
