package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestSource;

import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test resources and small generated files. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A file under {@code src/test/resources}. */
    public static Path resource(String name) {
        URL url = TestFiles.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A ctgov sample from {@code src/test/resources/ctgov}. */
    public static Path ctgov(String nameContains) throws IOException {
        try (var files = Files.list(resource("ctgov"))) {
            return files.filter(p -> p.getFileName().toString().contains(nameContains)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no ctgov sample matching " + nameContains));
        }
    }

    /** Writes a zip with the given entries (name to bytes) in the given order. */
    public static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A test resource as an ingest source. */
    public static IngestSource file(String resourceName) {
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

    /** UTF-8 text as an ingest source named {@code name}. */
    public static IngestSource text(String name, String content) {
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
}
