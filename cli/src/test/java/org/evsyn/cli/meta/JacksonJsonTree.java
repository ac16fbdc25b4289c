package org.evsyn.cli.meta;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The Jackson-generator writer that {@link JsonTree} replaced, kept as the reference its output must match byte
 * for byte.
 *
 * <p>Original description: writes an analysis tree (maps, lists, strings, booleans, numbers) as one line of JSON. Non-finite numbers
 * become {@code null}, as the output contract says; doubles are written in a shortest round-trip form, which does
 * not depend on the locale.
 */
final class JacksonJsonTree {

    // The fast writer prints the shortest decimal that reads back as the same double, like Double.toString.
    private final JsonFactory factory = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    /**
     * One JSON object on one line.
     *
     * @param split the split value to put first, or null for none
     * @param tree  the object's entries
     * @return the JSON text, without a line break
     */
    String write(String split, Map<String, Object> tree) {
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            if (split != null) {
                g.writeStringField("split", split);
            }
            for (Map.Entry<String, Object> e : tree.entrySet()) {
                g.writeFieldName(e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Double d) {
            if (Double.isFinite(d)) {
                g.writeNumber(d);
            } else {
                g.writeNull();
            }
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            // Whole numbers beyond int (the nma command's seed) are written exactly, as Jackson writes a long.
            g.writeNumber(l);
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(e.getKey().toString());
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object x : l) {
                value(g, x);
            }
            g.writeEndArray();
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else {
            throw new IllegalArgumentException("cannot write " + v + " as JSON");
        }
    }
}
