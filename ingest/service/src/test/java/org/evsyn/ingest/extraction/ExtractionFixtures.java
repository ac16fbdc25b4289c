package org.evsyn.ingest.extraction;

import org.evsyn.ingest.TestFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.spi.RecordSink;

/** Test helpers for the extraction sheet. */
final class ExtractionFixtures {

    private ExtractionFixtures() {
    }

    /** A sink that collects accepted studies and rejections. */
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

        ExtractedStudy study(String id) {
            return records.stream().map(r -> (ExtractedStudy) r.payload()).filter(s -> s.studyId().equals(id))
                    .findFirst().orElseThrow(() -> new AssertionError("no study " + id));
        }

        ParsedRecord record(String id) {
            return records.stream().filter(r -> r.payload().externalId().equals(id)).findFirst().orElseThrow();
        }
    }


    static Collected parse(IngestSource source) {
        Collected sink = new Collected();
        try {
            new ExtractionCsvAdapter().parse(source, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    static FileHead head(String resourceName) {
        try {
            byte[] all = Files.readAllBytes(TestFiles.resource(resourceName));
            return new FileHead(TestFiles.resource(resourceName).getFileName().toString(),
                    Arrays.copyOf(all, Math.min(all.length, 4096)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FileHead head(String name, String text) {
        return new FileHead(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
