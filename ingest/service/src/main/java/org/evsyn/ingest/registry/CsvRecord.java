package org.evsyn.ingest.registry;

import java.util.List;

/**
 * One record of an RFC 4180 file.
 *
 * @param number     1-based count of records in the file (the header is record 1)
 * @param firstLine  physical line the record starts on
 * @param lastLine   physical line it ends on (later than {@code firstLine} when a quoted cell holds line breaks)
 * @param cells      the unquoted cell values
 * @param raw        the record's characters exactly as in the file, without its line break
 * @param lineBreak  the line break that ended it ({@code "\r\n"}, {@code "\n"}, {@code "\r"}, or "" at end of file)
 */
record CsvRecord(int number, int firstLine, int lastLine, List<String> cells, String raw, String lineBreak) {
    CsvRecord {
        cells = List.copyOf(cells);
    }

    /** "line 7" or "lines 7-12". */
    String lines() {
        return firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
    }
}
