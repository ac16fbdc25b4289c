package org.evsyn.ingest.spi;

/**
 * A file that cannot be read as its format. The message names the file, the record (index or id) where known,
 * and what was wrong.
 */
public class IngestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "file: record R: what" in one line. */
    public static IngestException at(String file, String record, String what) {
        return new IngestException(file + ": record " + record + ": " + what);
    }
}
