package org.evsyn.ingest.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.ingest.FileHead;
import org.evsyn.ingest.IngestSource;
import org.evsyn.ingest.RecordSink;

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

    static Path resource(String name) {
        URL url = ExtractionFixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static IngestSource file(String resourceName) {
        Path path = resource(resourceName);
        return new IngestSource() {
            @Override
            public String name() {
                return path.getFileName().toString();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }
        };
    }

    static IngestSource text(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new IngestSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        };
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
            byte[] all = Files.readAllBytes(resource(resourceName));
            return new FileHead(resource(resourceName).getFileName().toString(),
                    Arrays.copyOf(all, Math.min(all.length, 4096)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FileHead head(String name, String text) {
        return new FileHead(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
