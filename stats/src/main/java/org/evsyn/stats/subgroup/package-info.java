/**
 * Subgroup analyses: separate pooling per subgroup, the RevMan-style test for subgroup differences, and the
 * mixed-effects moderator test with a common τ². Pooling methods other than inverse variance (Mantel–Haenszel,
 * Peto) are plugged in through {@link org.evsyn.stats.subgroup.GroupPooler}.
 */
package org.evsyn.stats.subgroup;
