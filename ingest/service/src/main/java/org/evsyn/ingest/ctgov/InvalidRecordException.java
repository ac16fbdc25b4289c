package org.evsyn.ingest.ctgov;

/**
 * A study that parsed as JSON but whose content is unusable (a negative count, more affected than at risk);
 * the study is rejected with this reason and the import goes on.
 */
final class InvalidRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    InvalidRecordException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The JSON path of the offending field. */
    String field() {
        return field;
    }
}
