package org.evsyn.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes realistic API v2 study records for benchmarks by re-identifying real registry records: each study is a copy
 * of a bundled real record with a new NCT id and sponsor id, and perturbed titles, dates, enrolment, values and
 * adverse-event counts. About one in eight carries posted results, as in the registry.
 */
final class CtgovStudyGenerator {

    private static final String TEMPLATES = "templates/";
    private static final Pattern DATE = Pattern.compile("(\\d{4})((?:-\\d{2}){0,2})");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Share of studies with posted results (the registry has about 75,000 of 600,000). */
    private static final int RESULTS_ONE_IN = 8;

    private final List<ObjectNode> withResults = new ArrayList<>();
    private final List<ObjectNode> all = new ArrayList<>();
    private final long seed;

    CtgovStudyGenerator(ObjectMapper mapper, long seed) {
        this.seed = seed;
        for (String name : templateNames()) {
            ObjectNode study = (ObjectNode) read(mapper, name);
            all.add(study);
            if (study.has("resultsSection")) {
                withResults.add(study);
            }
        }
    }

    private static List<String> templateNames() {
        try (InputStream in = open("index.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(ObjectMapper mapper, String name) {
        try (InputStream in = open(name)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        return Objects.requireNonNull(CtgovStudyGenerator.class.getResourceAsStream(TEMPLATES + name),
                "bundled benchmark template " + name);
    }

    /** The NCT id of study {@code index}: a range no real registration uses yet. */
    static String nctId(int index) {
        return String.format("NCT%08d", 90_000_000 + index);
    }

    /** Study number {@code index}; the same seed and index give the same study. */
    ObjectNode study(int index) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + index);
        boolean results = rnd.nextInt(RESULTS_ONE_IN) == 0;
        List<ObjectNode> pool = results ? withResults : all;
        ObjectNode s = pool.get(rnd.nextInt(pool.size())).deepCopy();
        if (!results) {
            s.remove("resultsSection");
            s.put("hasResults", false);
        }
        ObjectNode ps = (ObjectNode) s.get("protocolSection");
        ObjectNode id = (ObjectNode) ps.get("identificationModule");
        id.put("nctId", nctId(index));
        id.remove("nctIdAliases");
        id.putObject("orgStudyIdInfo").put("id", "BENCH-" + index);
        String suffix = " (cohort " + (1 + rnd.nextInt(999)) + ")";
        id.put("briefTitle", id.path("briefTitle").asText() + suffix);
        if (id.has("officialTitle")) {
            id.put("officialTitle", id.path("officialTitle").asText() + suffix);
        }
        shiftDates(ps.path("statusModule"), rnd.nextInt(11) - 6);
        JsonNode enrollment = ps.path("designModule").path("enrollmentInfo");
        if (enrollment.has("count")) {
            ((ObjectNode) enrollment).put("count", Math.max(1, (int) Math.round(enrollment.get("count").asInt()
                    * (0.7 + 0.6 * rnd.nextDouble()))));
        }
        if (results) {
            perturbValues(s.path("resultsSection").path("outcomeMeasuresModule"), rnd);
            perturbAdverseEvents(s.path("resultsSection").path("adverseEventsModule"), rnd);
        }
        return s;
    }

    /** Moves every date of the status module by whole years, keeping its precision. */
    private static void shiftDates(JsonNode status, int years) {
        if (!(status instanceof ObjectNode obj)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isTextual()) {
                shifted(v.asText(), years).ifPresent(d -> obj.put(e.getKey(), d));
            } else if (v instanceof ObjectNode struct && struct.path("date").isTextual()) {
                shifted(struct.get("date").asText(), years).ifPresent(d -> struct.put("date", d));
            }
        }
    }

    private static java.util.Optional<String> shifted(String text, int years) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        int year = Integer.parseInt(m.group(1)) + years;
        String rest = m.group(2);
        // 29 February does not exist in most years.
        if (rest.equals("-02-29")) {
            rest = "-02-28";
        }
        return java.util.Optional.of(year + rest);
    }

    /**
     * Scales the measurement values of each outcome measure by up to 10%, keeping their number of decimals.
     * Counts of participants and percentages of participants are left as posted, and so are denominators: scaled,
     * they could exceed their denominator or 100%, which ingest rightly rejects.
     */
    private static void perturbValues(JsonNode module, SplittableRandom rnd) {
        for (JsonNode measure : module.path("outcomeMeasures")) {
            String param = measure.path("paramType").asText("");
            String unit = measure.path("unitOfMeasure").asText("").toLowerCase(java.util.Locale.ROOT);
            if (param.equals("COUNT_OF_PARTICIPANTS") || unit.contains("percent") || unit.contains("%")) {
                continue;
            }
            perturbCells(measure.path("classes"), rnd);
        }
    }

    private static void perturbCells(JsonNode node, SplittableRandom rnd) {
        if (node instanceof ObjectNode obj) {
            JsonNode value = obj.get("value");
            if (value != null && value.isTextual() && obj.has("groupId") && DECIMAL.matcher(value.asText()).matches()) {
                BigDecimal v = new BigDecimal(value.asText());
                BigDecimal factor = BigDecimal.valueOf(0.9 + 0.2 * rnd.nextDouble());
                obj.put("value", v.multiply(factor).setScale(v.scale(), RoundingMode.HALF_UP).toPlainString());
            }
            obj.forEach(child -> perturbCells(child, rnd));
        } else if (node != null && node.isArray()) {
            node.forEach(child -> perturbCells(child, rnd));
        }
    }

    /** Scales affected counts by up to 20% while keeping them within the number at risk. */
    private static void perturbAdverseEvents(JsonNode module, SplittableRandom rnd) {
        for (String kind : List.of("seriousEvents", "otherEvents")) {
            for (JsonNode event : module.path(kind)) {
                for (JsonNode stat : event.path("stats")) {
                    if (stat instanceof ObjectNode st && st.path("numAffected").isInt() && st.path("numAtRisk").isInt()) {
                        int affected = (int) Math.round(st.get("numAffected").asInt() * (0.8 + 0.4 * rnd.nextDouble()));
                        int capped = Math.min(affected, st.get("numAtRisk").asInt());
                        st.put("numAffected", capped);
                        if (st.path("numEvents").isInt()) {
                            st.put("numEvents", Math.max(capped, st.get("numEvents").asInt()));
                        }
                    }
                }
            }
        }
    }
}
