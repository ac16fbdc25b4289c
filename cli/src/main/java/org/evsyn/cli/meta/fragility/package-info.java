/** {@code evsyn fragility}: the Walsh fragility index of one 2x2 table, and the fragility of a meta-analysis. */
package org.evsyn.cli.meta.fragility;
