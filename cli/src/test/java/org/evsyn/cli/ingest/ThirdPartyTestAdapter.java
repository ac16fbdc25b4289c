package org.evsyn.cli.ingest;

import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.spi.IngestAdapter;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.spi.RecordSink;

/** An adapter known only through {@code META-INF/services} of the test classpath, as a third-party jar would be. */
public final class ThirdPartyTestAdapter implements IngestAdapter {

    @Override
    public String formatId() {
        return "third-party-test";
    }

    @Override
    public String description() {
        return "test-only adapter found through ServiceLoader";
    }

    /** Never recognises a file; throws the JVM's errors for the heads that ask for them, as a failing sniffer would. */
    @Override
    public boolean sniff(FileHead head) {
        if (head.text().startsWith("#third-party-test: out of memory")) {
            throw new OutOfMemoryError("Java heap space");
        }
        if (head.text().startsWith("#third-party-test: out of stack")) {
            throw new StackOverflowError();
        }
        return false;
    }

    @Override
    public void parse(IngestSource source, RecordSink sink) {
    }
}
