package org.evsyn.ingest.extraction;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evsyn.core.input.InputLimits;
import org.evsyn.ingest.spi.IngestException;

/**
 * Streams RFC 4180 CSV: quoted cells may hold the separator, doubled quotes and line breaks. Each row keeps its
 * raw text so a study's rows can be stored verbatim. A leading byte-order mark is dropped.
 */
final class CsvReader {

    private final Reader in;
    private final String file;
    private char separator = ',';
    private int pushedBack = -2;
    private int line = 1;
    private int rowNumber;
    private boolean inRow;
    private boolean started;

    CsvReader(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    /** Uses this separator from now on (the header decides between comma, semicolon and tab). */
    void separator(char c) {
        separator = c;
    }

    /** The next row, or empty at the end of the input. */
    Optional<CsvRow> next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return Optional.empty();
        }
        int firstLine = line;
        rowNumber++;
        inRow = true;
        if (rowNumber > InputLimits.SHEET_ROWS) {
            throw IngestException.at(file, "row " + rowNumber + " (line " + firstLine + ")", "more than "
                    + InputLimits.SHEET_ROWS + " rows (the limit of a sheet)");
        }
        StringBuilder raw = new StringBuilder();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellWasQuoted = false;
        while (true) {
            if (c == -1) {
                if (quoted) {
                    throw IngestException.at(file, "row " + rowNumber + " (line " + firstLine + ")",
                            "a quoted cell is not closed before the end of the file (missing '\"')");
                }
                break;
            }
            raw.append((char) c);
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        raw.append('"');
                        cell.append('"');
                    } else {
                        quoted = false;
                        pushBack(d);
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.isEmpty() && !cellWasQuoted) {
                quoted = true;
                cellWasQuoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                cellWasQuoted = false;
                if (cells.size() >= InputLimits.COLUMNS) {
                    throw IngestException.at(file, "row " + rowNumber + " (line " + firstLine + ")",
                            "more than " + InputLimits.COLUMNS + " cells in one row (the limit)");
                }
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d == '\n') {
                        raw.append('\n');
                    } else {
                        pushBack(d);
                    }
                }
                line++;
                break;
            } else {
                cell.append((char) c);
            }
            c = read();
        }
        cells.add(cell.toString());
        inRow = false;
        return Optional.of(new CsvRow(rowNumber, firstLine, cells, raw.toString()));
    }

    /** Where reading is, for a message about a read failure: "row 12 (line 14)". */
    String position() {
        return "row " + (inRow ? rowNumber : rowNumber + 1) + " (line " + line + ")";
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void pushBack(int c) {
        pushedBack = c;
    }
}
