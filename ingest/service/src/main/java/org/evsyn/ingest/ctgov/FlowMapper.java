package org.evsyn.ingest.ctgov;

import static org.evsyn.ingest.ctgov.Json.array;
import static org.evsyn.ingest.ctgov.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.evsyn.core.domain.FlowMilestone;

/** Maps {@code participantFlowModule.periods}: milestones and drop/withdraw reasons per group. */
final class FlowMapper {

    private static final String PATH = "participantFlowModule";

    private FlowMapper() {
    }

    static List<FlowMilestone> flow(JsonNode module, GroupIds groups) {
        List<FlowMilestone> out = new ArrayList<>();
        List<JsonNode> periods = array(module, "periods");
        for (int p = 0; p < periods.size(); p++) {
            JsonNode period = periods.get(p);
            String title = Json.textOr(period, "title", "");
            String at = PATH + ".periods[" + p + "]";
            read(out, period, title, "milestones", "achievements", false, groups, at);
            read(out, period, title, "dropWithdraws", "reasons", true, groups, at);
        }
        return out;
    }

    private static void read(List<FlowMilestone> out, JsonNode period, String title, String listField,
                             String countField, boolean dropout, GroupIds groups, String periodPath) {
        List<JsonNode> items = array(period, listField);
        for (int m = 0; m < items.size(); m++) {
            JsonNode item = items.get(m);
            String at = periodPath + "." + listField + "[" + m + "]";
            String type = text(item, "type").orElseThrow(() -> new InvalidRecordException(at + ".type", "missing"));
            List<JsonNode> counts = array(item, countField);
            for (int c = 0; c < counts.size(); c++) {
                JsonNode count = counts.get(c);
                String cAt = at + "." + countField + "[" + c + "]";
                out.add(new FlowMilestone(title, type, dropout, groups.require(count, cAt),
                        Json.countText(count, "numSubjects", cAt), text(count, "comment")));
            }
        }
    }
}
