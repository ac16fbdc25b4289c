package org.evsyn.core.review.living;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.core.review.engine.ArmData;
import org.evsyn.core.review.engine.StudyOutcomeData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns an analysis's studies into {@link StudyValues}, and reads them back from a stored run's result. */
final class StudyValuesReader {

    private StudyValuesReader() {
    }

    /** The numbers of one comparison as they entered the analysis. */
    static StudyValues of(StudyOutcomeData d) {
        Map<String, String> v = new LinkedHashMap<>();
        arm(v, "treatment", d.treatment());
        arm(v, "control", d.control());
        d.estimate().ifPresent(e -> {
            v.put("estimate", number(e.yi()));
            v.put("standard error", number(e.sei()));
        });
        d.timepointDays().ifPresent(t -> v.put("time point (days)", number(t)));
        return new StudyValues(d.label(), d.sourceRefs(), v);
    }

    private static void arm(Map<String, String> v, String role, ArmData a) {
        v.put(role + " n", Integer.toString(a.n()));
        a.mean().ifPresent(x -> v.put(role + " mean", number(x)));
        a.sd().ifPresent(x -> v.put(role + " sd", number(x)));
        a.events().ifPresent(x -> v.put(role + " events", Integer.toString(x)));
    }

    /** The shortest exact decimal: 12.5, not 12.500000 or 1.25E1. */
    private static String number(double x) {
        return Double.isFinite(x) ? BigDecimal.valueOf(x).stripTrailingZeros().toPlainString() : Double.toString(x);
    }

    /** The studies a stored result holds; empty when it was stored before runs recorded them. */
    static Optional<List<StudyValues>> read(JsonNode result) {
        JsonNode studies = result.path("studies");
        if (!studies.isArray()) {
            return Optional.empty();
        }
        List<StudyValues> out = new ArrayList<>();
        for (JsonNode s : studies) {
            List<String> sources = new ArrayList<>();
            s.path("sources").forEach(x -> sources.add(x.asText()));
            Map<String, String> values = new LinkedHashMap<>();
            s.path("values").fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            out.add(new StudyValues(s.path("label").asText(), sources, values));
        }
        return Optional.of(out);
    }

    /** The layout {@link #read} reads. */
    static Map<String, Object> write(StudyValues s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", s.label());
        m.put("sources", s.sources());
        m.put("values", s.values());
        return m;
    }
}
