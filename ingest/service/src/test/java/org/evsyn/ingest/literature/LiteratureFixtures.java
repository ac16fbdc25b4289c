package org.evsyn.ingest.literature;

import org.evsyn.ingest.TestFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.spi.IngestAdapter;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.spi.RecordSink;

/** Test helpers: sources over resources or strings, and a sink that keeps what it gets. */
final class LiteratureFixtures {

    private LiteratureFixtures() {
    }

    /** A sink that collects accepted records and rejections. */
    static final class Collected implements RecordSink {
        final List<ParsedRecord> records = new ArrayList<>();
        final List<String> rejections = new ArrayList<>();

        @Override
        public void accept(ParsedRecord record) {
            records.add(record);
        }

        @Override
        public void reject(String recordRef, String reason) {
            rejections.add(recordRef + ": " + reason);
        }

        LiteratureRecord literature(int i) {
            return (LiteratureRecord) records.get(i).payload();
        }
    }


    static Collected parse(IngestAdapter adapter, IngestSource source) {
        Collected sink = new Collected();
        try {
            adapter.parse(source, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    static FileHead head(String resourceName) {
        try {
            byte[] all = Files.readAllBytes(TestFiles.resource(resourceName));
            byte[] head = java.util.Arrays.copyOf(all, Math.min(all.length, 4096));
            return new FileHead(TestFiles.resource(resourceName).getFileName().toString(), head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String resourceName) {
        try {
            return Files.readString(TestFiles.resource(resourceName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
