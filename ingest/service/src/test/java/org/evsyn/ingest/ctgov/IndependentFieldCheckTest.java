package org.evsyn.ingest.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.AdapterRegistry;
import org.evsyn.ingest.IngestListener;
import org.evsyn.ingest.IngestOptions;
import org.evsyn.ingest.IngestReport;
import org.evsyn.ingest.IngestService;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent check of ingest: every public ClinicalTrials.gov sample is read a second time by a plain JSON
 * reader (Jackson's defaults, none of evsyn's mapping), and every value the schema has a column for is compared,
 * field by field, with the store's rows read with plain SQL (none of evsyn's readers): registrations, registered
 * outcomes, references, participant flow, baseline and outcome cells with their denominators, analyses,
 * adverse-event terms, counts and per-group totals.
 */
class IndependentFieldCheckTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    @TempDir
    Path dir;

    private Connection db;
    private final Map<String, Integer> compared = new HashMap<>();

    @Test
    void everyValueOfEverySampleIsStoredExactly() throws Exception {
        Path store = dir.resolve("evidence.db");
        IngestService service = new IngestService(new AdapterRegistry(Set.of(new CtgovJsonAdapter()), List.of()));
        try (EvidenceStore opened = new SqliteEvidenceStoreFactory().open(store)) {
            IngestReport r = service.ingest(List.of(TestFiles.resource("ctgov")), IngestOptions.defaults(), opened,
                    IngestListener.NONE);
            assertThat(r.anyFailed()).as(r.toString()).isFalse();
            assertThat(r.rejected()).isZero();
        }
        List<JsonNode> studies = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestFiles.resource("ctgov"))) {
            for (Path f : files.sorted().toList()) {
                JsonNode root = PLAIN.readTree(f.toFile());
                if (root.has("studies")) {
                    root.get("studies").forEach(studies::add);
                } else {
                    studies.add(root);
                }
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store)) {
            db = c;
            for (JsonNode study : studies) {
                check(study);
            }
            assertCounted();
        }
        assertThat(studies).hasSize(6);
    }

    private void assertCounted() throws Exception {
        // What was compared, counted by the plain reader's walk: every cell, count and total of the samples.
        assertThat(compared.get("result cells")).isEqualTo(count("outcome_results"));
        assertThat(compared.get("analysis values")).isEqualTo(6 * count("analyses"));
        assertThat(compared.get("adverse-event counts")).isEqualTo(3 * count("adverse_event_counts"));
        assertThat(compared.get("adverse-event totals")).isEqualTo(count("adverse_event_totals"));
        assertThat(compared.get("flow counts")).isEqualTo(count("participant_flow"));
        assertThat(compared.get("registered outcomes")).isEqualTo(count("protocol_outcomes"));
        // The samples hold 297 baseline and outcome cells and 244 adverse-event stats of three counts each.
        assertThat(compared.get("result cells")).isEqualTo(297);
        assertThat(compared.get("adverse-event counts")).isEqualTo(3 * 244);
    }

    private void check(JsonNode study) throws SQLException {
        JsonNode ps = study.get("protocolSection");
        String nct = ps.at("/identificationModule/nctId").asText();
        long reg = longValue("SELECT id FROM registrations WHERE trial_id = ?", nct);
        Map<String, Object> r = row("SELECT * FROM registrations WHERE id = ?", reg);
        assertThat(r.get("brief_title")).as(nct).isEqualTo(ps.at("/identificationModule/briefTitle").asText());
        assertThat(r.get("official_title")).isEqualTo(text(ps.at("/identificationModule/officialTitle")));
        assertThat(r.get("acronym")).isEqualTo(text(ps.at("/identificationModule/acronym")));
        assertThat(r.get("overall_status")).isEqualTo(text(ps.at("/statusModule/overallStatus")));
        assertThat(r.get("start_date")).isEqualTo(text(ps.at("/statusModule/startDateStruct/date")));
        assertThat(r.get("start_date_type")).isEqualTo(text(ps.at("/statusModule/startDateStruct/type")));
        assertThat(r.get("completion_date")).isEqualTo(text(ps.at("/statusModule/completionDateStruct/date")));
        assertThat(r.get("last_updated")).isEqualTo(text(ps.at("/statusModule/lastUpdatePostDateStruct/date")));
        assertThat(r.get("study_type")).isEqualTo(text(ps.at("/designModule/studyType")));
        assertThat(r.get("allocation")).isEqualTo(text(ps.at("/designModule/designInfo/allocation")));
        assertThat(r.get("masking")).isEqualTo(text(ps.at("/designModule/designInfo/maskingInfo/masking")));
        assertThat(r.get("enrollment")).isEqualTo(ps.at("/designModule/enrollmentInfo/count").isMissingNode() ? null
                : ps.at("/designModule/enrollmentInfo/count").asInt());
        assertThat(r.get("sponsor")).isEqualTo(text(ps.at("/sponsorCollaboratorsModule/leadSponsor/name")));
        assertThat(((Number) r.get("has_results")).intValue() == 1).isEqualTo(study.path("hasResults").asBoolean());
        assertThat(strings("SELECT term FROM registration_terms WHERE registration_id = ? AND kind = 'PHASE'"
                + " ORDER BY ordinal", reg)).isEqualTo(texts(ps.at("/designModule/phases")));
        assertThat(strings("SELECT term FROM registration_terms WHERE registration_id = ? AND kind = 'CONDITION'"
                + " ORDER BY ordinal", reg)).isEqualTo(texts(ps.at("/conditionsModule/conditions")));

        List<String> registered = new ArrayList<>();
        for (String list : List.of("primaryOutcomes", "secondaryOutcomes", "otherOutcomes")) {
            for (JsonNode o : ps.at("/outcomesModule/" + list)) {
                registered.add(o.get("measure").asText() + " | " + text(o.get("timeFrame")));
            }
        }
        assertThat(strings("SELECT measure || ' | ' || coalesce(time_frame, 'null') FROM protocol_outcomes"
                + " WHERE registration_id = ? ORDER BY ordinal", reg)).isEqualTo(registered);
        compared.merge("registered outcomes", registered.size(), Integer::sum);
        List<String> references = new ArrayList<>();
        for (JsonNode ref : ps.at("/referencesModule/references")) {
            references.add(text(ref.get("pmid")) + " " + text(ref.get("type")));
        }
        assertThat(strings("SELECT coalesce(pmid, 'null') || ' ' || coalesce(reference_type, 'null')"
                + " FROM registration_references WHERE registration_id = ? ORDER BY ordinal", reg))
                .isEqualTo(references);

        JsonNode rs = study.path("resultsSection");
        checkFlow(reg, rs.path("participantFlowModule"));
        checkMeasures(reg, "BASELINE", rs.path("baselineCharacteristicsModule").path("measures"),
                rs.path("baselineCharacteristicsModule").path("denoms"));
        checkMeasures(reg, "OUTCOME", rs.path("outcomeMeasuresModule").path("outcomeMeasures"), null);
        checkAdverseEvents(reg, rs.path("adverseEventsModule"));
    }

    private void checkFlow(long reg, JsonNode flow) throws SQLException {
        List<String> expected = new ArrayList<>();
        for (JsonNode period : flow.path("periods")) {
            for (JsonNode m : period.path("milestones")) {
                for (JsonNode a : m.path("achievements")) {
                    expected.add(period.get("title").asText() + "|" + m.get("type").asText() + "|0|"
                            + a.get("groupId").asText() + "|" + a.get("numSubjects").asText());
                }
            }
            for (JsonNode d : period.path("dropWithdraws")) {
                for (JsonNode a : d.path("reasons")) {
                    expected.add(period.get("title").asText() + "|" + d.get("type").asText() + "|1|"
                            + a.get("groupId").asText() + "|" + a.get("numSubjects").asText());
                }
            }
        }
        // Stored in period order, milestones before drop-outs within a period.
        List<String> stored = strings("SELECT period || '|' || milestone || '|' || dropout || '|' || group_id || '|'"
                + " || count_raw FROM participant_flow WHERE registration_id = ? ORDER BY ordinal", reg);
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
        compared.merge("flow counts", expected.size(), Integer::sum);
    }

    private void checkMeasures(long reg, String module, JsonNode measures, JsonNode moduleDenoms) throws SQLException {
        int i = 0;
        for (JsonNode m : measures) {
            Map<String, Object> row = row("SELECT * FROM outcome_measures WHERE registration_id = ? AND module = '"
                    + module + "' AND ordinal = " + i, reg);
            long measureId = ((Number) row.get("id")).longValue();
            assertThat(row.get("title")).isEqualTo(m.get("title").asText());
            assertThat(row.get("param_type")).isEqualTo(text(m.get("paramType")));
            assertThat(row.get("dispersion_as_given")).isEqualTo(text(m.get("dispersionType")));
            assertThat(row.get("unit")).isEqualTo(text(m.get("unitOfMeasure")));
            assertThat(row.get("time_frame")).isEqualTo(text(m.get("timeFrame")));
            assertThat(row.get("measure_type")).isEqualTo(text(m.get("type")));
            assertThat(row.get("population_description")).isEqualTo(text(m.get("populationDescription")));
            Map<String, String> measureDenoms = denominators(m.path("denoms"),
                    moduleDenoms == null ? Map.of() : denominators(moduleDenoms, Map.of()));
            List<Map<String, Object>> cells = rows("SELECT * FROM outcome_results WHERE measure_id = ?"
                    + " ORDER BY ordinal", measureId);
            int j = 0;
            for (JsonNode cls : m.path("classes")) {
                Map<String, String> denoms = denominators(cls.path("denoms"), measureDenoms);
                for (JsonNode cat : cls.path("categories")) {
                    for (JsonNode x : cat.path("measurements")) {
                        Map<String, Object> cell = cells.get(j++);
                        String at = module + " measure " + i + " cell " + j;
                        assertThat(cell.get("group_id")).as(at).isEqualTo(x.get("groupId").asText());
                        assertThat(cell.get("class_title")).as(at).isEqualTo(text(cls.get("title")));
                        assertThat(cell.get("category_title")).as(at).isEqualTo(text(cat.get("title")));
                        assertThat(cell.get("comment")).as(at).isEqualTo(text(x.get("comment")));
                        number(cell, "value", x.get("value"), at);
                        number(cell, "spread", x.get("spread"), at);
                        number(cell, "lower", x.get("lowerLimit"), at);
                        number(cell, "upper", x.get("upperLimit"), at);
                        String denominator = denoms.get(x.get("groupId").asText());
                        assertThat(cell.get("n_raw")).as(at + " denominator").isEqualTo(denominator == null ? ""
                                : denominator);
                        compared.merge("result cells", 1, Integer::sum);
                    }
                }
            }
            assertThat(cells).as(module + " measure " + i + " has no other cells").hasSize(j);
            List<Map<String, Object>> analyses = rows("SELECT * FROM analyses WHERE measure_id = ? ORDER BY ordinal",
                    measureId);
            int k = 0;
            for (JsonNode a : m.path("analyses")) {
                Map<String, Object> stored = analyses.get(k++);
                assertThat(stored.get("group_ids")).isEqualTo(String.join("\n", texts(a.get("groupIds"))));
                assertThat(stored.get("param_type")).isEqualTo(text(a.get("paramType")));
                assertThat(stored.get("non_inferiority_type")).isEqualTo(text(a.get("nonInferiorityType")));
                assertThat(stored.get("ci_num_sides")).isEqualTo(text(a.get("ciNumSides")));
                assertThat(stored.get("group_description")).isEqualTo(text(a.get("groupDescription")));
                String at = module + " measure " + i + " analysis " + k;
                number(stored, "param_value", a.get("paramValue"), at);
                number(stored, "ci_percent", a.get("ciPctValue"), at);
                number(stored, "ci_lower", a.get("ciLowerLimit"), at);
                number(stored, "ci_upper", a.get("ciUpperLimit"), at);
                number(stored, "p_value", a.get("pValue"), at);
                number(stored, "dispersion_value", a.get("dispersionValue"), at);
                compared.merge("analysis values", 6, Integer::sum);
            }
            assertThat(analyses).hasSize(k);
            i++;
        }
        assertThat(longValue("SELECT count(*) FROM outcome_measures WHERE registration_id = ? AND module = '" + module
                + "'", reg)).isEqualTo(i);
    }

    private void checkAdverseEvents(long reg, JsonNode ae) throws SQLException {
        List<Map<String, Object>> events = rows("SELECT * FROM adverse_events WHERE registration_id = ?"
                + " ORDER BY ordinal", reg);
        int i = 0;
        for (String list : List.of("seriousEvents", "otherEvents")) {
            for (JsonNode e : ae.path(list)) {
                Map<String, Object> stored = events.get(i++);
                assertThat(stored.get("term")).isEqualTo(e.get("term").asText());
                assertThat(stored.get("organ_system")).isEqualTo(text(e.get("organSystem")));
                assertThat(((Number) stored.get("serious")).intValue()).isEqualTo(list.equals("seriousEvents") ? 1 : 0);
                assertThat(stored.get("vocabulary")).isEqualTo(text(e.get("sourceVocabulary")));
                assertThat(stored.get("assessment_type")).isEqualTo(text(e.get("assessmentType")));
                List<Map<String, Object>> counts = rows("SELECT * FROM adverse_event_counts WHERE adverse_event_id = ?"
                        + " ORDER BY ordinal", ((Number) stored.get("id")).longValue());
                int j = 0;
                for (JsonNode s : e.path("stats")) {
                    Map<String, Object> c = counts.get(j++);
                    assertThat(c.get("group_id")).isEqualTo(s.get("groupId").asText());
                    assertThat(c.get("affected")).isEqualTo(integer(s.get("numAffected")));
                    assertThat(c.get("at_risk")).isEqualTo(integer(s.get("numAtRisk")));
                    assertThat(c.get("events")).isEqualTo(integer(s.get("numEvents")));
                    compared.merge("adverse-event counts", 3, Integer::sum);
                }
                assertThat(counts).hasSize(j);
            }
        }
        assertThat(events).hasSize(i);
        List<String> totals = new ArrayList<>();
        for (JsonNode g : ae.path("eventGroups")) {
            for (String kind : List.of("deaths", "serious", "other")) {
                if (g.has(kind + "NumAffected") || g.has(kind + "NumAtRisk")) {
                    totals.add(g.get("id").asText() + " " + kind.toUpperCase(java.util.Locale.ROOT) + " "
                            + integer(g.get(kind + "NumAffected")) + "/" + integer(g.get(kind + "NumAtRisk")));
                }
            }
        }
        assertThat(strings("SELECT group_id || ' ' || kind || ' ' || coalesce(affected, 'null') || '/' ||"
                + " coalesce(at_risk, 'null') FROM adverse_event_totals WHERE registration_id = ? ORDER BY ordinal",
                reg)).isEqualTo(totals);
        compared.merge("adverse-event totals", totals.size(), Integer::sum);
        Map<String, Object> r = row("SELECT * FROM registrations WHERE id = ?", reg);
        assertThat(r.get("ae_time_frame")).isEqualTo(text(ae.get("timeFrame")));
        // A number slot keeps its text as printed; "" when the record gave none.
        assertThat(r.get("ae_frequency_threshold_raw")).isEqualTo(ae.has("frequencyThreshold")
                ? ae.get("frequencyThreshold").asText() : "");
    }

    /**
     * The posted number's text kept as printed, and its value read independently: a plain decimal is that number,
     * a qualified one ({@code <0.001}) that number as a bound, anything else ({@code NA}) no number.
     */
    private static void number(Map<String, Object> row, String slot, JsonNode posted, String at) {
        String text = posted == null || posted.isNull() ? "" : posted.asText();
        assertThat(row.get(slot + "_raw")).as(at + " " + slot + " text").isEqualTo(text);
        String plain = text.replaceFirst("^(<=|>=|<|>|=)", "").trim();
        Object stored = row.get(slot);
        if (DECIMAL.matcher(plain).matches()) {
            assertThat(stored).as(at + " " + slot).isNotNull();
            assertThat(BigDecimal.valueOf(((Number) stored).doubleValue()).compareTo(new BigDecimal(plain)))
                    .as(at + " " + slot + " = " + text).isZero();
            String bound = text.startsWith("<=") ? "LESS_OR_EQUAL" : text.startsWith(">=") ? "GREATER_OR_EQUAL"
                    : text.startsWith("<") ? "LESS_THAN" : text.startsWith(">") ? "GREATER_THAN" : "EXACT";
            assertThat(row.get(slot + "_bound")).as(at + " " + slot + " bound").isEqualTo(bound);
        } else {
            assertThat(stored).as(at + " " + slot + " '" + text + "' has no number").isNull();
        }
    }

    /** Denominators by group: the entry in participants when there is one, else the first; else inherited. */
    private static Map<String, String> denominators(JsonNode denoms, Map<String, String> inherited) {
        if (!denoms.isArray() || denoms.isEmpty()) {
            return inherited;
        }
        JsonNode chosen = denoms.get(0);
        for (JsonNode d : denoms) {
            if ("Participants".equalsIgnoreCase(d.path("units").asText())) {
                chosen = d;
                break;
            }
        }
        Map<String, String> out = new HashMap<>();
        chosen.path("counts").forEach(c -> out.put(c.get("groupId").asText(), c.get("value").asText()));
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() || n.asText().isBlank() ? null : n.asText();
    }

    private static Integer integer(JsonNode n) {
        return n == null || n.isNull() ? null : n.asInt();
    }

    private static List<String> texts(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) {
            n.forEach(e -> out.add(e.asText()));
        }
        return out;
    }

    private int count(String table) throws Exception {
        return (int) longValue("SELECT count(*) FROM " + table + " WHERE ? = ?", 1, 1);
    }

    private long longValue(String sql, Object... args) throws SQLException {
        try (PreparedStatement s = prepare(sql, args); ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getLong(1);
        }
    }

    private List<String> strings(String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = prepare(sql, args); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private Map<String, Object> row(String sql, Object... args) throws SQLException {
        List<Map<String, Object>> all = rows(sql, args);
        assertThat(all).as(sql).hasSize(1);
        return all.get(0);
    }

    private List<Map<String, Object>> rows(String sql, Object... args) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement s = prepare(sql, args); ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int c = 1; c <= columns; c++) {
                    Object v = rs.getObject(c);
                    row.put(rs.getMetaData().getColumnName(c), v instanceof Long l && l <= Integer.MAX_VALUE
                            && l >= Integer.MIN_VALUE ? Integer.valueOf(l.intValue()) : v);
                }
                out.add(row);
            }
        }
        return out;
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement s = db.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
