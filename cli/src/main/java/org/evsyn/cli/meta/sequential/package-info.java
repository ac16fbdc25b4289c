/** {@code evsyn tsa}: trial sequential analysis of the trials in a CSV file, and the boundaries of a design. */
package org.evsyn.cli.meta.sequential;
