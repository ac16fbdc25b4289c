package org.evsyn.core.store;

/** The work of one import: reads the file and hands each record to the writer. */
@FunctionalInterface
public interface ImportBody {
    /**
     * Reads the file and hands each record to {@code writer}.
     *
     * @param writer receives the records; valid only during this call
     * @throws Exception anything; the import is then rolled back and reported as an {@link ImportFailedException}
     */
    void run(ImportWriter writer) throws Exception;
}
