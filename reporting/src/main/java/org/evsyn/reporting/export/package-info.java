/** Machine-readable and text outputs: results.csv, results.json, report.md and analysis.R. */
package org.evsyn.reporting.export;
