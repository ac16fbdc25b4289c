/**
 * The review report: {@link org.evsyn.reporting.ReportWriter} turns a
 * {@link org.evsyn.reporting.model.ReviewReport} into index.html, report.md, results.csv, results.json,
 * analysis.R and one SVG and PNG file per figure. Reporting renders; it computes nothing.
 */
package org.evsyn.reporting;
