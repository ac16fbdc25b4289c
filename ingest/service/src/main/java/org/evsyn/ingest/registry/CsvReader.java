package org.evsyn.ingest.registry;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.evsyn.core.input.InputLimits;
import org.evsyn.ingest.spi.IngestException;

/**
 * A small streaming RFC 4180 reader: comma-separated, double-quoted cells that may hold commas, doubled quotes and
 * line breaks, records ended by CRLF, LF or CR.
 *
 * <p>Written here rather than taken from {@code jackson-dataformat-csv} because the adapters must keep each record's
 * text exactly as in the file (the verbatim source record) and report the physical line of a quoting error;
 * Jackson's CSV parser hands out cell values only. Quoting is strict: a quote inside an unquoted cell, or text
 * after a closing quote, is an error, because a file like that has lost its cell boundaries.
 */
final class CsvReader {

    private final LineCountingChars chars;
    private final String fileName;
    private int records;
    private boolean inRecord;

    /**
     * @param in       characters of the file (the caller decodes and closes)
     * @param fileName used in error messages
     */
    CsvReader(Reader in, String fileName) {
        this.chars = new LineCountingChars(in);
        this.fileName = Objects.requireNonNull(fileName, "fileName");
    }

    /**
     * The next non-empty record, or empty at end of file. Blank lines between records are skipped.
     *
     * @throws IngestException on malformed quoting or undecodable bytes
     */
    Optional<CsvRecord> next() throws IOException {
        try {
            while (true) {
                int c = chars.peek();
                if (c == LineCountingChars.EOF) {
                    return Optional.empty();
                }
                if (c == '\r' || c == '\n') {
                    chars.read(); // a blank line holds no record
                    continue;
                }
                inRecord = true;
                CsvRecord r = readRecord();
                inRecord = false;
                return Optional.of(r);
            }
        } catch (CharacterCodingException e) {
            throw IngestException.at(fileName, (inRecord ? records : records + 1) + " (line " + chars.line() + ")",
                    TextDecoding.describe(e, StandardCharsets.UTF_8));
        }
    }

    private CsvRecord readRecord() throws IOException {
        int number = ++records;
        int firstLine = chars.line();
        StringBuilder raw = new StringBuilder(256);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        while (true) {
            int c = chars.read();
            if (c == '"' && cell.isEmpty()) {
                raw.append('"');
                readQuoted(cell, raw, number, firstLine, cells.size() + 1);
                c = chars.read();
                if (c != ',' && c != '\r' && c != '\n' && c != LineCountingChars.EOF) {
                    throw error(number, firstLine, "column " + (cells.size() + 1) + ": unexpected \""
                            + (char) c + "\" after the closing quote on line " + chars.line()
                            + " (a quote inside a quoted cell must be doubled)");
                }
            }
            if (c == ',') {
                raw.append(',');
                cells.add(cell.toString());
                cell.setLength(0);
                if (cells.size() >= InputLimits.COLUMNS) {
                    throw error(number, firstLine, "more than " + InputLimits.COLUMNS
                            + " cells in one row (the limit)");
                }
            } else if (c == '\r' || c == '\n' || c == LineCountingChars.EOF) {
                cells.add(cell.toString());
                String lineBreak = "";
                int lastLine = chars.line();
                if (c == '\r') {
                    if (chars.peek() == '\n') {
                        chars.read();
                        lineBreak = "\r\n";
                    } else {
                        lineBreak = "\r";
                    }
                    lastLine = chars.line() - 1;
                } else if (c == '\n') {
                    lineBreak = "\n";
                    lastLine = chars.line() - 1;
                }
                return new CsvRecord(number, firstLine, lastLine, cells, raw.toString(), lineBreak);
            } else if (c == '"') {
                throw error(number, firstLine, "column " + (cells.size() + 1)
                        + ": a quote inside an unquoted cell on line " + chars.line()
                        + " (cells holding quotes must be quoted, with the quotes doubled)");
            } else {
                raw.append((char) c);
                cell.append((char) c);
                checkLength(raw, number, firstLine);
            }
        }
    }

    private void readQuoted(StringBuilder cell, StringBuilder raw, int number, int firstLine, int column)
            throws IOException {
        int openedOn = chars.line();
        while (true) {
            int c = chars.read();
            if (c == LineCountingChars.EOF) {
                throw error(number, firstLine, "column " + column + ": the quoted cell opened on line " + openedOn
                        + " is never closed (end of file inside quotes)");
            }
            raw.append((char) c);
            checkLength(raw, number, firstLine);
            if (c == '"') {
                if (chars.peek() != '"') {
                    return;
                }
                chars.read();
                raw.append('"');
                cell.append('"');
            } else {
                cell.append((char) c);
            }
        }
    }

    /** A row is one record: bounded, so that a quote never closed cannot read the rest of the file into memory. */
    private void checkLength(StringBuilder raw, int number, int firstLine) {
        if (raw.length() > InputLimits.RECORD_CHARS) {
            throw error(number, firstLine, "the row is longer than " + InputLimits.bytes(InputLimits.RECORD_CHARS)
                    + " of text (the limit of one record; is a closing quote missing?)");
        }
    }

    private IngestException error(int number, int firstLine, String what) {
        return IngestException.at(fileName, number + " (starting on line " + firstLine + ")", what);
    }
}
