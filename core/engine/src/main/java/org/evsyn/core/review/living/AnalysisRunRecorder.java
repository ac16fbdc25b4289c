package org.evsyn.core.review.living;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.evsyn.core.review.engine.OutcomeAnalysis;
import org.evsyn.core.review.engine.ReviewAnalysis;
import org.evsyn.core.review.engine.SideAnalysis;
import org.evsyn.core.store.AnalysisRun;
import org.evsyn.core.store.AnalysisRunRepository;
import org.evsyn.stats.analysis.AnalysisDocument;
import org.evsyn.stats.analysis.AnalysisOutcome;
import org.evsyn.stats.analysis.BlockOutcome;
import org.evsyn.stats.sensitivity.InfluenceDiagnostics;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a living review's history: each outcome whose inputs hash differs from its newest stored run gets a new
 * run (spec, inputs hash, software version, result); an unchanged outcome keeps its run. Runs are never replaced.
 */
public final class AnalysisRunRecorder {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** Records the analysis and says, per outcome, what changed since the previous run. */
    public List<OutcomeChange> record(AnalysisRunRepository runs, ReviewAnalysis analysis, String softwareVersion) {
        List<OutcomeChange> changes = new ArrayList<>();
        String reviewId = analysis.plan().id();
        for (OutcomeAnalysis o : analysis.outcomes()) {
            String outcome = o.dataset().outcome().name();
            String hash = analysis.inputHashes().get(outcome);
            Optional<AnalysisRun> last = runs.latest(reviewId, outcome);
            if (last.isPresent() && last.get().inputSha256().equals(hash)) {
                changes.add(unchanged(last.get(), o));
                continue;
            }
            AnalysisRun run = runs.add(reviewId, outcome, spec(analysis, o), hash, softwareVersion, result(o));
            changes.add(moved(run.id(), last, o));
        }
        return changes;
    }

    /**
     * Compares the analysis with the stored runs without recording anything: an outcome whose inputs hash equals
     * its newest run is unchanged (and cites that run); any other is reported as changed or new, with run id 0.
     */
    public List<OutcomeChange> compare(AnalysisRunRepository runs, ReviewAnalysis analysis) {
        List<OutcomeChange> changes = new ArrayList<>();
        for (OutcomeAnalysis o : analysis.outcomes()) {
            String outcome = o.dataset().outcome().name();
            Optional<AnalysisRun> last = runs.latest(analysis.plan().id(), outcome);
            if (last.isPresent() && last.get().inputSha256().equals(analysis.inputHashes().get(outcome))) {
                changes.add(unchanged(last.get(), o));
            } else {
                changes.add(moved(0, last, o));
            }
        }
        return changes;
    }

    private static OutcomeChange unchanged(AnalysisRun last, OutcomeAnalysis o) {
        return new OutcomeChange(o.dataset().outcome().name(), OutcomeChange.Status.UNCHANGED, last.id(),
                Optional.empty(), Optional.empty(), snapshot(o), List.of());
    }

    /** A new or changed outcome: its headline before and after, and which studies made it move. */
    private OutcomeChange moved(long runId, Optional<AnalysisRun> last, OutcomeAnalysis o) {
        Optional<JsonNode> before = last.flatMap(r -> tree(r.resultJson()));
        List<StudyChange> studies = before.flatMap(StudyValuesReader::read)
                .map(old -> StudyDiff.between(old, studies(o))).orElse(List.of());
        return new OutcomeChange(o.dataset().outcome().name(),
                last.isPresent() ? OutcomeChange.Status.CHANGED : OutcomeChange.Status.NEW, runId,
                last.map(AnalysisRun::id), before.flatMap(AnalysisRunRecorder::snapshot), snapshot(o), studies);
    }

    private static List<StudyValues> studies(OutcomeAnalysis o) {
        return o.dataset().included().stream().map(StudyValuesReader::of).toList();
    }

    private String spec(ReviewAnalysis a, OutcomeAnalysis o) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("review", a.plan().id());
        spec.put("outcome", o.dataset().outcome().toString());
        spec.put("model", a.plan().modelFor(o.dataset().outcome()).toString());
        spec.put("subgroups", a.plan().subgroups());
        spec.put("moderators", a.plan().moderators());
        spec.put("sensitivity", a.plan().sensitivity().stream().map(Enum::name).sorted().toList());
        spec.put("multi_arm", a.plan().multiArm().name());
        spec.put("studies", o.dataset().included().stream().map(d -> d.label()).toList());
        return write(spec);
    }

    private String result(OutcomeAnalysis o) {
        Map<String, Object> result = new LinkedHashMap<>();
        o.main().ifPresentOrElse(m -> result.put("main", AnalysisDocument.of(m)),
                () -> result.put("main", Map.of("error", "no usable data")));
        result.put("influential", influential(o));
        result.put("secondary", o.secondary().stream().map(AnalysisRunRecorder::secondary).toList());
        result.put("missing", o.dataset().missing().stream()
                .map(m -> Map.of("study", m.studyId(), "reason", m.reason())).toList());
        result.put("statements", o.statements());
        // What the next run compares with: each study's numbers and sources, and the certainty in force.
        result.put("studies", studies(o).stream().map(StudyValuesReader::write).toList());
        o.grade().ifPresent(g -> result.put("grade", g.certainty().label()));
        return write(result);
    }

    /**
     * A subgroup analysis, meta-regression or sensitivity analysis as stored: what it is, the studies it used,
     * its full result in the layout of {@code evsyn meta --format json}, or why it was not run.
     */
    private static Map<String, Object> secondary(SideAnalysis side) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", side.kind());
        m.put("key", side.key());
        m.put("description", side.description());
        m.put("studies", side.studies());
        side.outcome().ifPresent(x -> m.put("result", AnalysisDocument.of(x)));
        side.statement().ifPresent(x -> m.put(side.outcome().isPresent() ? "note" : "not_run", x));
        return m;
    }

    /** The studies metafor's influence() rule flags in the main model, by label; empty when not computed. */
    private static List<String> influential(OutcomeAnalysis o) {
        if (o.main().isEmpty() || !(o.main().get() instanceof AnalysisOutcome.Completed c)
                || c.result().influence().isEmpty()
                || !(c.result().influence().get() instanceof BlockOutcome.Computed<InfluenceDiagnostics> d)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.value().studies().size(); i++) {
            if (d.value().influential(i)) {
                out.add(d.value().studies().get(i).study());
            }
        }
        return out;
    }

    private static Optional<PooledSnapshot> snapshot(OutcomeAnalysis o) {
        if (o.main().isPresent() && o.main().get() instanceof AnalysisOutcome.Completed c) {
            var m = c.result().model();
            return Optional.of(new PooledSnapshot(m.k(), m.estimate(), m.ciLower(), m.ciUpper(), m.i2(),
                    o.grade().map(g -> g.certainty().label())));
        }
        return Optional.empty();
    }

    private static Optional<PooledSnapshot> snapshot(JsonNode result) {
        JsonNode main = result.path("main");
        if (!main.has("estimate") || !main.get("estimate").isNumber()) {
            return Optional.empty();
        }
        return Optional.of(new PooledSnapshot(main.path("k").asInt(), main.get("estimate").asDouble(),
                main.path("ci_lower").asDouble(Double.NaN), main.path("ci_upper").asDouble(Double.NaN),
                main.path("I2").isNumber() ? main.get("I2").asDouble() : Double.NaN,
                result.path("grade").isTextual() ? Optional.of(result.get("grade").asText()) : Optional.empty()));
    }

    private Optional<JsonNode> tree(String resultJson) {
        try {
            return Optional.of(json.readTree(resultJson));
        } catch (JsonProcessingException e) {
            return Optional.empty(); // an unreadable old result only loses the comparison, never the run
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
