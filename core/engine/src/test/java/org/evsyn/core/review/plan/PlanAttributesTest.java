package org.evsyn.core.review.plan;

import org.evsyn.core.review.attributes.AttributeDef;
import org.evsyn.core.review.attributes.AttributeType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** review.json's {@code attributes} and {@code packs}, and what {@code subgroups} and {@code moderators} may name. */
class PlanAttributesTest {

    private static final String PLAN = """
            {
              "id": "abx",
              "title": "Antibiotics",
              "question": {"population": "P", "intervention": "I", "comparator": "C", "outcomes": "O"},
              "files": {"extraction": ["sheet.csv"]},
              "outcomes": [
                {"name": "death", "direction": "lower_is_better", "measure": "RR", "timepoint": {"rule": "last"}}
              ],
              REST
            }
            """;

    private static final String AGE = """
            {"name": "age_group", "type": "categorical", "label": "Age group",
             "vocabulary": {"adults": ["adult", "grown-ups"], "children": ["child", "paediatric"]}}""";

    @TempDir
    Path dir;

    private final ReviewPlanReader reader = new ReviewPlanReader();

    @BeforeEach
    void sheet() throws IOException {
        Files.writeString(dir.resolve("sheet.csv"), "trial,outcome\n");
    }

    private ReviewPlan read(String rest) throws IOException {
        Files.writeString(dir.resolve("review.json"), PLAN.replace("REST", rest));
        return reader.read(dir);
    }

    private void fails(String rest, String... parts) throws IOException {
        Files.writeString(dir.resolve("review.json"), PLAN.replace("REST", rest));
        var thrown = assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(ReviewPlanException.class);
        for (String p : parts) {
            thrown.hasMessageContaining(p);
        }
    }

    @Test
    void declaredAttributesAreReadWithTheirLabelColumnAndVocabulary() throws IOException {
        ReviewPlan plan = read("""
                "attributes": [AGE,
                  {"name": "dose", "type": "numeric", "label": "Daily dose", "unit": "mg", "column": "X_Dose mg"}],
                "subgroups": ["age_group"], "moderators": ["dose", "year"]""".replace("AGE", AGE));

        AttributeDef age = plan.attribute("age_group").orElseThrow();
        assertThat(age.type()).isEqualTo(AttributeType.CATEGORICAL);
        assertThat(age.label()).isEqualTo("Age group");
        assertThat(age.column()).hasValue("x_age_group");
        assertThat(age.vocabulary().level("Grown ups")).hasValue("adults");
        assertThat(age.vocabulary().level("CHILDREN")).hasValue("children");
        AttributeDef dose = plan.attribute("dose").orElseThrow();
        assertThat(dose.column()).hasValue("x_dose_mg");
        assertThat(dose.labelWithUnit()).isEqualTo("Daily dose (mg)");
        assertThat(plan.subgroups()).containsExactly("age_group");
        assertThat(plan.moderators()).containsExactly("dose", "year");
        assertThat(plan.packs()).isEmpty();
    }

    @Test
    void anUnknownSubgroupListsTheCategoricalAttributesThePlanHas() throws IOException {
        fails("\"attributes\": [" + AGE + "], \"subgroups\": [\"sex\"]",
                "review.json: subgroups[0]: unknown attribute \"sex\" (categorical attributes of this plan: age_group;"
                        + " declare others under \"attributes\")");
    }

    @Test
    void aNumericAttributeCannotFormSubgroups() throws IOException {
        fails("\"subgroups\": [\"year\"]", "subgroups[0]: \"year\" is a numeric attribute; subgroups need categorical"
                + " ones (this plan has no categorical attributes)");
    }

    @Test
    void aCategoricalAttributeCannotBeAModerator() throws IOException {
        fails("\"attributes\": [" + AGE + "], \"moderators\": [\"age_group\"]",
                "moderators[0]: \"age_group\" is a categorical attribute; moderators need numeric ones "
                        + "(numeric attributes of this plan: year, followup_months)");
    }

    @Test
    void anOldPlanNamingAPackAttributeSaysWhatToAdd() throws IOException {
        fails("\"subgroups\": [\"route\", \"stage\"]", "review.json: subgroups[0]: \"route\" is an attribute of the "
                + "stem-cell-stroke pack, which this plan does not enable; add \"packs\": [\"stem-cell-stroke\"] to "
                + "review.json");
        fails("\"moderators\": [\"dose_cells_per_kg\"]", "moderators[0]", "stem-cell-stroke pack",
                "add \"packs\": [\"stem-cell-stroke\"]");
    }

    @Test
    void anEnabledPackGivesItsAttributes() throws IOException {
        ReviewPlan plan = read("\"packs\": [\"stem-cell-stroke\"], \"subgroups\": [\"route\", \"stage\"], "
                + "\"moderators\": [\"dose_cells_per_kg\", \"timing_days\", \"year\"]");
        assertThat(plan.packs()).containsExactly("stem-cell-stroke");
        assertThat(plan.attribute("route").orElseThrow().vocabulary().level("IA (internal carotid)"))
                .hasValue("intra-arterial");
        assertThat(plan.attribute("route").orElseThrow().vocabulary().level("IA (ipsilateral MCA, microcatheter)"))
                .hasValue("intra-arterial");
        assertThat(plan.attribute("route").orElseThrow().vocabulary().level("Intracerebral (stereotaxic)"))
                .hasValue("intracerebral");
    }

    @Test
    void anUnknownPackIsNamedWithThoseAvailable() throws IOException {
        fails("\"packs\": [\"stem-cell\"]", "packs[0]: unknown attribute pack \"stem-cell\" (available: "
                + "stem-cell-stroke)");
    }

    @Test
    void aPlanVocabularyExtendsThePacksAndMovesSpellings() throws IOException {
        ReviewPlan plan = read("""
                "packs": ["stem-cell-stroke"],
                "attributes": [{"name": "route", "label": "Route of delivery",
                  "vocabulary": {"intravenous": ["peripheral vein"], "intracarotid": ["IA (internal carotid)"]}}],
                "subgroups": ["route"]""");
        AttributeDef route = plan.attribute("route").orElseThrow();
        assertThat(route.label()).isEqualTo("Route of delivery");
        assertThat(route.vocabulary().level("Peripheral vein")).hasValue("intravenous");
        assertThat(route.vocabulary().level("IV")).hasValue("intravenous");
        assertThat(route.vocabulary().level("IA (internal carotid)")).hasValue("intracarotid");
        assertThat(route.vocabulary().level("IA")).hasValue("intra-arterial");
    }

    @Test
    void aPackAttributeTakesNoColumnAndKeepsItsType() throws IOException {
        fails("\"packs\": [\"stem-cell-stroke\"], \"attributes\": [{\"name\": \"route\", \"column\": \"x_route\"}]",
                "attributes[0].column", "read by the stem-cell-stroke pack");
        fails("\"packs\": [\"stem-cell-stroke\"], \"attributes\": [{\"name\": \"route\", \"type\": \"numeric\"}]",
                "attributes[0].type", "categorical");
    }

    @Test
    void declarationsAreChecked() throws IOException {
        fails("\"attributes\": [{\"name\": \"age_group\"}]", "attributes[0].type: required field is missing");
        fails("\"attributes\": [{\"name\": \"age_group\", \"type\": \"text\"}]",
                "attributes[0].type: expected categorical or numeric, got \"text\"");
        fails("\"attributes\": [{\"name\": \"Age Group\", \"type\": \"categorical\"}]", "attributes[0].name");
        fails("\"attributes\": [{\"name\": \"age\", \"type\": \"numeric\", \"column\": \"age\"}]",
                "attributes[0].column", "starts with 'x_'");
        fails("\"attributes\": [{\"name\": \"age\", \"type\": \"numeric\", \"vocabulary\": {\"a\": [\"b\"]}}]",
                "attributes[0].vocabulary: only a categorical attribute has a vocabulary");
        fails("\"attributes\": [" + AGE + ", " + AGE + "]", "attributes[1].name", "declared twice");
        fails("\"attributes\": [{\"name\": \"year\", \"type\": \"numeric\"}]", "attributes[0].name",
                "general attribute");
        fails("\"attributes\": [{\"name\": \"g\", \"type\": \"categorical\", \"vocabulary\": "
                + "{\"a\": [\"x-y\"], \"b\": [\"X Y\"]}}]", "\"X Y\" also means level \"a\"");
        fails("\"attributes\": [{\"name\": \"g\", \"type\": \"categorical\", \"colour\": \"red\"}]",
                "attributes[0].colour: unknown field");
    }
}
