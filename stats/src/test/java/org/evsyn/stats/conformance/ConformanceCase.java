package org.evsyn.stats.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;

/**
 * One metafor reference case: the parsed JSON (input, options, expected, tolerance) and the path of its CSV twin.
 */
public record ConformanceCase(String name, JsonNode json, Path csv) {

    public JsonNode input() {
        return json.path("input");
    }

    public JsonNode options() {
        return json.path("options");
    }

    public JsonNode expected() {
        return json.path("expected");
    }

    /** The case's tolerance, falling back to the README's defaults. */
    public Tolerance tolerance() {
        JsonNode t = json.path("tolerance");
        return new Tolerance(t.path("rel").asDouble(1e-6), t.path("abs").asDouble(1e-8));
    }

    @Override
    public String toString() {
        return name;
    }
}
