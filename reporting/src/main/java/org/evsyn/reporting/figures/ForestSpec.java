package org.evsyn.reporting.figures;

import org.evsyn.reporting.model.ReportMeasure;

import java.util.List;

/**
 * Everything a forest-style plot shows, before layout.
 *
 * @param fileName     figure file name
 * @param title        title printed above the plot
 * @param caption      caption for the report
 * @param labelHeader  heading of the label column (e.g. "Study")
 * @param columns      data columns
 * @param plotHeader   two heading lines above the plot area (e.g. "Risk Ratio", "IV, Random, 95% CI")
 * @param measure      effect measure (fixes the axis scale)
 * @param rows         rows top to bottom
 * @param favoursLeft  label under the left half of the axis
 * @param favoursRight label under the right half
 * @param footnotes    notes under the axis (heterogeneity, tests)
 */
record ForestSpec(String fileName, String title, String caption, String labelHeader, List<ForestColumn> columns,
                  List<String> plotHeader, ReportMeasure measure, List<ForestRow> rows, String favoursLeft,
                  String favoursRight, List<String> footnotes) {

    ForestSpec {
        columns = List.copyOf(columns);
        plotHeader = List.copyOf(plotHeader);
        rows = List.copyOf(rows);
        footnotes = List.copyOf(footnotes);
    }
}
