package org.evsyn.ingest.extraction;

/** A cell that cannot be used; the row it is on is rejected with this message. */
final class RowProblem extends Exception {
    private static final long serialVersionUID = 1L;

    RowProblem(String message) {
        super(message);
    }

    /** "column C: expected E, found 'V'". */
    static RowProblem at(SheetColumn column, String expected, String found) {
        return new RowProblem("column " + column.header() + ": expected " + expected + ", found '" + found + "'");
    }
}
