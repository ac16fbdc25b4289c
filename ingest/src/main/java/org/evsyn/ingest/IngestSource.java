package org.evsyn.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Something to ingest: a file, or an entry of a zip or folder. */
public interface IngestSource {

    /** Name used in messages and provenance, e.g. {@code studies.zip!/NCT00000102.json}. */
    String name();

    /** A fresh stream over the content; the caller closes it. */
    InputStream open() throws IOException;
}
