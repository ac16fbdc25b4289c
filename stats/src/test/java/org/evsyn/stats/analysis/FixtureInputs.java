package org.evsyn.stats.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.Moderators;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.FixtureAnalysis;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.Study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A conformance case as the orchestrator's input and options (every block asked for). */
final class FixtureInputs {

    private FixtureInputs() {
    }

    static AnalysisOptions options(ConformanceCase c) {
        FixtureAnalysis f = new FixtureAnalysis(c);
        TestMethod test = TestMethod.valueOf(c.options().path("test").asText("z").toUpperCase(Locale.ROOT));
        // The fixtures' trim and fill call passes the model's test on: trimfill(res, test=...).
        return new AnalysisOptions(f.measure(), AnalysisMethod.parse(f.method()), test, f.level(), f.correction(),
                AnalysisBlock.all(), test);
    }

    static AnalysisInput input(ConformanceCase c) {
        FixtureAnalysis f = new FixtureAnalysis(c);
        EffectMeasure m = f.measure();
        List<Study> rows = List.copyOf(m.isBinary() ? f.binaryStudies()
                : m.isContinuous() ? f.continuousStudies() : f.genericStudies());
        JsonNode studies = c.input().path("studies");
        Optional<SubgroupColumn> subgroups = Optional.empty();
        Optional<ModeratorColumns> moderators = Optional.empty();
        if (studies.size() > 0 && studies.get(0).has("subgroup")) {
            List<String> labels = new ArrayList<>();
            studies.forEach(s -> labels.add(s.get("subgroup").asText()));
            subgroups = Optional.of(new SubgroupColumn("subgroup",
                    c.input().path("subgroup_description").asText(""), labels));
        }
        if (studies.size() > 0 && studies.get(0).has("moderator")) {
            double[] v = new double[studies.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = studies.get(i).get("moderator").asDouble();
            }
            moderators = Optional.of(new ModeratorColumns(Moderators.of(Moderators.numeric("moderator", v)),
                    c.input().path("moderator_description").asText("")));
        }
        return new AnalysisInput(rows, subgroups, moderators);
    }
}
