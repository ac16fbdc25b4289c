package org.evsyn.reporting.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes results.json: {"analyses": [...]} with one object per pooled analysis (NaN becomes null), and, for a
 * review, {"studies": [...]} with each study row's treatments (null when not recorded).
 */
public final class ResultsJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Creates the writer. */
    public ResultsJson() {
    }

    /** The JSON text of a review: its pooled analyses, then what each study row's arms received. */
    public String of(List<ResultRow> rows, List<StudyTreatmentRow> studies) {
        return of(rows, studies, org.evsyn.reporting.model.NetworkReport.NONE);
    }

    /**
     * The JSON text of a review: its pooled analyses, what each study row's arms received, and, when the review has
     * them, its network meta-analyses ({@code networks}) and trial sequential analyses and fragility indices
     * ({@code sequential}).
     */
    public String of(List<ResultRow> rows, List<StudyTreatmentRow> studies,
                     org.evsyn.reporting.model.NetworkReport beyond) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("analyses", analyses(rows));
        List<Map<String, Object>> list = new ArrayList<>();
        for (StudyTreatmentRow s : studies) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome_id", s.outcomeId());
            m.put("outcome", s.outcome());
            m.put("study", s.study());
            m.put("experimental_treatment", s.experimentalTreatment().orElse(null));
            m.put("control_treatment", s.controlTreatment().orElse(null));
            m.put("conversions", s.conversions().stream().map(ResultsJson::conversion).toList());
            m.put("notes", s.notes());
            list.add(m);
        }
        document.put("studies", list);
        if (!beyond.networks().isEmpty()) {
            document.put("networks", org.evsyn.reporting.network.NetworkJson.networks(beyond));
        }
        if (!beyond.outcomes().isEmpty()) {
            document.put("sequential", org.evsyn.reporting.network.NetworkJson.sequential(beyond));
        }
        return write(document);
    }

    private static Map<String, Object> conversion(org.evsyn.reporting.model.Conversion c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("arm", c.arm());
        m.put("method", c.method());
        m.put("label", c.label());
        m.put("source", c.source());
        m.put("as_printed", c.printed());
        m.put("mean", c.mean().isPresent() ? c.mean().getAsDouble() : null);
        m.put("sd", c.sd().isPresent() ? c.sd().getAsDouble() : null);
        return m;
    }

    private static List<Map<String, Object>> analyses(List<ResultRow> rows) {
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
        return list;
    }

    private String write(Map<String, Object> document) {
        try {
            return mapper.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write results.json", e);
        }
    }
}
