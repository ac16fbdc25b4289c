package org.evsyn.ingest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Generated API v2 pages for tests: copies of a real sample study under new NCT ids. */
final class StudyFiles {

    private StudyFiles() {
    }

    /** A zip of {@code count} study files, like the registry's bulk download, each a copy under a new NCT id. */
    static Path zip(Path file, String sample, int count) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode template = (ObjectNode) mapper.readTree(TestFiles.ctgov(sample).toFile());
        try (OutputStream os = Files.newOutputStream(file);
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(os)) {
            for (int i = 0; i < count; i++) {
                ObjectNode s = template.deepCopy();
                String id = String.format("NCT%08d", 80_000_000 + i);
                ((ObjectNode) s.at("/protocolSection/identificationModule")).put("nctId", id);
                zip.putNextEntry(new java.util.zip.ZipEntry(id + ".json"));
                zip.write(mapper.writeValueAsBytes(s));
                zip.closeEntry();
            }
        }
        return file;
    }

    static Path page(Path file, String sample, int count) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode template = (ObjectNode) mapper.readTree(TestFiles.ctgov(sample).toFile());
        try (OutputStream os = Files.newOutputStream(file);
             JsonGenerator g = mapper.getFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("studies");
            for (int i = 0; i < count; i++) {
                ObjectNode s = template.deepCopy();
                ((ObjectNode) s.at("/protocolSection/identificationModule"))
                        .put("nctId", String.format("NCT%08d", 80_000_000 + i));
                g.writeTree(s);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return file;
    }
}
