package org.evsyn.reporting;

import java.nio.file.Path;
import java.util.List;

/**
 * The files a report consists of.
 *
 * @param index   the self-contained HTML report
 * @param markdown report.md
 * @param csv     results.csv
 * @param json    results.json
 * @param rScript analysis.R
 * @param figures SVG and PNG figure files, in report order
 * @param warnings what could not be written and why (e.g. PNG copies on a machine without fonts); the report
 *                 itself is complete without them
 */
public record ReportFiles(Path index, Path markdown, Path csv, Path json, Path rScript, List<Path> figures,
                          List<String> warnings) {

    /** Copies the lists. */
    public ReportFiles {
        figures = List.copyOf(figures);
        warnings = List.copyOf(warnings);
    }

    /** Every file written. */
    public List<Path> all() {
        List<Path> all = new java.util.ArrayList<>(List.of(index, markdown, csv, json, rScript));
        all.addAll(figures);
        return List.copyOf(all);
    }
}
