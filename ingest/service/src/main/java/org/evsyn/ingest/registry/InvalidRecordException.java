package org.evsyn.ingest.registry;

/**
 * A trial that was read but whose content is unusable (an enrolment that is not a number, a date in no known
 * format); the adapter rejects the trial with this reason and goes on.
 */
final class InvalidRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param field   the field as the source names it (column header or element path)
     * @param problem what was wrong and what was expected
     */
    InvalidRecordException(String field, String problem) {
        super(field + ": " + problem);
    }
}
