/**
 * The "run every analysis that applies" convenience over {@link org.evsyn.stats.Meta}:
 * {@link org.evsyn.stats.analysis.MetaAnalysisRunner} takes studies and options and returns every block that
 * applies, a failing block as its reason; {@link org.evsyn.stats.analysis.AnalysisDocument} lays the result out as
 * the tree that {@code evsyn meta --format json} prints and the conformance fixtures record.
 */
package org.evsyn.stats.analysis;
