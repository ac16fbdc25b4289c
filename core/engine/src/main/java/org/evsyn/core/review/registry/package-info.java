/**
 * Arm-level outcome data read from results posted on a trial registry, and their merge with the reviewers'
 * extraction sheet.
 *
 * <p>{@link org.evsyn.core.review.registry.RegistryResultExtractor} turns the posted outcome measures of a
 * {@link org.evsyn.core.domain.TrialRecord} whose titles name a planned outcome into
 * {@link org.evsyn.core.domain.ArmOutcomeResult} rows marked as registry-sourced;
 * {@link org.evsyn.core.review.registry.ExtractionMerger} adds them to the extracted studies linked to the
 * registration (the sheet wins where both exist, and differences are listed as conflicts), so the review engine
 * consumes them unchanged.
 */
package org.evsyn.core.review.registry;
