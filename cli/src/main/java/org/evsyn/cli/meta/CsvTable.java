package org.evsyn.cli.meta;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.evsyn.core.input.RegularFiles;

/**
 * A comma-separated file held in memory: a header of column names and the data rows. Fields may be quoted with
 * {@code "} (inner quotes doubled, line breaks allowed); gzip-compressed files are recognised by their first bytes
 * and read transparently. Rows are numbered from 1 after the header, as in error messages.
 *
 * <p>The file is kept as its UTF-8 bytes with the position of each row, and cells are cut out (and numbers read)
 * straight from the bytes on demand: a batch file of 150,000 rows is one array instead of a million small
 * strings, and nothing is decoded that is never used. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r};
 * blank lines are skipped; rows with quotes are split when the file is read.
 */
public final class CsvTable {

    private final String file;
    private final List<String> header;
    private final byte[] data;
    /** Where each unquoted row starts and ends (exclusive) in {@link #data}. */
    private final int[] starts;
    private final int[] ends;
    /** Cells of the rows that contain quotes, already split; null when no row has quotes. */
    private final String[][] quotedRows;
    private final int[] lines;

    private CsvTable(String file, List<String> header, byte[] data, int[] starts, int[] ends, String[][] quotedRows,
                     int[] lines) {
        this.file = file;
        this.header = header;
        this.data = data;
        this.starts = starts;
        this.ends = ends;
        this.quotedRows = quotedRows;
        this.lines = lines;
    }

    /**
     * Most text a file may have: the table is held in memory whole, and the analyses take several times its size.
     * Arrays are indexed by int, so 1 GiB is also well inside what one array can hold.
     */
    static final long MAX_TEXT_BYTES = 1L << 30;

    /** The heap the analyses of a file need, as a multiple of its text (measured: about 6). */
    private static final int HEAP_PER_TEXT_BYTE = 6;

    /**
     * Reads a file.
     *
     * @param path    the file
     * @param display how to name it in messages
     * @return the table
     * @throws InputException when the file cannot be read, is not a regular file, is larger than this heap can
     *                        analyse (at most {@link #MAX_TEXT_BYTES}), is empty, or a row has the wrong number of
     *                        fields
     */
    public static CsvTable read(Path path, String display) {
        return read(path, display, Math.min(MAX_TEXT_BYTES, Runtime.getRuntime().maxMemory() / HEAP_PER_TEXT_BYTE));
    }

    /** {@link #read(Path, String)} with another bound on the text (tests). */
    static CsvTable read(Path path, String display, long maxText) {
        Optional<String> notAFile = RegularFiles.problem(path);
        if (notAFile.isPresent()) {
            throw new InputException(display + ": " + (notAFile.get().equals("no such file") ? "file not found"
                    : notAFile.get()));
        }
        try {
            long size = Files.size(path);
            if (size > MAX_TEXT_BYTES) {
                throw tooLarge(display, "is " + mib(size), MAX_TEXT_BYTES);
            }
            byte[] bytes = Files.readAllBytes(path);
            boolean gzip = bytes.length >= 2 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b;
            if (!gzip && bytes.length > maxText) {
                throw tooLarge(display, "is " + mib(bytes.length), maxText);
            }
            if (gzip) {
                // Inflating on a second thread while this one parses what is there so far.
                Inflation inflation = Inflation.start(bytes, maxText);
                if (inflation != null) {
                    try {
                        return parse(inflation.data, inflation::atLeast, display);
                    } catch (Inflation.Overflow e) {
                        // The trailer's size was not the whole text (several gzip members): inflate, then parse.
                    }
                }
                bytes = gunzip(bytes, maxText, display);
            }
            byte[] text = bytes;
            return parse(text, index -> text.length, display);
        } catch (NoSuchFileException e) {
            throw new InputException(display + ": file not found");
        } catch (IOException e) {
            throw new InputException(display + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static InputException tooLarge(String display, String what, long maxText) {
        return new InputException(display + ": " + what + " of text, more than " + (maxText == MAX_TEXT_BYTES
                ? "the limit of " + mib(maxText) + " (the table is held in memory)"
                : "this Java heap (" + mib(Runtime.getRuntime().maxMemory()) + ") can analyse (about a sixth of the"
                + " heap, at most " + mib(MAX_TEXT_BYTES)
                + "); a larger heap, e.g. EVSYN_JAVA_OPTS=-Xmx4g, reads more"));
    }

    private static String mib(long bytes) {
        return bytes < 1 << 20 ? bytes + " bytes" : (bytes >> 20) + " MiB";
    }

    /** How much text there is: more than {@code index} bytes, or all of it when the text is shorter. */
    private interface Text {
        int atLeast(int index) throws IOException;
    }

    /**
     * Gzip text that a second thread is inflating into an array sized from the gzip trailer; readers wait for the
     * part they need. Inflating and parsing each take about half the time of reading a gzip file, so together they
     * take about the time of one.
     */
    private static final class Inflation implements Runnable {

        /** Thrown to readers when the text is longer than the trailer said. */
        static final class Overflow extends IOException {
            Overflow() {
                super("more text than the gzip trailer says");
            }
        }

        final byte[] data;
        private final byte[] gz;
        private int available;
        private boolean finished;
        private boolean overflow;
        private Throwable failure;

        private Inflation(byte[] gz, byte[] data) {
            this.gz = gz;
            this.data = data;
        }

        /**
         * Starts inflating, or null when the trailer's size is implausible or over {@code maxText} (then inflate in
         * one go, which stops at {@code maxText}).
         */
        static Inflation start(byte[] gz, long maxText) {
            int n = gz.length;
            if (n < 18) {
                return null;
            }
            long size = (gz[n - 4] & 0xffL) | (gz[n - 3] & 0xffL) << 8 | (gz[n - 2] & 0xffL) << 16
                    | (gz[n - 1] & 0xffL) << 24;
            // Deflate expands at most about 1,032 times; a larger size means a damaged or unusual file.
            if (size + 1 > Integer.MAX_VALUE - 16 || size > 1032L * n || size > maxText) {
                return null;
            }
            Inflation inflation = new Inflation(gz, new byte[(int) size + 1]);
            Thread thread = new Thread(inflation, "evsyn-inflate");
            thread.setDaemon(true);
            thread.start();
            return inflation;
        }

        @Override
        public void run() {
            int size = 0;
            Throwable error = null;
            boolean full = false;
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 1 << 16)) {
                while (true) {
                    if (size == data.length) {
                        full = in.read() >= 0;
                        break;
                    }
                    int r = in.read(data, size, Math.min(1 << 16, data.length - size));
                    if (r < 0) {
                        break;
                    }
                    size += r;
                    publish(size);
                }
            } catch (IOException | RuntimeException | Error e) {
                error = e;
            }
            finish(size, error, full);
        }

        private synchronized void publish(int size) {
            available = size;
            notifyAll();
        }

        private synchronized void finish(int size, Throwable error, boolean full) {
            available = size;
            failure = error;
            overflow = full;
            finished = true;
            notifyAll();
        }

        /** Waits until more than {@code index} bytes are there or inflating has ended; its failure is thrown. */
        synchronized int atLeast(int index) throws IOException {
            while (available <= index && !finished) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while inflating");
                }
            }
            if (finished) {
                if (failure instanceof IOException e) {
                    throw e;
                } else if (failure instanceof RuntimeException e) {
                    throw e;
                } else if (failure instanceof Error e) {
                    throw e;
                } else if (overflow) {
                    throw new Overflow();
                }
            }
            return available;
        }
    }

    /** Inflates a whole gzip file, refusing more than {@code maxText} bytes of text (a gzip bomb stops there). */
    private static byte[] gunzip(byte[] gz, long maxText, String display) throws IOException {
        // The gzip trailer holds the uncompressed size (mod 2^32) of the last member: a good first guess.
        int n = gz.length;
        long hint = n >= 18 ? (gz[n - 4] & 0xffL) | (gz[n - 3] & 0xffL) << 8 | (gz[n - 2] & 0xffL) << 16
                | (gz[n - 1] & 0xffL) << 24 : 0;
        long cap = maxText + 1;
        byte[] out = new byte[(int) Math.min(Math.max(hint + 1, 1 << 16), cap)];
        int size = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 1 << 16)) {
            while (true) {
                if (size == out.length) {
                    if (size >= cap) {
                        throw tooLarge(display, "expands to more than " + mib(maxText), maxText);
                    }
                    out = Arrays.copyOf(out, (int) Math.min((long) out.length * 2, cap));
                }
                int r = in.read(out, size, out.length - size);
                if (r < 0) {
                    break;
                }
                size += r;
            }
        }
        return size == out.length ? out : Arrays.copyOf(out, size);
    }

    /**
     * Parses the UTF-8 text of a file.
     *
     * @param b       the bytes (kept, not copied)
     * @param display how to name the file in messages
     * @return the table
     * @throws InputException when the text is empty or a row has the wrong number of fields
     */
    static CsvTable parse(byte[] b, String display) {
        try {
            return parse(b, index -> b.length, display);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses {@code b} as far as {@code text} says it goes, waiting for more as needed. */
    private static CsvTable parse(byte[] b, Text text, String display) throws IOException {
        int n = text.atLeast(0);
        int pos = n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        int lineNo = 0;
        List<String> header = null;
        int columns = 0;
        int rows = 0;
        int[] starts = new int[1024];
        int[] ends = new int[1024];
        int[] lines = new int[1024];
        Map<Integer, String[]> quoted = new HashMap<>();
        int badRow = -1;
        int badFields = 0;
        while (pos < n || pos < (n = text.atLeast(pos))) {
            // One physical line: [pos, end), then the terminator. Digits, letters, '.' and '-' all sort above
            // ',', so most bytes cost one comparison.
            int end = pos;
            int commas = 0;
            boolean special = false;
            for (; end < n || end < (n = text.atLeast(end)); end++) {
                byte c = b[end];
                if (c <= ',') {
                    if (c == ',') {
                        commas++;
                    } else if (c == '\n' || c == '\r') {
                        break;
                    } else if (c == '"' || c < 0) {
                        special = true;
                    }
                }
            }
            boolean quote = false;
            boolean nonAscii = false;
            boolean blank = commas == 0;
            if (special || blank) {
                for (int i = pos; i < end; i++) {
                    byte c = b[i];
                    quote |= c == '"';
                    nonAscii |= c < 0;
                    blank &= c >= 0 && isAsciiWhitespace(c);
                }
            }
            int next = lineEnd(b, end, n, text);
            lineNo++;
            int startLine = lineNo;
            int start = pos;
            pos = next;
            if (nonAscii ? decode(b, start, end).isBlank() : blank) {
                continue;
            }
            String[] cells = null;
            if (quote) {
                // A quoted field may run over line breaks: an odd number of quotes so far means the record goes
                // on; its lines are joined with \n.
                String line = decode(b, start, end);
                StringBuilder record = new StringBuilder(line);
                int quotes = count(line, '"');
                while (quotes % 2 != 0) {
                    if (pos >= text.atLeast(pos)) {
                        throw new InputException(display + ", line " + startLine + ": unterminated quoted field");
                    }
                    int e = pos;
                    while ((e < n || e < (n = text.atLeast(e))) && b[e] != '\n' && b[e] != '\r') {
                        e++;
                    }
                    String more = decode(b, pos, e);
                    pos = lineEnd(b, e, n, text);
                    lineNo++;
                    record.append('\n').append(more);
                    quotes += count(more, '"');
                }
                cells = split(record.toString()).toArray(new String[0]);
            }
            if (header == null) {
                List<String> names = cells != null ? Arrays.asList(cells) : split(decode(b, start, end));
                header = names.stream().map(String::trim).toList();
                columns = header.size();
                continue;
            }
            if (rows == starts.length) {
                starts = Arrays.copyOf(starts, rows * 2);
                ends = Arrays.copyOf(ends, rows * 2);
                lines = Arrays.copyOf(lines, rows * 2);
            }
            starts[rows] = start;
            ends[rows] = end;
            lines[rows] = startLine;
            int fields = commas + 1;
            if (cells != null) {
                quoted.put(rows, cells);
                fields = cells.length;
            }
            if (fields != columns && badRow < 0) {
                badRow = rows;
                badFields = fields;
            }
            rows++;
        }
        if (header == null) {
            throw new InputException(display + ": the file is empty (no header line)");
        }
        if (badRow >= 0) {
            throw new InputException(display + ", row " + (badRow + 1) + " (line " + lines[badRow] + "): "
                    + badFields + " fields but the header has " + columns);
        }
        String[][] quotedRows = null;
        if (!quoted.isEmpty()) {
            quotedRows = new String[rows][];
            for (Map.Entry<Integer, String[]> e : quoted.entrySet()) {
                quotedRows[e.getKey()] = e.getValue();
            }
        }
        return new CsvTable(display, header, b, Arrays.copyOf(starts, rows), Arrays.copyOf(ends, rows),
                quotedRows, Arrays.copyOf(lines, rows));
    }

    /**
     * Where the next line starts after a line ending at {@code end} ({@code \r\n} is one break); {@code end} is
     * the end of the text or a line break that is there.
     */
    private static int lineEnd(byte[] b, int end, int available, Text text) throws IOException {
        // Ask (and perhaps wait) only when the byte after the break is not known to be there yet.
        int n = end + 1 < available ? available : text.atLeast(end + 1);
        if (end < n && b[end] == '\r' && end + 1 < n && b[end + 1] == '\n') {
            return end + 2;
        }
        return Math.min(end + 1, n);
    }

    /** {@link Character#isWhitespace} for ASCII. */
    private static boolean isAsciiWhitespace(byte c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }

    private static String decode(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    private static int count(String s, char ch) {
        int c = 0;
        for (int i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) {
            c++;
        }
        return c;
    }

    /** The fields of one complete record; quotes removed, doubled quotes undoubled. */
    static List<String> split(String record) {
        List<String> fields = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inQuotes = false;
        int n = record.length();
        for (int i = 0; i < n; i++) {
            char ch = record.charAt(i);
            if (inQuotes) {
                if (ch == '"') {
                    if (i + 1 < n && record.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                inQuotes = true;
            } else if (ch == ',') {
                fields.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        fields.add(cell.toString());
        return fields;
    }

    /** The file as given (for messages). */
    public String file() {
        return file;
    }

    /** Column names in file order. */
    public List<String> header() {
        return header;
    }

    /** Number of data rows. */
    public int rowCount() {
        return starts.length;
    }

    /**
     * One cell's text, as in the file (quotes removed).
     *
     * @param row    data row index, from 0
     * @param column column index, from 0
     * @return the text (possibly empty)
     */
    public String cell(int row, int column) {
        if (quotedRows != null && quotedRows[row] != null) {
            return quotedRows[row][column];
        }
        int start = fieldStart(row, column);
        return decode(data, start, fieldEnd(row, start));
    }

    /**
     * One cell as a number when it is a plain decimal (see {@link PlainDecimal}), read in place.
     *
     * @return the value, or NaN when the cell needs the general parser (or is not a number)
     */
    public double plainNumber(int row, int column) {
        if (quotedRows != null && quotedRows[row] != null) {
            String f = quotedRows[row][column];
            return PlainDecimal.parse(f, 0, f.length());
        }
        int start = fieldStart(row, column);
        return PlainDecimal.parse(data, start, fieldEnd(row, start));
    }

    private int fieldStart(int row, int column) {
        int p = starts[row];
        for (int c = 0; c < column; c++) {
            while (data[p] != ',') {
                p++;
            }
            p++;
        }
        return p;
    }

    private int fieldEnd(int row, int start) {
        int end = ends[row];
        int p = start;
        while (p < end && data[p] != ',') {
            p++;
        }
        return p;
    }

    /**
     * Reads rows one at a time, cutting each into its cells once, for callers that need several cells per row.
     * Not shared between threads: each thread takes its own.
     *
     * @return a new cursor
     */
    Cursor cursor() {
        return new Cursor();
    }

    /** The cells of one row at a time; see {@link #cursor()}. */
    final class Cursor {

        /** Field c of the current unquoted row spans [bounds[c], bounds[c + 1] - 1). */
        private final int[] bounds = new int[header.size() + 1];
        private int row = -1;
        private String[] quotedCells;

        /** Moves to a data row (from 0). */
        void row(int r) {
            row = r;
            quotedCells = quotedRows == null ? null : quotedRows[r];
            if (quotedCells != null) {
                return;
            }
            int p = starts[r];
            int end = ends[r];
            int c = 0;
            bounds[0] = p;
            for (; p < end; p++) {
                if (data[p] == ',') {
                    bounds[++c] = p + 1;
                }
            }
            bounds[c + 1] = end + 1;
        }

        /** The current row. */
        int row() {
            return row;
        }

        /** A cell as {@link CsvTable#plainNumber} reads it. */
        double plainNumber(int column) {
            if (quotedCells != null) {
                String f = quotedCells[column];
                return PlainDecimal.parse(f, 0, f.length());
            }
            return PlainDecimal.parse(data, bounds[column], bounds[column + 1] - 1);
        }

        /** A cell's text without surrounding whitespace (as {@link String#trim()}), or "" when blank. */
        String trimmed(int column) {
            if (quotedCells != null) {
                return quotedCells[column].trim();
            }
            int from = bounds[column];
            int to = bounds[column + 1] - 1;
            while (from < to && (data[from] & 0xff) <= ' ') {
                from++;
            }
            while (to > from && (data[to - 1] & 0xff) <= ' ') {
                to--;
            }
            return decode(data, from, to);
        }
    }

    /** The position of a column, if the header has it. */
    Optional<Integer> column(String name) {
        int i = header.indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    /** The position of a required column. */
    public int requireColumn(String name, String why) {
        return column(name).orElseThrow(() -> new InputException(file + ": missing column '" + name + "'" + why
                + " (header: " + String.join(",", header) + ")"));
    }

    /**
     * Rows that share a value of a column.
     *
     * @param key  the value (trimmed)
     * @param rows the data rows, in file order
     */
    record Group(String key, int[] rows) {
    }

    /** Rows grouped by the value of a column (trimmed), groups in order of first appearance. */
    List<Group> groupBy(int column) {
        Map<String, Integer> index = new HashMap<>();
        List<String> keys = new ArrayList<>();
        List<int[]> members = new ArrayList<>();
        int[] sizes = new int[16];
        Cursor cursor = cursor();
        int previous = -1;
        int prevFrom = 0;
        int prevTo = 0;
        for (int r = 0; r < starts.length; r++) {
            boolean plain = quotedRows == null || quotedRows[r] == null;
            int from = 0;
            int to = 0;
            if (plain) {
                from = fieldStart(r, column);
                to = fieldEnd(r, from);
            }
            int g;
            // Batch files list each group's rows together: the same bytes as the row before mean the same group.
            if (plain && previous >= 0 && Arrays.equals(data, from, to, data, prevFrom, prevTo)) {
                g = previous;
            } else {
                cursor.row(r);
                String key = cursor.trimmed(column);
                Integer known = index.get(key);
                if (known == null) {
                    g = keys.size();
                    index.put(key, g);
                    keys.add(key);
                    members.add(new int[4]);
                    if (g == sizes.length) {
                        sizes = Arrays.copyOf(sizes, g * 2);
                    }
                } else {
                    g = known;
                }
            }
            int[] m = members.get(g);
            if (sizes[g] == m.length) {
                m = Arrays.copyOf(m, m.length * 2);
                members.set(g, m);
            }
            m[sizes[g]++] = r;
            previous = plain ? g : -1;
            prevFrom = from;
            prevTo = to;
        }
        List<Group> groups = new ArrayList<>(keys.size());
        for (int g = 0; g < keys.size(); g++) {
            groups.add(new Group(keys.get(g), Arrays.copyOf(members.get(g), sizes[g])));
        }
        return groups;
    }

    /** "FILE, row R (line L), column C" for messages. */
    public String where(int row, String column) {
        return file + ", row " + (row + 1) + " (line " + lines[row] + "), column '" + column + "'";
    }
}
