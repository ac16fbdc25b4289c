/**
 * Result records of a subgroup analysis: one pooled result per subgroup, the RevMan-style test for subgroup
 * differences, and the mixed-effects moderator test with a common τ².
 */
package org.evsyn.stats.subgroup;
