package org.evsyn.reporting.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes results.json: {"analyses": [...]} with one object per pooled analysis; NaN becomes null. */
public final class ResultsJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Creates the writer. */
    public ResultsJson() {
    }

    /** The JSON text. */
    public String of(List<ResultRow> rows) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ResultRow r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            List<Object> v = r.values();
            for (int i = 0; i < v.size(); i++) {
                Object x = v.get(i);
                boolean absent = x instanceof Double d && !Double.isFinite(d)
                        || ResultRow.COLUMNS.get(i).equals("influential") && "".equals(x);
                m.put(ResultRow.COLUMNS.get(i), absent ? null : x);
            }
            list.add(m);
        }
        try {
            return mapper.writeValueAsString(Map.of("analyses", list)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write results.json", e);
        }
    }
}
