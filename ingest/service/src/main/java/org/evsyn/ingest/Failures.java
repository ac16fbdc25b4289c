package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestException;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipException;
import org.evsyn.core.store.StoreAccessException;
import org.evsyn.core.store.StoreException;

/** Failures of an import as one line naming the file, the record and what was wrong. */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable e, SinkToWriter sink) {
        String where = sink.currentSource() + ": " + sink.position() + ": ";
        if (e instanceof IngestException) {
            return e.getMessage();
        }
        if (e instanceof CharConversionException) {
            return where + "not valid UTF-8 text: " + message(e);
        }
        if (e instanceof ZipException) {
            return where + "damaged zip entry: " + message(e);
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return where + "read failed: " + message(e);
        }
        if (e instanceof StoreAccessException) {
            // The store itself failed (full disk, I/O error, lock, damage): the record is not at fault.
            return where + message(e);
        }
        if (e instanceof StoreException) {
            return where + "the store refused the record: " + message(e);
        }
        if (e instanceof OutOfMemoryError) {
            return where + "ran out of memory (the Java heap is at most " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB; a larger heap, e.g. EVSYN_JAVA_OPTS=-Xmx4g, may read this file)";
        }
        if (e instanceof StackOverflowError) {
            return where + "the content is nested too deeply to read (the reader ran out of stack)";
        }
        return where + e.getClass().getSimpleName() + ": " + message(e);
    }

    static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
