package org.evsyn.core.store;

/** The work of one import: reads the file and hands each record to the writer. */
@FunctionalInterface
public interface ImportBody {
    void run(ImportWriter writer) throws Exception;
}
