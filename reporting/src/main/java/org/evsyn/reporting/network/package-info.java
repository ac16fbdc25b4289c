/**
 * The report's network meta-analysis, trial sequential analysis and fragility parts: the figures (network graph,
 * forest plot against the reference, ranking plot, node-split forest plot, TSA figure), the league table and the
 * sentences, all drawn from what the engine computed.
 */
package org.evsyn.reporting.network;
