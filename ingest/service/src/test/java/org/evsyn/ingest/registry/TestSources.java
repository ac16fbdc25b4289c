package org.evsyn.ingest.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.spi.IngestSource;

/** Sources over the test resources under {@code registry/} and over literal text. */
final class TestSources {

    private TestSources() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = TestSources.class.getResourceAsStream("/registry/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource registry/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static IngestSource resource(String resource) {
        return of(resource, bytes(resource));
    }

    static IngestSource of(String name, String content) {
        return of(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static IngestSource of(String name, byte[] content) {
        byte[] copy = content.clone();
        return new IngestSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(copy);
            }
        };
    }

    static FileHead head(String name, byte[] content) {
        return new FileHead(name, Arrays.copyOf(content, Math.min(content.length, 8192)));
    }

    static FileHead head(String name, String content) {
        return head(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
