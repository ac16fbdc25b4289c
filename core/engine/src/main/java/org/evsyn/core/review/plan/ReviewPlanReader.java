package org.evsyn.core.review.plan;

import org.evsyn.core.review.grade.GradeJudgement;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.inject.Inject;
import org.evsyn.core.input.InputLimits;
import org.evsyn.core.review.attributes.AttributePacks;
import org.evsyn.core.review.attributes.AttributeType;
import org.evsyn.core.input.RegularFiles;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.analysis.AnalysisMethod;
import org.evsyn.stats.model.PredictionForm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads {@code review.json} from a review folder and validates it: unknown fields, wrong types, unknown
 * values and missing files are errors naming the file and the field. Every file the plan names, and the plan
 * itself, must lie inside the folder once symbolic links are followed ({@link Path#toRealPath}): a link to a file
 * outside it is refused, naming the link, before anything reads the file (so no error can quote its content).
 */
public final class ReviewPlanReader {

    /** The plan's file name inside a review folder. */
    public static final String FILE_NAME = "review.json";

    /** Why a file behind a link is refused. */
    private static final String OUTSIDE = "a symbolic link (or a path through one) to a file outside the review "
            + "folder; it is not read (copy the file into the folder)";

    private final AttributePacks packs;

    /** A reader that knows the attribute packs that ship with evsyn. */
    public ReviewPlanReader() {
        this(new AttributePacks());
    }

    /** A reader that knows these attribute packs. */
    @Inject
    public ReviewPlanReader(AttributePacks packs) {
        this.packs = java.util.Objects.requireNonNull(packs, "packs");
    }

    // Bounded nesting: a plan nests four levels, and the parser reports a deeper file instead of recursing into it.
    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(InputLimits.PLAN_DEPTH).build())
            .build()).build();

    /** Reads and validates the plan of the review folder {@code reviewDir}. */
    public ReviewPlan read(Path reviewDir) {
        Path file = reviewDir.resolve(FILE_NAME);
        if (!Files.isDirectory(reviewDir)) {
            throw new ReviewPlanException(reviewDir + ": not a review folder ("
                    + (Files.exists(reviewDir) ? "it is a file; a review folder holds " + FILE_NAME
                    : "no such directory")
                    + ")");
        }
        Path root = realPath(reviewDir, reviewDir.toString());
        Optional<String> notAFile = RegularFiles.problem(file);
        if (notAFile.isPresent()) {
            throw new ReviewPlanException(file + ": " + (notAFile.get().equals("no such file")
                    ? "missing: a review folder needs a " + FILE_NAME : notAFile.get()));
        }
        if (!realPath(file, file.toString()).startsWith(root)) {
            throw new ReviewPlanException(file + ": " + OUTSIDE);
        }
        JsonNode json;
        try {
            if (Files.size(file) > InputLimits.PLAN_BYTES) {
                throw new ReviewPlanException(file + ": larger than " + InputLimits.bytes(InputLimits.PLAN_BYTES)
                        + " (the limit of a plan; real plans are a few kilobytes)");
            }
            json = mapper.readTree(file.toFile());
        } catch (StreamConstraintsException e) {
            throw new ReviewPlanException(file + ": nested deeper than " + InputLimits.PLAN_DEPTH
                    + " levels (the limit of a plan, which nests four)" + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new ReviewPlanException(file + ": not valid JSON" + at(e.getLocation()) + ": "
                    + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ReviewPlanException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (json == null || json.isMissingNode()) {
            throw new ReviewPlanException(file + ": empty file");
        }
        ReviewPlan plan = parse(new JsonFields(FILE_NAME, "", json));
        checkFilesExist(reviewDir, root, plan);
        return plan;
    }

    /** " at line L, column C", or nothing when the parser does not know where. */
    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private ReviewPlan parse(JsonFields r) {
        r.allowOnly(Set.of("id", "title", "question", "eligibility", "sources", "files", "outcomes", "model",
                "subgroups", "sensitivity", "moderators", "multi_arm", "grade", "attributes", "packs", "$comment",
                "dose_response", "adverse_events_by_organ_class", "network", "screening"));
        String id = r.requiredText("id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            throw r.error("id", "expected letters, digits, '-' or '_', got \"" + id + "\"");
        }
        ModelPlan model = model(r.optionalObject("model"));
        List<OutcomePlan> outcomes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonFields o : r.objectList("outcomes", true)) {
            OutcomePlan plan = outcome(o, model);
            if (!names.add(plan.name())) {
                throw o.error("name", "outcome \"" + plan.name() + "\" is listed twice");
            }
            outcomes.add(plan);
        }
        if (outcomes.isEmpty()) {
            throw r.error("outcomes", "at least one outcome is needed");
        }
        PlanAttributes attributes = new PlanAttributes(packs, r);
        return new ReviewPlan(id, r.requiredText("title"), pico(r.requiredObject("question")),
                r.textList("eligibility", false), sources(r), files(r.requiredObject("files")), outcomes,
                model,
                attributes.uses("subgroups", AttributeType.CATEGORICAL),
                sensitivity(r), attributes.uses("moderators", AttributeType.NUMERIC),
                multiArm(r), indirectness(r, names), gradeOverrides(r, names), attributes.packs(),
                attributes.all(), BaselineRisks.read(r, outcomes),
                SideAnalysesReader.doseResponse(r, outcomes, attributes.all()), SideAnalysesReader.organClasses(r),
                NetworkAndTsaReader.read(r, outcomes), screening(r));
    }

    private static ScreeningPlan screening(JsonFields r) {
        Optional<JsonFields> block = r.optionalObject("screening");
        if (block.isEmpty()) {
            return ScreeningPlan.DEFAULT;
        }
        JsonFields s = block.get();
        s.allowOnly(Set.of("include_keywords", "exclude_keywords", "exclusion_reasons", "reviewers_per_record",
                "$comment"));
        OptionalDouble n = s.optionalNumber("reviewers_per_record");
        int perRecord = ScreeningPlan.DEFAULT.reviewersPerRecord();
        if (n.isPresent()) {
            double v = n.getAsDouble();
            if (v != Math.rint(v) || v < 1 || v > 10) {
                throw s.error("reviewers_per_record", "expected a whole number from 1 to 10, got " + v);
            }
            perRecord = (int) v;
        }
        List<String> reasons = s.textList("exclusion_reasons", false);
        Set<String> seen = new HashSet<>();
        for (String reason : reasons) {
            if (reason.isBlank() || !seen.add(reason.strip().toLowerCase(Locale.ROOT))) {
                throw s.error("exclusion_reasons", "expected distinct, non-empty reasons; \"" + reason
                        + "\" is empty or listed twice");
            }
        }
        return new ScreeningPlan(s.textList("include_keywords", false), s.textList("exclude_keywords", false),
                reasons.stream().map(String::strip).toList(), perRecord);
    }

    private static Pico pico(JsonFields q) {
        q.allowOnly(Set.of("population", "intervention", "comparator", "outcomes", "study_design",
                "intervention_label", "comparator_label"));
        return new Pico(q.requiredText("population"), q.requiredText("intervention"), q.requiredText("comparator"),
                q.requiredText("outcomes"), q.optionalText("study_design"), q.optionalText("intervention_label"),
                q.optionalText("comparator_label"));
    }

    private static List<SearchSource> sources(JsonFields r) {
        List<SearchSource> out = new ArrayList<>();
        for (JsonFields s : r.objectList("sources", false)) {
            s.allowOnly(Set.of("name", "searched", "files"));
            String date = s.requiredText("searched");
            LocalDate searched;
            try {
                searched = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw s.error("searched", "expected a date as YYYY-MM-DD, got \"" + date + "\"");
            }
            out.add(new SearchSource(s.requiredText("name"), searched, s.textList("files", false)));
        }
        return out;
    }

    private static ReviewFiles files(JsonFields f) {
        f.allowOnly(Set.of("extraction", "screening", "risk_of_bias"));
        List<String> extraction = f.textList("extraction", true);
        if (extraction.isEmpty()) {
            throw f.error("extraction", "at least one extraction sheet is needed");
        }
        return new ReviewFiles(extraction, f.optionalText("screening"), f.optionalText("risk_of_bias"));
    }

    private static OutcomePlan outcome(JsonFields o, ModelPlan reviewModel) {
        o.allowOnly(Set.of("name", "label", "synonyms", "scale", "direction", "measure", "timepoint", "model", "tsa"));
        String name = o.requiredText("name");
        String direction = o.requiredText("direction");
        Direction dir = switch (direction.toLowerCase(Locale.ROOT)) {
            case "lower_is_better" -> Direction.LOWER_IS_BETTER;
            case "higher_is_better" -> Direction.HIGHER_IS_BETTER;
            default -> throw o.error("direction", "expected lower_is_better or higher_is_better, got \"" + direction + "\"");
        };
        String measure = o.requiredText("measure").toUpperCase(Locale.ROOT);
        if (!OutcomePlan.MEASURES.contains(measure)) {
            throw o.error("measure", "expected one of " + String.join(", ", OutcomePlan.MEASURES) + ", got \""
                    + measure + "\"");
        }
        Optional<String> scale = o.optionalText("scale");
        if (measure.equals("GENERIC") && !scale.map(OutcomePlan.GENERIC_SCALES::contains).orElse(false)) {
            throw o.error("scale", "measure GENERIC needs \"ratio\" (estimates such as hazard ratios on their natural"
                    + " scale) or \"difference\", got " + scale.map(x -> "\"" + x + "\"").orElse("nothing"));
        }
        Optional<ModelPlan> own = o.optionalObject("model").map(m -> outcomeModel(m, reviewModel, measure));
        if (own.isEmpty()) {
            // The PETO measure defaults to Peto's method (ReviewPlan.modelFor); other measures take the review's model.
            if (!(measure.equals("PETO") && reviewModel.method().isInverseVariance())) {
                reviewModel.problemWith(measure).ifPresent(p -> {
                    throw o.error("measure", measure + " cannot be pooled with the review's model (model.method "
                            + reviewModel.method() + "): " + p + "; give this outcome its own \"model\"");
                });
            }
        }
        return new OutcomePlan(name, o.optionalText("label").orElse(name), o.textList("synonyms", false),
                scale, dir, measure, timepoint(o.requiredObject("timepoint")), own);
    }

    /**
     * An outcome's own model: the fields it gives replace the review's. Without a method, the PETO measure takes
     * Peto's method and other measures the review's method; a Knapp-Hartung test inherited from the review does not
     * pass to a Mantel-Haenszel or Peto method (only one given here is an error).
     */
    private static ModelPlan outcomeModel(JsonFields m, ModelPlan review, String measure) {
        m.allowOnly(Set.of("method", "test", "level", "prediction_interval"));
        AnalysisMethod dflt = measure.equals("PETO") && review.method().isInverseVariance() ? AnalysisMethod.PETO
                : review.method();
        AnalysisMethod method = enumValue(m, "method", AnalysisMethod.class, dflt);
        method(m, method, measure);
        TestMethod test = enumValue(m, "test", TestMethod.class, method.isInverseVariance() ? review.test()
                : TestMethod.Z);
        if (test == TestMethod.KNHA && !method.isInverseVariance()) {
            throw m.error("test", ModelPlan.knhaProblem(method));
        }
        return new ModelPlan(method, test, level(m, review.level()), predictionForm(m, review.prediction()));
    }

    /** Checks that {@code method} can pool {@code measure}. */
    private static void method(JsonFields m, AnalysisMethod method, String measure) {
        new ModelPlan(method, TestMethod.Z, 95).problemWith(measure).ifPresent(p -> {
            throw m.error("method", p);
        });
    }

    private static double level(JsonFields f, double dflt) {
        double level = f.optionalNumber("level").orElse(dflt);
        if (!(level > 0 && level < 100)) {
            throw f.error("level", "expected a percentage between 0 and 100, got " + level);
        }
        return level;
    }

    private static TimepointRule timepoint(JsonFields t) {
        t.allowOnly(Set.of("rule", "min_days", "target_days", "max_distance_days", "include_unstated"));
        String rule = t.requiredText("rule");
        boolean unstated = t.optionalBoolean("include_unstated", false);
        switch (rule) {
            case "last" -> {
                OptionalDouble min = nonNegative(t, "min_days");
                if (t.optionalNumber("target_days").isPresent() || t.optionalNumber("max_distance_days").isPresent()) {
                    throw t.error("rule", "\"last\" takes min_days, not target_days or max_distance_days");
                }
                return new TimepointRule.Last(min, unstated);
            }
            case "closest" -> {
                OptionalDouble target = nonNegative(t, "target_days");
                if (target.isEmpty()) {
                    throw t.error("target_days", "required for rule \"closest\"");
                }
                return new TimepointRule.Closest(target.getAsDouble(), nonNegative(t, "max_distance_days"), unstated);
            }
            default -> throw t.error("rule", "expected \"last\" or \"closest\", got \"" + rule + "\"");
        }
    }

    private static OptionalDouble nonNegative(JsonFields t, String name) {
        OptionalDouble v = t.optionalNumber(name);
        if (v.isPresent() && !(v.getAsDouble() >= 0)) {
            throw t.error(name, "expected a number of days >= 0, got " + v.getAsDouble());
        }
        return v;
    }

    private static ModelPlan model(Optional<JsonFields> m) {
        if (m.isEmpty()) {
            return new ModelPlan(Tau2Method.REML, TestMethod.Z, 95);
        }
        JsonFields f = m.get().allowOnly(Set.of("method", "test", "level", "prediction_interval"));
        AnalysisMethod method = enumValue(f, "method", AnalysisMethod.class, AnalysisMethod.REML);
        TestMethod test = enumValue(f, "test", TestMethod.class, TestMethod.Z);
        if (test == TestMethod.KNHA && !method.isInverseVariance()) {
            throw f.error("test", ModelPlan.knhaProblem(method));
        }
        return new ModelPlan(method, test, level(f, 95), predictionForm(f, PredictionForm.METAFOR));
    }

    /** "prediction_interval": "metafor" (metafor's predict()) or "handbook" (the Cochrane Handbook's t(k-2)). */
    private static PredictionForm predictionForm(JsonFields f, PredictionForm dflt) {
        Optional<String> v = f.optionalText("prediction_interval");
        if (v.isEmpty()) {
            return dflt;
        }
        return switch (v.get()) {
            case "metafor" -> PredictionForm.METAFOR;
            case "handbook" -> PredictionForm.HANDBOOK;
            default -> throw f.error("prediction_interval", "expected \"metafor\" or \"handbook\", got \"" + v.get() + "\"");
        };
    }

    private static <E extends Enum<E>> E enumValue(JsonFields f, String name, Class<E> type, E dflt) {
        Optional<String> text = f.optionalText(name);
        if (text.isEmpty()) {
            return dflt;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text.get())) {
                return e;
            }
        }
        throw f.error(name, "expected one of " + Arrays.toString(type.getEnumConstants()) + ", got \"" + text.get() + "\"");
    }

    private static Set<Sensitivity> sensitivity(JsonFields r) {
        Set<Sensitivity> out = EnumSet.noneOf(Sensitivity.class);
        List<String> values = r.textList("sensitivity", false);
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            out.add(Sensitivity.parse(v).orElseThrow(() -> r.error("sensitivity", "unknown analysis \"" + v
                    + "\" (expected one of: " + String.join(", ",
                    Arrays.stream(Sensitivity.values()).map(Sensitivity::key).toList()) + ")")));
        }
        return out;
    }

    private static MultiArmRule multiArm(JsonFields r) {
        String v = r.optionalText("multi_arm").orElse("combine_arms");
        return switch (v) {
            case "combine_arms" -> MultiArmRule.COMBINE_ARMS;
            case "split_control" -> MultiArmRule.SPLIT_CONTROL;
            default -> throw r.error("multi_arm", "expected combine_arms or split_control, got \"" + v + "\"");
        };
    }

    private static Map<String, GradeJudgement> indirectness(JsonFields r, Set<String> outcomes) {
        Map<String, GradeJudgement> out = new LinkedHashMap<>();
        Optional<JsonFields> grade = r.optionalObject("grade");
        if (grade.isEmpty()) {
            return out;
        }
        grade.get().allowOnly(Set.of("indirectness", "overrides", "baseline_risk"));
        Optional<JsonFields> ind = grade.get().optionalObject("indirectness");
        if (ind.isEmpty()) {
            return out;
        }
        Iterator<String> names = ind.get().fieldNames();
        while (names.hasNext()) {
            String outcome = names.next();
            if (!outcomes.contains(outcome)) {
                throw ind.get().error(outcome, "not an outcome of this plan (outcomes: " + String.join(", ", outcomes) + ")");
            }
            JsonFields j = ind.get().requiredObject(outcome).allowOnly(Set.of("downgrade", "reason"));
            double d = j.optionalNumber("downgrade").orElseThrow(() -> j.error("downgrade", "required field is missing"));
            if (d != 0 && d != 1 && d != 2) {
                throw j.error("downgrade", "expected 0, 1 or 2, got " + d);
            }
            out.put(outcome, new GradeJudgement((int) d, j.requiredText("reason")));
        }
        return out;
    }

    private static Map<String, org.evsyn.core.review.grade.GradeAssessment.Override> gradeOverrides(JsonFields r,
                                                                                              Set<String> outcomes) {
        Map<String, org.evsyn.core.review.grade.GradeAssessment.Override> out = new LinkedHashMap<>();
        Optional<JsonFields> overrides = r.optionalObject("grade").flatMap(g -> g.optionalObject("overrides"));
        if (overrides.isEmpty()) {
            return out;
        }
        Iterator<String> names = overrides.get().fieldNames();
        while (names.hasNext()) {
            String outcome = names.next();
            if (!outcomes.contains(outcome)) {
                throw overrides.get().error(outcome, "not an outcome of this plan (outcomes: " + String.join(", ", outcomes) + ")");
            }
            JsonFields o = overrides.get().requiredObject(outcome).allowOnly(Set.of("certainty", "reason"));
            String certainty = o.requiredText("certainty");
            org.evsyn.core.review.grade.Certainty c;
            try {
                c = org.evsyn.core.review.grade.Certainty.valueOf(certainty.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                throw o.error("certainty", "expected high, moderate, low or very_low, got \"" + certainty + "\"");
            }
            out.put(outcome, new org.evsyn.core.review.grade.GradeAssessment.Override(c, o.requiredText("reason")));
        }
        return out;
    }

    /** The path with every symbolic link resolved. */
    private static Path realPath(Path path, String name) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new ReviewPlanException(name + ": cannot be resolved: " + e.getMessage(), e);
        }
    }

    private static void checkFilesExist(Path dir, Path root, ReviewPlan plan) {
        List<String> fields = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < plan.files().extraction().size(); i++) {
            fields.add("files.extraction[" + i + "]");
            paths.add(plan.files().extraction().get(i));
        }
        plan.files().screening().ifPresent(s -> { fields.add("files.screening"); paths.add(s); });
        plan.files().riskOfBias().ifPresent(s -> { fields.add("files.risk_of_bias"); paths.add(s); });
        for (int i = 0; i < plan.sources().size(); i++) {
            List<String> files = plan.sources().get(i).files();
            for (int j = 0; j < files.size(); j++) {
                fields.add("sources[" + i + "].files[" + j + "]");
                paths.add(files.get(j));
            }
        }
        for (int i = 0; i < paths.size(); i++) {
            Path p = dir.resolve(paths.get(i)).normalize();
            if (!p.startsWith(dir.normalize())) {
                throw new ReviewPlanException(FILE_NAME + ": " + fields.get(i) + ": \"" + paths.get(i)
                        + "\" points outside the review folder");
            }
            Optional<String> problem = RegularFiles.problem(p);
            if (problem.isPresent()) {
                throw new ReviewPlanException(FILE_NAME + ": " + fields.get(i) + ": " + (problem.get().equals(
                        "no such file") ? "file not found: " + paths.get(i) : paths.get(i) + " " + problem.get()));
            }
            // Lexically inside is not enough: a link in the folder may lead anywhere.
            if (!realPath(p, paths.get(i)).startsWith(root)) {
                throw new ReviewPlanException(FILE_NAME + ": " + fields.get(i) + ": \"" + paths.get(i) + "\" is "
                        + OUTSIDE);
            }
        }
    }
}
