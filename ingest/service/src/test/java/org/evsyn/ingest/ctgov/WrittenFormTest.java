package org.evsyn.ingest.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * The verbatim text taken from a study's own bytes is exactly what writing its tree gives: whenever the check
 * answers, its bytes are the writer's, and it answers for compact and pretty-printed files alike.
 */
class WrittenFormTest {

    private static final ObjectMapper JSON = JsonReaders.mapper(JsonReaders.factory());

    /** Numbers and strings spelled in every way the reader accepts, some of which the writer spells otherwise. */
    private static final List<String> SPELLINGS = List.of(
            "0", "-0", "7", "-12", "18.0", "1.8e1", "1.8E+1", "2e-3", "-0.0", "0.000000", "0.0000000", "0.000001",
            "0.0000001", "0.00000012", "-0.5", "123456789012345678901234567890", "1.50", "100.000001",
            "9223372036854775808", "-9223372036854775809", "0.0010", "true", "false", "null",
            "\"plain\"", "\"caf\u00e9 \u2264 5\"", "\"\\u00e9\"", "\"a\\/b\"", "\"tab\\there\"", "\"\\u0009\"",
            "\"\\u001F\"", "\"\\u001f\"", "\"\\u0000\"", "\"quote \\\" and \\\\\"", "\"\\b\\f\\n\\r\"",
            "\"\\u0041\"", "\"\\uD83D\\uDE00\"", "\"\uD83D\uDE00 emoji\"", "\"\u007f\u0080\u07ff\u0800\uffff\"",
            "\"\\u2028\"", "\"\"");

    @Test
    void whateverItAnswersIsWhatTheWriterWrites() throws IOException {
        Random random = new Random(20261206);
        int answered = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random, 0);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Optional<RawJson> written = WrittenForm.of(new RawJson(bytes, 0, bytes.length));
            if (written.isPresent()) {
                answered++;
                assertThat(copy(written.get())).as(text).isEqualTo(JSON.writeValueAsBytes(JSON.readTree(bytes)));
            }
        }
        assertThat(answered).isGreaterThan(1_000);
    }

    @Test
    void answersForCompactAndPrettyPrintedWriterOutput() throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            JsonNode tree = randomTree(random, 0);
            byte[] compact = JSON.writeValueAsBytes(tree);
            byte[] pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
            assertThat(WrittenForm.of(new RawJson(compact, 0, compact.length)))
                    .hasValueSatisfying(w -> assertThat(copy(w)).isEqualTo(compact));
            assertThat(WrittenForm.of(new RawJson(pretty, 0, pretty.length)))
                    .hasValueSatisfying(w -> assertThat(copy(w)).isEqualTo(compact));
        }
    }

    @Test
    void theRegistrySamplesComeOutAsTheWriterWritesThem() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.resource("ctgov"))) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                int from = indexOf(bytes, '{');
                int to = lastIndexOf(bytes, '}') + 1;
                byte[] expected = JSON.writeValueAsBytes(JSON.readTree(bytes));
                assertThat(WrittenForm.of(new RawJson(bytes, from, to))).as(file.toString())
                        .hasValueSatisfying(w -> assertThat(copy(w)).isEqualTo(expected));
            }
        }
    }

    @Test
    void spellingsTheWriterChangesAreNotTakenAsWritten() {
        // (The last: a character beyond U+FFFF as UTF-8, which the writer escapes as a surrogate pair.)
        for (String value : List.of("1e5", "1.8E+1", "-0", "-0.0", "0.0000001", "0.0000000", "\"a\\/b\"",
                "\"\\u00e9\"", "\"\\u0009\"", "\"\\u001f\"", "\"\\u0041\"", "\"\\ud83d\\ude00\"",
                "\"\\uD83D\"", "\"\\uD83Dx\"", "\"\uD83D\uDE00\"")) {
            byte[] bytes = ("{\"v\":" + value + "}").getBytes(StandardCharsets.UTF_8);
            assertThat(WrittenForm.of(new RawJson(bytes, 0, bytes.length))).as(value).isEmpty();
        }
        // Malformed or non-shortest UTF-8, an encoded surrogate and a code point past U+10FFFF.
        for (byte[] inside : List.of(new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xE0, (byte) 0x80,
                (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4,
                (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE2,
                (byte) 0x82})) {
            byte[] bytes = new byte[inside.length + 9];
            System.arraycopy("{\"v\":\"".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 6);
            System.arraycopy(inside, 0, bytes, 6, inside.length);
            bytes[bytes.length - 3] = 'x';
            bytes[bytes.length - 2] = '"';
            bytes[bytes.length - 1] = '}';
            assertThat(WrittenForm.of(new RawJson(bytes, 0, bytes.length))).as(Arrays.toString(inside)).isEmpty();
        }
    }

    @Test
    void aSpanInsideALargerArrayIsReadWithinItsBounds() {
        byte[] bytes = "[ {\"a\":1}, {\"b\" : [true, null]} ]".getBytes(StandardCharsets.UTF_8);
        assertThat(WrittenForm.of(new RawJson(bytes, 2, 9))).hasValueSatisfying(w -> {
            assertThat(w.bytes()).isSameAs(bytes);
            assertThat(copy(w)).isEqualTo("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(WrittenForm.of(new RawJson(bytes, 11, 32)))
                .hasValueSatisfying(w -> assertThat(new String(copy(w), StandardCharsets.UTF_8))
                        .isEqualTo("{\"b\":[true,null]}"));
    }

    private static byte[] copy(RawJson text) {
        return Arrays.copyOfRange(text.bytes(), text.from(), text.to());
    }

    private static int indexOf(byte[] bytes, char c) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == c) {
                return i;
            }
        }
        throw new AssertionError("no " + c);
    }

    private static int lastIndexOf(byte[] bytes, char c) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == c) {
                return i;
            }
        }
        throw new AssertionError("no " + c);
    }

    /** A JSON text with random white space, keys and values, values drawn from {@link #SPELLINGS}. */
    private static String randomText(Random random, int depth) {
        int kind = depth > 3 ? 2 : random.nextInt(3);
        StringBuilder out = new StringBuilder();
        if (kind == 0) {
            out.append('{').append(blank(random));
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.append(',').append(blank(random));
                }
                out.append('"').append("k").append(i).append(random.nextInt(3) == 0 ? "\u00e9" : "").append('"')
                        .append(blank(random)).append(':').append(blank(random))
                        .append(randomText(random, depth + 1)).append(blank(random));
            }
            return out.append('}').toString();
        }
        if (kind == 1) {
            out.append('[');
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                out.append(i > 0 ? "," : "").append(blank(random)).append(randomText(random, depth + 1));
            }
            return out.append(blank(random)).append(']').toString();
        }
        return SPELLINGS.get(random.nextInt(SPELLINGS.size()));
    }

    private static String blank(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> " ";
            case 1 -> "\n  ";
            case 2 -> "\r\n\t";
            default -> "";
        };
    }

    /** A random tree with strings over the characters the writer treats specially. */
    private static JsonNode randomTree(Random random, int depth) {
        int kind = depth > 3 ? 2 + random.nextInt(4) : random.nextInt(6);
        switch (kind) {
            case 0 -> {
                ObjectNode o = JSON.createObjectNode();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    o.set(randomString(random), randomTree(random, depth + 1));
                }
                return o;
            }
            case 1 -> {
                ArrayNode a = JSON.createArrayNode();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    a.add(randomTree(random, depth + 1));
                }
                return a;
            }
            case 2 -> {
                return JSON.getNodeFactory().textNode(randomString(random));
            }
            case 3 -> {
                return JSON.getNodeFactory().numberNode(random.nextLong() >> random.nextInt(64));
            }
            case 4 -> {
                return JSON.getNodeFactory().numberNode(
                        BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, random.nextInt(5)));
            }
            default -> {
                return random.nextBoolean() ? JSON.getNodeFactory().booleanNode(random.nextBoolean())
                        : JSON.getNodeFactory().nullNode();
            }
        }
    }

    private static String randomString(Random random) {
        char[] pool = {'a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\t', '\u0001', '\u001f', '\u007f', '\u00e9',
            '\u2264', '\u2028', '\ufffd'};
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(10) == 0) {
                s.append("\uD83D\uDE00");
            } else {
                s.append(pool[random.nextInt(pool.length)]);
            }
        }
        return s.toString();
    }
}
