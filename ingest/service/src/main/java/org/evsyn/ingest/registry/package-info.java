/**
 * Registry export adapters that are not ClinicalTrials.gov API v2 JSON: the ClinicalTrials.gov website CSV
 * download ({@code ctgov-csv}), the retired ClinicalTrials.gov XML ({@code ctgov-xml}) and the WHO ICTRP portal
 * XML export ({@code ictrp-xml}).
 *
 * <p>All three read one trial at a time, keep each trial's text verbatim in its
 * {@link org.evsyn.core.domain.SourceRecord}, reject unusable trials through the sink with the field that was wrong,
 * and stop with an {@link org.evsyn.ingest.spi.IngestException} naming file and record when the file itself is
 * malformed.
 */
package org.evsyn.ingest.registry;
