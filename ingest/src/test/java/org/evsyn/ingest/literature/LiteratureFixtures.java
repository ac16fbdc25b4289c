package org.evsyn.ingest.literature;

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
import java.util.List;
import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.ingest.FileHead;
import org.evsyn.ingest.IngestAdapter;
import org.evsyn.ingest.IngestSource;
import org.evsyn.ingest.RecordSink;

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

    static Path resource(String name) {
        URL url = LiteratureFixtures.class.getClassLoader().getResource(name);
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
            byte[] all = Files.readAllBytes(resource(resourceName));
            byte[] head = java.util.Arrays.copyOf(all, Math.min(all.length, 4096));
            return new FileHead(resource(resourceName).getFileName().toString(), head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String resourceName) {
        try {
            return Files.readString(resource(resourceName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
