package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import org.evsyn.ingest.spi.IngestException;
import org.evsyn.ingest.spi.RecordWindow;

/**
 * Streams the study objects of a v2 file, one at a time: either the file is one study, or it is a page
 * {@code {"totalCount":..,"studies":[..],"nextPageToken":..}} whose studies are read one by one, so a page of any
 * size never sits in memory whole. A file already in memory is read from its array, and each study comes with
 * the span of its own text in it.
 */
final class StudyStream {

    private static final Set<String> PAGE_FIELDS = Set.of("studies", "totalCount", "nextPageToken");

    /** Receives each study. */
    @FunctionalInterface
    interface Handler {
        /**
         * @param ref   where the study is: {@code studies[i]} in a page, {@code study} for a single-study file
         * @param study the study object
         * @param text  the study's own text, from its opening to its closing brace, when the file is in memory
         */
        void study(String ref, ObjectNode study, Optional<RawJson> text) throws IOException;
    }

    /**
     * Where reading is: the study being read, for messages about a failure inside it. Each study starts a new
     * window of the input's byte bound, when it has one.
     */
    static final class Cursor {
        private String ref = "";
        private RecordWindow window;

        /** Starts a window of {@code w} at each study from now on. */
        void bound(RecordWindow w) {
            window = w;
        }

        /** {@code studies[i]} or {@code study} while a study is read; empty before the first. */
        String ref() {
            return ref;
        }

        void set(String where) {
            ref = where;
            if (window != null) {
                window.start();
            }
        }
    }

    private final ObjectMapper mapper;

    StudyStream(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void read(InputStream in, String fileName, Handler handler) throws IOException {
        read(in, fileName, handler, new Cursor());
    }

    void read(InputStream in, String fileName, Handler handler, Cursor cursor) throws IOException {
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            read(p, Optional.empty(), fileName, handler, cursor);
        }
    }

    /** Reads a file held whole in {@code content}; each study comes with its span in the array. */
    void read(byte[] content, String fileName, Handler handler, Cursor cursor) throws IOException {
        try (JsonParser p = mapper.getFactory().createParser(content)) {
            read(p, Optional.of(content), fileName, handler, cursor);
        }
    }

    private void read(JsonParser p, Optional<byte[]> content, String fileName, Handler handler, Cursor cursor)
            throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new IngestException(fileName + ": no JSON content (only white space)");
        }
        if (t != JsonToken.START_OBJECT) {
            throw new IngestException(fileName + ": expected a study object or a page {\"studies\":[...]}, found "
                    + t.name() + " at line " + p.currentTokenLocation().getLineNr());
        }
        long objectStart = content.isPresent() ? p.currentTokenLocation().getByteOffset() : -1;
        t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            throw new IngestException(fileName + ": empty JSON object, not a study");
        }
        if (TopLevelKeys.CLASSIC.contains(p.currentName())) {
            throw new IngestException(fileName + ": a ClinicalTrials.gov classic API (v1) file (\""
                    + p.currentName() + "\"), not API v2 JSON; read it with --format ctgov-classic-json"
                    + " or let the format be detected");
        }
        if (PAGE_FIELDS.contains(p.currentName())) {
            readPage(p, content, fileName, handler, cursor);
        } else {
            cursor.set("study");
            ObjectNode study = readRest(p);
            handler.study("study", study, span(p, content, objectStart));
        }
        if (p.nextToken() != null) {
            throw new IngestException(fileName + ": unexpected content after the end of the JSON object at line "
                    + p.currentTokenLocation().getLineNr());
        }
    }

    /** Reads the remaining fields of an object whose first field name is the current token. */
    private ObjectNode readRest(JsonParser p) throws IOException {
        ObjectNode node = mapper.createObjectNode();
        for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            JsonNode value = mapper.readTree(p);
            if (node.replace(name, value) != null) {
                // The study object is built here, field by field: its own keys are checked here too.
                throw new JsonParseException(p, "Duplicate field '" + name + "'");
            }
        }
        return node;
    }

    /** The span from {@code start} to the closing brace that is the current token. */
    private static Optional<RawJson> span(JsonParser p, Optional<byte[]> content, long start) {
        if (content.isEmpty() || start < 0) {
            return Optional.empty();
        }
        long end = p.currentTokenLocation().getByteOffset() + 1;
        return Optional.of(new RawJson(content.get(), (int) start, (int) end));
    }

    private void readPage(JsonParser p, Optional<byte[]> content, String fileName, Handler handler, Cursor cursor)
            throws IOException {
        for (JsonToken t = p.currentToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (!"studies".equals(name)) {
                p.skipChildren();
                continue;
            }
            if (value != JsonToken.START_ARRAY) {
                throw new IngestException(fileName + ": \"studies\" must be an array, found " + value.name());
            }
            int index = 0;
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken(), index++) {
                String ref = "studies[" + index + "]";
                cursor.set(ref);
                if (e != JsonToken.START_OBJECT) {
                    throw IngestException.at(fileName, ref, "expected a study object, found " + e.name());
                }
                long start = content.isPresent() ? p.currentTokenLocation().getByteOffset() : -1;
                JsonToken first = p.nextToken();
                ObjectNode study = first == JsonToken.END_OBJECT ? mapper.createObjectNode() : readRest(p);
                handler.study(ref, study, span(p, content, start));
            }
        }
    }
}
