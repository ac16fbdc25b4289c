package org.evsyn.reporting.export;

import java.util.List;

/**
 * Writes results.csv: RFC 4180 quoting, a header row, one row per pooled analysis, numbers in full precision
 * with "." as decimal separator and "NA" for values that do not exist. Text cells a spreadsheet would run as a
 * formula (an outcome label "=HYPERLINK(...)") start with a single quote (see {@link CsvCells}).
 */
public final class ResultsCsv {

    private ResultsCsv() {
    }

    /** The CSV text. */
    public static String of(List<ResultRow> rows) {
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", ResultRow.COLUMNS)).append("\r\n");
        for (ResultRow r : rows) {
            List<Object> v = r.values();
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(cell(v.get(i)));
            }
            b.append("\r\n");
        }
        return b.toString();
    }

    private static String cell(Object v) {
        if (v instanceof Double d) {
            return org.evsyn.reporting.format.Numbers.exact(d);
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        return CsvCells.text(String.valueOf(v));
    }
}
