package org.evsyn.core.review.sheet;

import java.util.Map;
import java.util.Optional;

/**
 * One data row of a review sheet, with its line number for error messages.
 *
 * @param file   the sheet's file name
 * @param row    1-based data row number (the header is row 0)
 * @param values cell text by column name (trimmed; empty cells absent)
 */
public record SheetRow(String file, int row, Map<String, String> values) {
    public SheetRow {
        values = Map.copyOf(values);
    }

    /** A cell's text, empty when blank or the column is absent. */
    public Optional<String> get(String column) {
        return Optional.ofNullable(values.get(column));
    }

    /** A required cell, or an error naming file, row and column. */
    public String require(String column) {
        return get(column).orElseThrow(() -> error(column, "is empty; a value is required"));
    }

    /** An error about one cell of this row. */
    public SheetException error(String column, String what) {
        return new SheetException(file + ": row " + row + ", column " + column + ": " + what);
    }
}
