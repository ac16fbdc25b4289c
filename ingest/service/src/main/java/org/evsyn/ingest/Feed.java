package org.evsyn.ingest;

import org.evsyn.ingest.spi.RecordSink;

/** A record sink that is also told which file or zip entry the next records come from. */
interface Feed extends RecordSink {

    /** The following records come from {@code name}. */
    void startSource(String name);
}
