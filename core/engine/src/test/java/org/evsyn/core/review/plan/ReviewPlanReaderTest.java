package org.evsyn.core.review.plan;

import org.evsyn.stats.TestMethod;
import org.evsyn.stats.analysis.AnalysisMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewPlanReaderTest {

    private static final String MINIMAL = """
            {
              "id": "demo",
              "title": "Demo review",
              "question": {"population": "P", "intervention": "I", "comparator": "C", "outcomes": "O"},
              "files": {"extraction": ["sheet.csv"]},
              "outcomes": [
                {"name": "death", "direction": "lower_is_better", "measure": "RR",
                 "timepoint": {"rule": "closest", "target_days": 90, "max_distance_days": 30}}
              ]
            }
            """;

    @TempDir
    Path dir;

    private final ReviewPlanReader reader = new ReviewPlanReader();

    @BeforeEach
    void sheet() throws IOException {
        Files.writeString(dir.resolve("sheet.csv"), "trial,outcome\n");
    }

    private void plan(String json) throws IOException {
        Files.writeString(dir.resolve("review.json"), json);
    }

    @Test
    void minimalPlanGetsMetaforsDefaultModel() throws IOException {
        plan(MINIMAL);
        ReviewPlan p = reader.read(dir);
        assertThat(p.model().method()).isEqualTo(org.evsyn.stats.analysis.AnalysisMethod.REML);
        assertThat(p.model().test()).isEqualTo(TestMethod.Z);
        assertThat(p.model().level()).isEqualTo(95);
        assertThat(p.outcomes().get(0).label()).isEqualTo("death");
        assertThat(p.outcomes().get(0).timepoint()).isInstanceOf(TimepointRule.Closest.class);
        assertThat(p.multiArm()).isEqualTo(MultiArmRule.COMBINE_ARMS);
    }

    @Test
    void withoutAScreeningBlockTheTeamScreensInPairsWithNoKeywordsOrReasons() throws IOException {
        plan(MINIMAL);
        assertThat(reader.read(dir).screening()).isEqualTo(ScreeningPlan.DEFAULT);
        assertThat(ScreeningPlan.DEFAULT.reviewersPerRecord()).isEqualTo(2);
    }

    @Test
    void theScreeningBlockGivesKeywordsReasonsAndReviewersPerRecord() throws IOException {
        plan(MINIMAL.replace("\"files\":", """
                "screening": {"include_keywords": ["randomized", "stroke"], "exclude_keywords": ["rat"],
                              "exclusion_reasons": ["wrong population", " not randomised "],
                              "reviewers_per_record": 3},
                "files":"""));
        ScreeningPlan s = reader.read(dir).screening();
        assertThat(s.includeKeywords()).containsExactly("randomized", "stroke");
        assertThat(s.excludeKeywords()).containsExactly("rat");
        assertThat(s.exclusionReasons()).containsExactly("wrong population", "not randomised");
        assertThat(s.reviewersPerRecord()).isEqualTo(3);
    }

    @Test
    void aBadScreeningBlockIsNamedByItsField() throws IOException {
        plan(MINIMAL.replace("\"files\":", "\"screening\": {\"reviewers_per_record\": 0}, \"files\":"));
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(ReviewPlanException.class)
                .hasMessageContaining("screening.reviewers_per_record")
                .hasMessageContaining("expected a whole number from 1 to 10");
        plan(MINIMAL.replace("\"files\":", "\"screening\": {\"exclusion_reasons\": [\"a\", \"A\"]}, \"files\":"));
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(ReviewPlanException.class)
                .hasMessageContaining("screening.exclusion_reasons");
        plan(MINIMAL.replace("\"files\":", "\"screening\": {\"reviewers\": 2}, \"files\":"));
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(ReviewPlanException.class)
                .hasMessageContaining("reviewers");
    }

    @Test
    void theBundledExampleIsAValidPlan() {
        Path example = Path.of("..", "..", "examples", "stem-cell-stroke").toAbsolutePath().normalize();
        ReviewPlan p = reader.read(example);
        assertThat(p.outcomes()).extracting(OutcomePlan::name)
                .containsExactly("mortality", "mrs", "nihss", "barthel", "sae");
        assertThat(p.outcomeFor("Death")).get().extracting(OutcomePlan::name).isEqualTo("mortality");
        assertThat(p.outcomeFor("sae_events")).isEmpty();
    }

    @Test
    void aTypoInAFieldNameIsNamedWithItsPath() throws IOException {
        plan(MINIMAL.replace("\"measure\": \"RR\"", "\"measure\": \"RR\", \"synonym\": [\"x\"]"));
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(ReviewPlanException.class)
                .hasMessageContaining("review.json: outcomes[0].synonym: unknown field")
                .hasMessageContaining("synonyms");
    }

    @Test
    void anUnknownMeasureIsNamed() throws IOException {
        plan(MINIMAL.replace("\"RR\"", "\"HR\""));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("outcomes[0].measure")
                .hasMessageContaining("HR");
    }

    @Test
    void anUnknownEstimatorIsNamed() throws IOException {
        plan(MINIMAL.replace("\"outcomes\": [", "\"model\": {\"method\": \"BAYES\"}, \"outcomes\": ["));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("model.method").hasMessageContaining("BAYES");
    }

    @Test
    void aMissingExtractionFileIsNamed() throws IOException {
        plan(MINIMAL.replace("sheet.csv", "sheets.csv"));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("files.extraction[0]")
                .hasMessageContaining("file not found: sheets.csv");
    }

    @Test
    void aFileOutsideTheFolderIsRefused() throws IOException {
        plan(MINIMAL.replace("sheet.csv", "../outside.csv"));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("outside the review folder");
    }

    @Test
    void aSheetLinkedToAFileOutsideTheFolderIsRefusedWithoutReadingIt(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0:SECRET-FIRST-LINE\n");
        Files.delete(dir.resolve("sheet.csv"));
        Files.createSymbolicLink(dir.resolve("sheet.csv"), secret);
        plan(MINIMAL);

        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(ReviewPlanException.class)
                .hasMessageContaining("files.extraction[0]").hasMessageContaining("\"sheet.csv\"")
                .hasMessageContaining("outside the review folder")
                .message().doesNotContain("SECRET").doesNotContain("root:x");
    }

    @Test
    void aFolderLinkedOutsideIsRefusedForTheFilesThroughIt(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("pubmed.nbib"), "PMID- 1\n");
        Files.createSymbolicLink(dir.resolve("exports"), elsewhere);
        plan(MINIMAL.replace("\"outcomes\": [", "\"sources\": [{\"name\": \"MEDLINE\", \"searched\": \"2025-01-01\", "
                + "\"files\": [\"exports/pubmed.nbib\"]}], \"outcomes\": ["));

        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("sources[0].files[0]")
                .hasMessageContaining("exports/pubmed.nbib").hasMessageContaining("outside the review folder");
    }

    @Test
    void aPlanLinkedToAFileOutsideTheFolderIsNotRead(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("notes"), "SECRET-FIRST-LINE\n");
        Files.createSymbolicLink(dir.resolve("review.json"), secret);

        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("review.json")
                .hasMessageContaining("outside the review folder").message().doesNotContain("SECRET");
    }

    @Test
    void linksThatStayInsideTheFolderAreFollowed() throws IOException {
        Files.createDirectories(dir.resolve("v2"));
        Files.move(dir.resolve("sheet.csv"), dir.resolve("v2/sheet.csv"));
        Files.createSymbolicLink(dir.resolve("sheet.csv"), dir.resolve("v2/sheet.csv"));
        plan(MINIMAL);

        assertThat(reader.read(dir).files().extraction()).containsExactly("sheet.csv");
    }

    @Test
    void aMissingPlanIsNamed() {
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("review.json").hasMessageContaining("missing");
    }

    @Test
    void brokenJsonGivesTheLine() throws IOException {
        plan("{\n  \"id\": \"x\",\n  \"title\": }");
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("not valid JSON at line 3");
    }

    @Test
    void aRequiredFieldMissingIsNamed() throws IOException {
        plan(MINIMAL.replace("\"direction\": \"lower_is_better\", ", ""));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("outcomes[0].direction: required field is missing");
    }

    @Test
    void closestRuleNeedsATarget() throws IOException {
        plan(MINIMAL.replace("\"target_days\": 90, ", ""));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("target_days");
    }

    @Test
    void unknownSubgroupAttributeIsNamed() throws IOException {
        plan(MINIMAL.replace("\"outcomes\": [", "\"packs\": [\"stem-cell-stroke\"], \"subgroups\": [\"route\", \"colour\"], \"outcomes\": ["));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("subgroups[1]").hasMessageContaining("colour");
    }

    @Test
    void outcomeNamesMatchIgnoringCaseAndPunctuation() {
        OutcomePlan o = new OutcomePlan("mortality", "Mortality", java.util.List.of("All-cause death"),
                java.util.Optional.empty(), Direction.LOWER_IS_BETTER, "RR",
                new TimepointRule.Last(java.util.OptionalDouble.empty(), false));
        assertThat(o.matches("all_cause DEATH")).isTrue();
        assertThat(o.matches("MORTALITY")).isTrue();
        assertThat(o.matches("death at 90 days")).isFalse();
    }

    @Test
    void reviewersGradeOverridesAreReadAndCheckedAgainstTheOutcomes() throws IOException {
        plan(MINIMAL.replace("\"outcomes\": [", "\"grade\": {\"overrides\": {\"death\": {\"certainty\": \"moderate\", "
                + "\"reason\": \"large consistent effect\"}}}, \"outcomes\": ["));
        var o = reader.read(dir).gradeOverrides().get("death");
        assertThat(o.certainty()).isEqualTo(org.evsyn.core.review.grade.Certainty.MODERATE);
        assertThat(o.reason()).isEqualTo("large consistent effect");

        plan(MINIMAL.replace("\"outcomes\": [", "\"grade\": {\"overrides\": {\"deaths\": {\"certainty\": \"high\", "
                + "\"reason\": \"x\"}}}, \"outcomes\": ["));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("grade.overrides.deaths")
                .hasMessageContaining("not an outcome");

        plan(MINIMAL.replace("\"outcomes\": [", "\"grade\": {\"overrides\": {\"death\": {\"certainty\": \"great\", "
                + "\"reason\": \"x\"}}}, \"outcomes\": ["));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("grade.overrides.death.certainty");
    }

    @Test
    void aDeeplyNestedPlanIsRefusedWithTheLimitNotAnInternalError() throws IOException {
        plan("{\"id\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(ReviewPlanException.class)
                .hasMessageEndingWith(
                        "review.json: nested deeper than 32 levels (the limit of a plan, which nests four)")
                .hasMessageNotContaining("null");
    }

    @Test
    void aPlanLargerThanTheLimitIsRefused() throws IOException {
        plan(MINIMAL.replace("\"Demo review\"", "\"" + "x".repeat((int) org.evsyn.core.input.InputLimits.PLAN_BYTES)
                + "\""));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageEndingWith(
                "review.json: larger than 1 MiB (the limit of a plan; real plans are a few kilobytes)");
    }

    @Test
    void aPlanOrAListedFileThatIsADirectoryIsSaidToBeOne() throws IOException {
        Files.createDirectory(dir.resolve("review.json"));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageEndingWith("review.json: is a directory");
        Files.delete(dir.resolve("review.json"));
        Files.createDirectory(dir.resolve("sheets"));
        plan(MINIMAL.replace("sheet.csv", "sheets"));
        assertThatThrownBy(() -> reader.read(dir))
                .hasMessage("review.json: files.extraction[0]: sheets is a directory");
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> reader.read(file)).hasMessageEndingWith(
                "not-a-folder: not a review folder (it is a file; a review folder holds review.json)");
    }

    @Test
    void everyMethodOfEvsynMetaIsAcceptedAndAnOutcomeMayHaveItsOwnModel() throws IOException {
        plan(MINIMAL.replace("\"measure\": \"RR\"", "\"measure\": \"RR\", \"model\": {\"method\": \"mh\"}")
                .replace("\"outcomes\": [", "\"model\": {\"method\": \"PM\", \"test\": \"knha\", \"level\": 90},"
                        + " \"outcomes\": ["));
        ReviewPlan p = reader.read(dir);
        assertThat(p.model().method()).isEqualTo(AnalysisMethod.PM);
        ModelPlan own = p.modelFor(p.outcomes().get(0));
        // Fields the outcome leaves out come from the review's model; knha does not pass to Mantel-Haenszel.
        assertThat(own.method()).isEqualTo(AnalysisMethod.MH);
        assertThat(own.test()).isEqualTo(TestMethod.Z);
        assertThat(own.level()).isEqualTo(90);
    }

    @Test
    void thePetoMeasureUsesPetosMethodUnlessTheOutcomeSaysOtherwise() throws IOException {
        plan(MINIMAL.replace("\"RR\"", "\"PETO\""));
        ReviewPlan p = reader.read(dir);
        assertThat(p.modelFor(p.outcomes().get(0)).method()).isEqualTo(AnalysisMethod.PETO);
        plan(MINIMAL.replace("\"measure\": \"RR\"", "\"measure\": \"PETO\", \"model\": {\"method\": \"DL\"}"));
        p = reader.read(dir);
        assertThat(p.modelFor(p.outcomes().get(0)).method()).isEqualTo(AnalysisMethod.DL);
    }

    @Test
    void mantelHaenszelWithAContinuousMeasureIsNamed() throws IOException {
        plan(MINIMAL.replace("\"measure\": \"RR\"", "\"measure\": \"MD\", \"model\": {\"method\": \"MH\"}"));
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(ReviewPlanException.class)
                .hasMessageContaining("review.json: outcomes[0].model.method")
                .hasMessageContaining("Mantel-Haenszel method (MH) needs measure OR, RR or RD, not MD");
    }

    @Test
    void aReviewModelThatCannotPoolAnOutcomesMeasureIsNamedAtTheOutcome() throws IOException {
        plan(MINIMAL.replace("\"measure\": \"RR\"", "\"measure\": \"SMD\"")
                .replace("\"outcomes\": [", "\"model\": {\"method\": \"MH\"}, \"outcomes\": ["));
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(ReviewPlanException.class)
                .hasMessageContaining("review.json: outcomes[0].measure")
                .hasMessageContaining("SMD cannot be pooled with the review's model (model.method MH)");
    }

    @Test
    void petosMethodWithAnotherMeasureIsNamed() throws IOException {
        plan(MINIMAL.replace("\"measure\": \"RR\"", "\"measure\": \"OR\", \"model\": {\"method\": \"PETO\"}"));
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(ReviewPlanException.class)
                .hasMessageContaining("review.json: outcomes[0].model.method")
                .hasMessageContaining("Peto's method (PETO) needs measure PETO, not OR");
    }

    @Test
    void knappHartungWithMantelHaenszelIsNamed() throws IOException {
        plan(MINIMAL.replace("\"outcomes\": [", "\"model\": {\"method\": \"MH\", \"test\": \"knha\"}, \"outcomes\": ["));
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(ReviewPlanException.class)
                .hasMessageContaining("review.json: model.test")
                .hasMessageContaining("test knha applies to inverse-variance methods only, not MH");
        plan(MINIMAL.replace("\"measure\": \"RR\"",
                "\"measure\": \"RR\", \"model\": {\"method\": \"MH\", \"test\": \"knha\"}"));
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(ReviewPlanException.class)
                .hasMessageContaining("review.json: outcomes[0].model.test");
    }

    @Test
    void anUnknownMethodOrOutcomeModelFieldIsNamed() throws IOException {
        plan(MINIMAL.replace("\"measure\": \"RR\"", "\"measure\": \"RR\", \"model\": {\"method\": \"MHX\"}"));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("outcomes[0].model.method")
                .hasMessageContaining("MH, PETO").hasMessageContaining("MHX");
        plan(MINIMAL.replace("\"measure\": \"RR\"", "\"measure\": \"RR\", \"model\": {\"methd\": \"MH\"}"));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("outcomes[0].model.methd: unknown field");
    }

    @Test
    void theGenericMeasureNeedsTheScaleOfItsEstimates() throws IOException {
        plan(MINIMAL.replace("\"measure\": \"RR\"", "\"measure\": \"GENERIC\", \"scale\": \"ratio\""));
        OutcomePlan o = reader.read(dir).outcomes().get(0);
        assertThat(o.isGeneric()).isTrue();
        assertThat(o.isRatio()).isTrue();
        plan(MINIMAL.replace("\"measure\": \"RR\"", "\"measure\": \"generic\", \"scale\": \"difference\""));
        assertThat(reader.read(dir).outcomes().get(0).isRatio()).isFalse();

        plan(MINIMAL.replace("\"measure\": \"RR\"", "\"measure\": \"GENERIC\""));
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(ReviewPlanException.class)
                .hasMessageContaining("review.json: outcomes[0].scale: measure GENERIC needs \"ratio\"")
                .hasMessageContaining("got nothing");
        plan(MINIMAL.replace("\"measure\": \"RR\"", "\"measure\": \"GENERIC\", \"scale\": \"HR\""));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("outcomes[0].scale")
                .hasMessageContaining("got \"HR\"");
        plan(MINIMAL.replace("\"measure\": \"RR\"",
                "\"measure\": \"GENERIC\", \"scale\": \"ratio\", \"model\": {\"method\": \"MH\"}"));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("outcomes[0].model.method")
                .hasMessageContaining("needs measure OR, RR or RD, not GENERIC");
    }

    @Test
    void predictionIntervalFormIsReadForTheReviewAndInheritedByOutcomes() throws IOException {
        plan(MINIMAL.replace("\"outcomes\": [", "\"model\": {\"prediction_interval\": \"handbook\"}, \"outcomes\": ["));
        ReviewPlan p = reader.read(dir);
        assertThat(p.model().prediction()).isEqualTo(org.evsyn.stats.model.PredictionForm.HANDBOOK);
        assertThat(p.modelFor(p.outcomes().get(0)).prediction()).isEqualTo(org.evsyn.stats.model.PredictionForm.HANDBOOK);
        assertThat(reader.read(dirWith(MINIMAL)).model().prediction())
                .isEqualTo(org.evsyn.stats.model.PredictionForm.METAFOR);

        plan(MINIMAL.replace("\"outcomes\": [", "\"model\": {\"prediction_interval\": \"cochrane\"}, \"outcomes\": ["));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("model.prediction_interval")
                .hasMessageContaining("\"handbook\"");
    }

    @Test
    void baselineRiskIsAProportionOfAnEventOutcome() throws IOException {
        plan(MINIMAL.replace("\"outcomes\": [", "\"grade\": {\"baseline_risk\": {\"death\": 0.15}}, \"outcomes\": ["));
        assertThat(reader.read(dir).baselineRisk()).containsEntry("death", 0.15);

        plan(MINIMAL.replace("\"outcomes\": [", "\"grade\": {\"baseline_risk\": {\"death\": 150}}, \"outcomes\": ["));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("grade.baseline_risk.death")
                .hasMessageContaining("proportion");

        plan(MINIMAL.replace("\"outcomes\": [", "\"grade\": {\"baseline_risk\": {\"dead\": 0.1}}, \"outcomes\": ["));
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("not an outcome");
    }

    private Path dirWith(String json) throws IOException {
        plan(json);
        return dir;
    }
}
