/**
 * Frequentist contrast-based network meta-analysis: {@link org.evsyn.stats.network.Network} fits the consistency
 * model (common effect; REML / ML as metafor's {@code rma.mv}; netmeta's generalised DerSimonian–Laird) from arms or
 * pairwise contrasts, and the {@link org.evsyn.stats.network.NetworkFit} answers the follow-up questions: league
 * table, P-scores, rank probabilities, decomposition of Q, node-splitting, geometry.
 */
package org.evsyn.stats.network;
