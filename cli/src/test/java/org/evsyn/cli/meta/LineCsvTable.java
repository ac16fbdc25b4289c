package org.evsyn.cli.meta;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * The line-based CSV reader that {@link CsvTable} replaced (java.io readers, one string per row), kept as the
 * reference its byte-level parsing must match cell for cell and message for message.
 *
 * <p>Original description: a comma-separated file held in memory: a header of column names and the data rows. Fields may be quoted with
 * {@code "} (inner quotes doubled, line breaks allowed); gzip-compressed files are recognised by their first bytes
 * and read transparently. Rows are numbered from 1 after the header, as in error messages.
 *
 * <p>Each row is kept as its text and cut into cells on demand: a batch file of 150,000 rows then stays a few
 * tens of megabytes instead of a million small strings, which keeps garbage collection cheap.
 */
final class LineCsvTable {

    private final String file;
    private final List<String> header;
    private final String[] records;
    /** Cells of the rows that contain quotes, already split; null for the (usual) unquoted rows. */
    private final String[][] quotedRows;
    private final int[] lines;

    private LineCsvTable(String file, List<String> header, String[] records, String[][] quotedRows, int[] lines) {
        this.file = file;
        this.header = header;
        this.records = records;
        this.quotedRows = quotedRows;
        this.lines = lines;
    }

    /**
     * Reads a file.
     *
     * @param path    the file
     * @param display how to name it in messages
     * @return the table
     * @throws InputException when the file cannot be read, is empty, or a row has the wrong number of fields
     */
    static LineCsvTable read(Path path, String display) {
        // Not part of the line reader it was: what a path must be is checked alike by both readers.
        java.util.Optional<String> notAFile = org.evsyn.core.input.RegularFiles.problem(path);
        if (notAFile.isPresent() && !notAFile.get().equals("no such file")) {
            throw new InputException(display + ": " + notAFile.get());
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            raw.mark(2);
            int b1 = raw.read();
            int b2 = raw.read();
            raw.reset();
            InputStream in = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                    1 << 16)) {
                return parse(reader, display);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(display + ": file not found");
        } catch (IOException e) {
            throw new InputException(display + ": cannot read (" + e.getMessage() + ")");
        }
    }

    static LineCsvTable parse(BufferedReader reader, String display) throws IOException {
        // Physical lines to records: a quoted field may run over a line break, which shows as an odd number of
        // quote characters so far.
        List<String> all = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        int lineNo = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            int startLine = lineNo;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.indexOf('"') >= 0) {
                StringBuilder record = new StringBuilder(line);
                int quotes = count(line, '"');
                while (quotes % 2 != 0) {
                    String next = reader.readLine();
                    if (next == null) {
                        throw new InputException(display + ", line " + startLine + ": unterminated quoted field");
                    }
                    lineNo++;
                    record.append('\n').append(next);
                    quotes += count(next, '"');
                }
                line = record.toString();
            }
            all.add(line);
            lineNumbers.add(startLine);
        }
        if (all.isEmpty()) {
            throw new InputException(display + ": the file is empty (no header line)");
        }
        List<String> header = split(all.get(0)).stream().map(String::trim).toList();
        int n = all.size() - 1;
        String[] records = new String[n];
        int[] lines = new int[n];
        String[][] quoted = new String[n][];
        for (int i = 0; i < n; i++) {
            records[i] = all.get(i + 1);
            lines[i] = lineNumbers.get(i + 1);
            if (records[i].indexOf('"') >= 0) {
                quoted[i] = split(records[i]).toArray(new String[0]);
            }
        }
        // Field counts are checked on every core: large files have many rows.
        int columns = header.size();
        int bad = IntStream.range(0, n).parallel()
                .filter(i -> (quoted[i] != null ? quoted[i].length : count(records[i], ',') + 1) != columns)
                .min().orElse(-1);
        if (bad >= 0) {
            int fields = quoted[bad] != null ? quoted[bad].length : count(records[bad], ',') + 1;
            throw new InputException(display + ", row " + (bad + 1) + " (line " + lines[bad] + "): " + fields
                    + " fields but the header has " + columns);
        }
        return new LineCsvTable(display, header, records, quoted, lines);
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
    String file() {
        return file;
    }

    /** Column names in file order. */
    List<String> header() {
        return header;
    }

    /** Number of data rows. */
    int rowCount() {
        return records.length;
    }

    /**
     * One cell's text, as in the file (quotes removed).
     *
     * @param row    data row index, from 0
     * @param column column index, from 0
     * @return the text (possibly empty)
     */
    String cell(int row, int column) {
        String[] fields = quotedRows[row];
        if (fields != null) {
            return fields[column];
        }
        String r = records[row];
        int start = 0;
        for (int c = 0; c < column; c++) {
            start = r.indexOf(',', start) + 1;
        }
        int end = r.indexOf(',', start);
        return r.substring(start, end < 0 ? r.length() : end);
    }

    /**
     * One cell as a number when it is a plain decimal (see {@link PlainDecimal}), read in place without copying
     * the text.
     *
     * @return the value, or NaN when the cell needs the general parser (or is not a number)
     */
    double plainNumber(int row, int column) {
        if (quotedRows[row] != null) {
            String f = quotedRows[row][column];
            return PlainDecimal.parse(f, 0, f.length());
        }
        String r = records[row];
        int start = 0;
        for (int c = 0; c < column; c++) {
            start = r.indexOf(',', start) + 1;
        }
        int end = r.indexOf(',', start);
        return PlainDecimal.parse(r, start, end < 0 ? r.length() : end);
    }

    /** The position of a column, if the header has it. */
    Optional<Integer> column(String name) {
        int i = header.indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    /** The position of a required column. */
    int requireColumn(String name, String why) {
        return column(name).orElseThrow(() -> new InputException(file + ": missing column '" + name + "'" + why
                + " (header: " + String.join(",", header) + ")"));
    }

    /** Row indices grouped by the value of a column, groups in order of first appearance. */
    Map<String, List<Integer>> groupBy(int column) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < records.length; r++) {
            groups.computeIfAbsent(cell(r, column).trim(), key -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    /** "FILE, row R (line L), column C" for messages. */
    String where(int row, String column) {
        return file + ", row " + (row + 1) + " (line " + lines[row] + "), column '" + column + "'";
    }
}
