package org.evsyn.stats.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.FixtureAnalysis;
import org.evsyn.stats.effect.EffectMeasure;

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
        StudyRows rows = m.isBinary() ? new StudyRows.Binary(f.binaryStudies())
                : m.isContinuous() ? new StudyRows.Continuous(f.continuousStudies())
                : new StudyRows.Generic(f.genericStudies());
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
            moderators = Optional.of(new ModeratorColumns(List.of(new Moderator("moderator", v)),
                    c.input().path("moderator_description").asText("")));
        }
        return new AnalysisInput(rows, subgroups, moderators);
    }
}
