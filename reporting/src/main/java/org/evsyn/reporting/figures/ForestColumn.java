package org.evsyn.reporting.figures;

/**
 * A data column of a forest-style plot.
 *
 * @param group  heading shared by adjacent columns (e.g. "Cell therapy" over "Events" and "Total"), or ""
 * @param header the column's own heading
 */
record ForestColumn(String group, String header) {
}
