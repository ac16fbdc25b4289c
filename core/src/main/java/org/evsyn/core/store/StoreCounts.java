package org.evsyn.core.store;

/** Row counts of the main tables, as {@code evsyn status} prints them. */
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
