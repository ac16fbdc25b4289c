package org.evsyn.cli.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON object on one line from a tree of maps, lists and values, with non-finite numbers written as
 * {@code null} (the output contract of every stats command).
 */
public final class JsonOutput {

    private final ObjectMapper mapper = new ObjectMapper();

    /** Nothing to configure. */
    public JsonOutput() {
    }

    /**
     * The text of a tree.
     *
     * @param tree maps (keys in insertion order), lists, strings, numbers, booleans
     * @return compact JSON
     */
    public String write(Map<String, ?> tree) {
        try {
            return mapper.writeValueAsString(clean(tree));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object clean(Object value) {
        if (value instanceof Double d && !Double.isFinite(d)) {
            return null;
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, clean(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(clean(v)));
            return out;
        }
        return value;
    }
}
