package org.evsyn.ingest.ctgov;

import static org.evsyn.ingest.ctgov.Json.array;
import static org.evsyn.ingest.ctgov.Json.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.evsyn.core.domain.ResultGroup;

/**
 * The groups one results module (or one outcome measure) declares. Values must refer to these ids: group ids are
 * local to their module, so a value pointing elsewhere is an error, never matched by title.
 */
final class GroupIds {

    private final String path;
    private final List<ResultGroup> groups;
    private final Set<String> ids;

    private GroupIds(String path, List<ResultGroup> groups, Set<String> ids) {
        this.path = path;
        this.groups = groups;
        this.ids = ids;
    }

    /** Reads {@code node.groups} (or {@code node.eventGroups}) of a module. */
    static GroupIds read(JsonNode node, String field, ResultGroup.ResultModule module, String path) {
        List<ResultGroup> groups = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        List<JsonNode> list = array(node, field);
        for (int i = 0; i < list.size(); i++) {
            JsonNode g = list.get(i);
            String at = path + "." + field + "[" + i + "]";
            String id = text(g, "id").orElseThrow(() -> new InvalidRecordException(at + ".id", "missing"));
            if (!ids.add(id)) {
                throw new InvalidRecordException(at + ".id", "group id " + id + " declared twice");
            }
            groups.add(new ResultGroup(module, id, Json.textOr(g, "title", ""), text(g, "description")));
        }
        return new GroupIds(path, List.copyOf(groups), ids);
    }

    List<ResultGroup> groups() {
        return groups;
    }

    /**
     * The {@code groupId} of a value, checked against the declared groups.
     *
     * @throws InvalidRecordException when missing or undeclared
     */
    String require(JsonNode value, String at) {
        String id = text(value, "groupId").orElseThrow(() -> new InvalidRecordException(at + ".groupId", "missing"));
        return check(id, at + ".groupId");
    }

    /** Checks that {@code id} is declared; {@code at} names the field holding it. */
    String check(String id, String at) {
        if (!ids.contains(id)) {
            throw new InvalidRecordException(at,
                    "group " + id + " is not declared in " + path + " (declared: " + String.join(", ", ids) + ")");
        }
        return id;
    }
}
