package org.evsyn.ingest.extraction;

import java.util.List;

/**
 * One CSV record.
 *
 * @param number    row number as a spreadsheet shows it (the header is row 1)
 * @param firstLine line of the file the row starts on (rows may span lines inside quotes)
 * @param cells     the cell values, unquoted
 * @param raw       the row's text exactly as in the file, line terminator included
 */
record CsvRow(int number, int firstLine, List<String> cells, String raw) {

    CsvRow {
        cells = List.copyOf(cells);
    }

    /** Whether every cell is empty or blank. */
    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
