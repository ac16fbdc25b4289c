package org.evsyn.ingest.ctgov;

import static org.evsyn.ingest.ctgov.Json.array;
import static org.evsyn.ingest.ctgov.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evsyn.core.domain.DispersionType;
import org.evsyn.core.domain.Measurement;
import org.evsyn.core.domain.NumericValue;
import org.evsyn.core.domain.ResultGroup;
import org.evsyn.core.domain.ResultGroup.ResultModule;
import org.evsyn.core.domain.ResultMeasure;
import org.evsyn.core.domain.StatisticalAnalysis;

/**
 * Maps posted outcome measures and baseline characteristics. Both share one shape: groups, denominators (per
 * measure, or per class when the class has its own), classes, categories and measurements.
 */
final class MeasureMapper {

    private MeasureMapper() {
    }

    /** {@code outcomeMeasuresModule.outcomeMeasures}: each measure declares its own OG groups. */
    static List<ResultMeasure> outcomes(JsonNode module) {
        List<ResultMeasure> out = new ArrayList<>();
        List<JsonNode> measures = array(module, "outcomeMeasures");
        for (int i = 0; i < measures.size(); i++) {
            JsonNode m = measures.get(i);
            String at = "outcomeMeasuresModule.outcomeMeasures[" + i + "]";
            GroupIds groups = GroupIds.read(m, "groups", ResultModule.OUTCOME, at);
            Map<String, NumericValue> denoms = denoms(m, groups, at, Map.of());
            out.add(measure(m, ResultModule.OUTCOME, groups.groups(), groups, denoms, analyses(m, groups, at), at));
        }
        return out;
    }

    /**
     * {@code baselineCharacteristicsModule.measures}: groups are the module's BG groups (kept once, with the
     * trial's result groups, so each baseline measure carries none of its own).
     */
    static List<ResultMeasure> baseline(JsonNode module, GroupIds groups) {
        String path = "baselineCharacteristicsModule";
        Map<String, NumericValue> moduleDenoms = denoms(module, groups, path, Map.of());
        List<ResultMeasure> out = new ArrayList<>();
        List<JsonNode> measures = array(module, "measures");
        for (int i = 0; i < measures.size(); i++) {
            JsonNode m = measures.get(i);
            String at = path + ".measures[" + i + "]";
            Map<String, NumericValue> denoms = denoms(m, groups, at, moduleDenoms);
            out.add(measure(m, ResultModule.BASELINE, List.of(), groups, denoms, List.of(), at));
        }
        return out;
    }

    private static ResultMeasure measure(JsonNode m, ResultModule module, List<ResultGroup> ownGroups,
                                         GroupIds groups, Map<String, NumericValue> denoms,
                                         List<StatisticalAnalysis> analyses, String at) {
        Optional<String> dispersion = text(m, "dispersionType");
        DispersionType dispersionType = DispersionType.parse(dispersion.orElse(""));
        CellChecks checks = CellChecks.forMeasure(text(m, "paramType"), dispersionType, text(m, "unitOfMeasure"));
        return new ResultMeasure(
                module,
                text(m, "type"),
                Json.textOr(m, "title", ""),
                text(m, "description"),
                text(m, "timeFrame"),
                text(m, "paramType"),
                dispersionType,
                dispersion,
                text(m, "unitOfMeasure"),
                ownGroups,
                measurements(m, groups, denoms, checks, at),
                analyses,
                text(m, "populationDescription"));
    }

    private static List<Measurement> measurements(JsonNode m, GroupIds groups, Map<String, NumericValue> denoms,
                                                  CellChecks checks, String at) {
        List<Measurement> out = new ArrayList<>();
        List<JsonNode> classes = array(m, "classes");
        for (int c = 0; c < classes.size(); c++) {
            JsonNode cls = classes.get(c);
            String cAt = at + ".classes[" + c + "]";
            Optional<String> classTitle = text(cls, "title");
            Map<String, NumericValue> classDenoms = denoms(cls, groups, cAt, denoms);
            List<JsonNode> categories = array(cls, "categories");
            for (int k = 0; k < categories.size(); k++) {
                JsonNode cat = categories.get(k);
                String kAt = cAt + ".categories[" + k + "]";
                Optional<String> categoryTitle = text(cat, "title");
                List<JsonNode> cells = array(cat, "measurements");
                for (int v = 0; v < cells.size(); v++) {
                    JsonNode cell = cells.get(v);
                    String vAt = kAt + ".measurements[" + v + "]";
                    String groupId = groups.require(cell, vAt);
                    Measurement measurement = new Measurement(groupId, classTitle, categoryTitle,
                            classDenoms.getOrDefault(groupId, NumericValue.missing()),
                            Json.number(cell, "value"), Json.number(cell, "spread"),
                            Json.number(cell, "lowerLimit"), Json.number(cell, "upperLimit"),
                            text(cell, "comment"));
                    checks.check(measurement, vAt);
                    out.add(measurement);
                }
            }
        }
        return out;
    }

    /**
     * The participant denominators of {@code node.denoms} by group: the entry in units of participants when there
     * is one, else the first; {@code inherited} when the node has none.
     */
    private static Map<String, NumericValue> denoms(JsonNode node, GroupIds groups, String at,
                                                    Map<String, NumericValue> inherited) {
        List<JsonNode> list = array(node, "denoms");
        if (list.isEmpty()) {
            return inherited;
        }
        int chosen = 0;
        for (int i = 0; i < list.size(); i++) {
            if (text(list.get(i), "units").filter(u -> u.equalsIgnoreCase("Participants")).isPresent()) {
                chosen = i;
                break;
            }
        }
        Map<String, NumericValue> out = new HashMap<>();
        List<JsonNode> counts = array(list.get(chosen), "counts");
        for (int i = 0; i < counts.size(); i++) {
            JsonNode c = counts.get(i);
            String cAt = at + ".denoms[" + chosen + "].counts[" + i + "]";
            out.put(groups.require(c, cAt), Json.countText(c, "value", cAt));
        }
        return out;
    }

    private static List<StatisticalAnalysis> analyses(JsonNode m, GroupIds groups, String at) {
        List<StatisticalAnalysis> out = new ArrayList<>();
        List<JsonNode> list = array(m, "analyses");
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String aAt = at + ".analyses[" + i + "]";
            List<String> ids = Json.texts(a, "groupIds");
            for (String id : ids) {
                groups.check(id, aAt + ".groupIds");
            }
            StatisticalAnalysis analysis = new StatisticalAnalysis(ids, text(a, "statisticalMethod"),
                    text(a, "paramType"), Json.number(a, "paramValue"), Json.number(a, "ciPctValue"),
                    Json.number(a, "ciLowerLimit"), Json.number(a, "ciUpperLimit"), Json.number(a, "pValue"),
                    text(a, "dispersionType"), Json.number(a, "dispersionValue"), text(a, "groupDescription"),
                    text(a, "nonInferiorityType"), text(a, "ciNumSides"));
            CellChecks.check(analysis, aAt);
            out.add(analysis);
        }
        return out;
    }
}
