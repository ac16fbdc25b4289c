package org.evsyn.cli.meta;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The byte-level reader reads every file exactly as the line-based reader it replaced ({@link LineCsvTable}):
 * the same header, cells, numbers, groups, row and line numbers in messages, and the same errors.
 */
class CsvTableTest {

    @TempDir
    Path dir;

    static Stream<Arguments> awkwardFiles() {
        return Stream.of(
                text("plain", "a,b\n1,2\n"),
                text("crlf without final break", "a,b\r\n1,2\r\n3,4"),
                text("lone carriage returns", "a,b\r1,2\r3,4\r"),
                text("mixed breaks", "a,b\r\n1,2\n3,4\r5,6\r\n"),
                text("byte order mark", "\uFEFFa,b\n1,2\n"),
                text("byte order mark then blank line", "\uFEFF\na,b\n1,2\n"),
                text("byte order mark inside", "a,b\n\uFEFF1,2\n"),
                text("blank lines", "\n\n  \t\na,b\n\n1,2\n \n\u000B\f\n3,4\n\n"),
                text("unicode blank line", "a,b\n\u2003\u3000\n1,2\n"),
                text("no-break space is not blank", "a,b\n\u00A0\n1,2\n"),
                text("quoted comma", "a,b\n\"x,y\",2\n"),
                text("quoted line breaks", "a,b\n\"x\ny\",2\n\"p\r\nq\",\"3\"\"\"\n\"r\rs\",4\n"),
                text("quoted header over two lines", "a,\"b\nc\"\n1,2\n"),
                text("quoted header trimmed", "\" a \",\" b\"\n1,2\n"),
                text("unterminated quote wins over an earlier bad row", "a,b\n1,2,3\n4,5\n\"open,6\n"),
                text("first bad row", "a,b\n1,2\n1,2,3\n4\n"),
                text("quoted bad row", "a,b\n\"1,2\"\n"),
                text("empty", ""),
                text("only blank lines", "\n \n\r\n"),
                text("header only", "a,b"),
                text("trimming", "s,x\n A , 1.5\n\tB\t,-2\n"),
                text("control characters", "s,x\n\u0000A\u0001,1\n\u001FB,2\n"),
                text("numbers", "s,x\nA,+1.50\nB,1e3\nC,.5\nD,5.\nE,-\nF,\nG,12345678901234567890\nH,0.1234567890123456789012345\n"),
                text("groups", "g,x\nA,1\nB,2\nA,3\n A,4\nB ,5\n\"A\",6\n,7\n,8\n"),
                text("non-ascii", "s,x\nÄrzte,1\näö,2\n日本,3\n😀,4\n"),
                bytes("malformed utf-8", new byte[] {'s', ',', 'x', '\n', (byte) 0xC3, ',', '1', '\n',
                        (byte) 0xFF, (byte) 0xFE, ',', ' ', '2', (byte) 0xE2, (byte) 0x82, '\n',
                        (byte) 0xF0, (byte) 0x9F, ',', '3', '\r', '\n'}));
    }

    private static Arguments text(String name, String content) {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Arguments bytes(String name, byte[] content) {
        return Arguments.of(name, content);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("awkwardFiles")
    void readsAwkwardFilesAsTheLineReaderDid(String name, byte[] content) throws IOException {
        Path file = dir.resolve("f.csv");
        Files.write(file, content);
        assertSameReading(file);
        Path gz = dir.resolve("f.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(content);
        }
        assertSameReading(gz);
    }

    @Test
    void readsTheConformanceAndBenchmarkFilesAsTheLineReaderDid() throws IOException {
        Path conformance = SharedData.require("conformance");
        try (Stream<Path> files = Files.list(conformance)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                assertSameReading(csv);
            }
        }
        Path bench = SharedData.require("bench-data");
        for (String name : List.of("md_k1000.csv", "binary_k10000.csv", "md_batch_10000x15.csv.gz",
                "expected-results.csv")) {
            assertSameReading(bench.resolve(name));
        }
    }

    @Test
    void unreadableFilesFailWithTheSameMessages() throws IOException {
        assertSameReading(dir.resolve("absent.csv"));
        assertSameReading(dir);
        Path broken = dir.resolve("broken.csv.gz");
        Files.write(broken, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3});
        assertSameReading(broken);
    }

    @Test
    void severalGzipMembersAndDamagedGzipReadAsTheLineReaderDid() throws IOException {
        StringBuilder csv = new StringBuilder("g,x\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("A").append(i % 97).append(',').append(i * 0.25).append('\n');
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] first = gzip(java.util.Arrays.copyOf(text, text.length / 2));
        byte[] second = gzip(java.util.Arrays.copyOfRange(text, text.length / 2, text.length));
        byte[] members = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, members, first.length, second.length);
        Path file = dir.resolve("members.csv.gz");
        Files.write(file, members);
        assertSameReading(file);

        byte[] whole = gzip(text);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 40));
        assertSameReading(file);
        byte[] damaged = whole.clone();
        for (int i = whole.length / 2; i < whole.length / 2 + 64; i++) {
            damaged[i] ^= 0x5a;
        }
        Files.write(file, damaged);
        assertSameReading(file);
        byte[] wrongSize = whole.clone();
        wrongSize[wrongSize.length - 4] ^= 0x10;
        Files.write(file, wrongSize);
        assertSameReading(file);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    private static void assertSameReading(Path file) {
        Object fresh = attempt(() -> CsvTable.read(file, "f.csv"));
        Object line = attempt(() -> LineCsvTable.read(file, "f.csv"));
        if (line instanceof InputException expected) {
            assertThat(fresh).as(file.toString()).isInstanceOf(InputException.class);
            assertThat(((InputException) fresh).getMessage()).isEqualTo(expected.getMessage());
            return;
        }
        assertThat(fresh).as(file + ": " + fresh).isInstanceOf(CsvTable.class);
        CsvTable t = (CsvTable) fresh;
        LineCsvTable ref = (LineCsvTable) line;
        assertThat(t.header()).isEqualTo(ref.header());
        assertThat(t.rowCount()).isEqualTo(ref.rowCount());
        int columns = ref.header().size();
        CsvTable.Cursor cursor = t.cursor();
        for (int r = 0; r < ref.rowCount(); r++) {
            cursor.row(r);
            for (int c = 0; c < columns; c++) {
                String where = file.getFileName() + " row " + r + " column " + c;
                assertThat(t.cell(r, c)).as(where).isEqualTo(ref.cell(r, c));
                assertThat(cursor.trimmed(c)).as(where).isEqualTo(ref.cell(r, c).trim());
                long expected = Double.doubleToLongBits(ref.plainNumber(r, c));
                assertThat(Double.doubleToLongBits(t.plainNumber(r, c))).as(where).isEqualTo(expected);
                assertThat(Double.doubleToLongBits(cursor.plainNumber(c))).as(where).isEqualTo(expected);
            }
            assertThat(t.where(r, "x")).isEqualTo(ref.where(r, "x"));
        }
        for (int c = 0; c < columns; c++) {
            Map<String, List<Integer>> expected = ref.groupBy(c);
            List<CsvTable.Group> groups = t.groupBy(c);
            assertThat(groups.stream().map(CsvTable.Group::key).toList()).isEqualTo(List.copyOf(expected.keySet()));
            for (CsvTable.Group g : groups) {
                assertThat(Stream.of(g.rows()).flatMapToInt(java.util.Arrays::stream).boxed().toList())
                        .isEqualTo(expected.get(g.key()));
            }
        }
    }

    private static Object attempt(Supplier<Object> read) {
        try {
            return read.get();
        } catch (InputException e) {
            return e;
        }
    }
}
