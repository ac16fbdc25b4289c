/** {@code evsyn dose-response}: the two-stage dose-response meta-analysis of a long per-level CSV file. */
package org.evsyn.cli.meta.dose;
