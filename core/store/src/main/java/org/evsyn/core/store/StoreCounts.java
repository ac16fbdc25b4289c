package org.evsyn.core.store;

/**
 * What the store holds, as {@code evsyn status} prints it. Records are counted once however many versions are
 * stored, and measures, results, adverse events and arms are those of current versions (see docs/schema.md).
 *
 * @param registrations     distinct registered trials
 * @param literatureRecords distinct literature records
 * @param studies           studies
 * @param arms              study arms
 * @param outcomeMeasures   posted and extracted outcome measures (baseline measures not included)
 * @param outcomeResults    arm-level values of those measures
 * @param adverseEvents     adverse-event terms
 * @param importBatches     committed imports, including re-imports that found nothing new
 */
public record StoreCounts(
        long registrations,
        long literatureRecords,
        long studies,
        long arms,
        long outcomeMeasures,
        long outcomeResults,
        long adverseEvents,
        long importBatches) {
}
