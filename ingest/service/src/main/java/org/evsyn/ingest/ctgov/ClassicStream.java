package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.evsyn.ingest.spi.IngestException;

/**
 * Streams the studies of a classic (v1) API file, one at a time: a search response
 * {@code {"FullStudiesResponse":{...,"FullStudies":[{"Rank":1,"Study":{...}},...]}}} or one study of the classic bulk
 * download {@code {"FullStudy":{"Rank":1,"Study":{...}}}}. Each handed-over tree is the {@code Study} object.
 */
final class ClassicStream {

    /** Receives each study. */
    @FunctionalInterface
    interface Handler {
        /**
         * @param ref   where the study is: {@code FullStudies[i]} or {@code FullStudy}
         * @param study the {@code Study} object
         */
        void study(String ref, JsonNode study) throws IOException;
    }

    private final ObjectMapper mapper;

    ClassicStream(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void read(InputStream in, String fileName, Handler handler, StudyStream.Cursor cursor) throws IOException {
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IngestException(fileName + ": expected a classic API object {\"FullStudiesResponse\":...}"
                        + " or {\"FullStudy\":...}");
            }
            boolean found = false;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("FullStudiesResponse".equals(name) && value == JsonToken.START_OBJECT) {
                    found = true;
                    readResponse(p, fileName, handler, cursor);
                } else if ("FullStudy".equals(name) && value == JsonToken.START_OBJECT) {
                    found = true;
                    cursor.set("FullStudy");
                    handler.study("FullStudy", study(mapper.readTree(p), fileName, "FullStudy"));
                } else {
                    p.skipChildren();
                }
            }
            if (!found) {
                throw new IngestException(fileName + ": not a classic API file: no \"FullStudiesResponse\" or"
                        + " \"FullStudy\" object");
            }
            if (p.nextToken() != null) {
                throw new IngestException(fileName + ": unexpected content after the end of the JSON object at line "
                        + p.currentTokenLocation().getLineNr());
            }
        }
    }

    private void readResponse(JsonParser p, String fileName, Handler handler, StudyStream.Cursor cursor)
            throws IOException {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (!"FullStudies".equals(name)) {
                p.skipChildren();
                continue;
            }
            if (value != JsonToken.START_ARRAY) {
                throw new IngestException(fileName + ": \"FullStudies\" must be an array, found " + value.name());
            }
            int index = 0;
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken(), index++) {
                String ref = "FullStudies[" + index + "]";
                cursor.set(ref);
                if (e != JsonToken.START_OBJECT) {
                    throw IngestException.at(fileName, ref, "expected {\"Rank\":..,\"Study\":{..}}, found " + e.name());
                }
                handler.study(ref, study(mapper.readTree(p), fileName, ref));
            }
        }
    }

    /** The {@code Study} of a {@code {"Rank":..,"Study":{..}}} entry. */
    private static JsonNode study(JsonNode entry, String fileName, String ref) {
        JsonNode study = entry.get("Study");
        if (study == null || !study.isObject()) {
            throw IngestException.at(fileName, ref, "expected a \"Study\" object in the entry");
        }
        return study;
    }
}
