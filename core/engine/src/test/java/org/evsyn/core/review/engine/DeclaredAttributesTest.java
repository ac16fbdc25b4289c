package org.evsyn.core.review.engine;

import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.attributes.AttributeDef;
import org.evsyn.core.review.attributes.AttributePacks;
import org.evsyn.core.review.attributes.AttributeType;
import org.evsyn.core.review.attributes.Vocabulary;
import org.evsyn.core.review.grade.GradeProposer;
import org.evsyn.core.review.plan.Direction;
import org.evsyn.core.review.plan.ModelPlan;
import org.evsyn.core.review.plan.MultiArmRule;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.core.review.plan.Pico;
import org.evsyn.core.review.plan.ReviewFiles;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.plan.TimepointRule;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.analysis.AnalysisOutcome;
import org.evsyn.stats.analysis.BlockOutcome;
import org.evsyn.stats.analysis.MetaAnalysisRunner;
import org.evsyn.stats.analysis.RegressionSummary;
import org.evsyn.stats.analysis.SubgroupSummary;
import org.evsyn.stats.subgroup.GroupResult;
import org.evsyn.stats.subgroup.SubgroupResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A review outside cell therapy: metadat's dat.laopaiboon2015 (azithromycin versus amoxycillin for lower respiratory
 * tract infections, clinical failure), subgrouped by a declared age group spelled inconsistently in the sheet's
 * {@code x_age_group} column and regressed on a declared numeric {@code x_year}. Expected numbers from metafor 3.8-1
 * (R 4.2):
 * <pre>
 * library(metafor); library(metadat)
 * dat <- escalc(measure = "RR", ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = dat.laopaiboon2015)
 * ctl <- list(threshold = 1e-10, tol = 1e-12, maxiter = 1000)
 * ad <- rma(yi, vi, data = dat, subset = age == "adults", method = "REML", control = ctl)
 * ch <- rma(yi, vi, data = dat, subset = age == "children", method = "REML", control = ctl)
 * btw <- rma(yi = c(coef(ad), coef(ch)), sei = c(ad$se, ch$se), method = "FE")   # btw$QE, btw$QEp
 * mix <- rma(yi, vi, mods = ~ factor(age), data = dat, method = "REML", control = ctl)   # mix$QM, mix$QMp
 * reg <- rma(yi, vi, mods = ~ year, data = dat, method = "REML", control = ctl)
 * </pre>
 */
class DeclaredAttributesTest {

    private static final double TOL = 1e-6;

    // author year, ai, n1i, ci, n2i, age as the sheet spells it (dat.laopaiboon2015 has adults/children)
    private static final Object[][] TRIALS = {
            {"Balmes", 1991, 4, 48, 7, 56, "adults"}, {"Beghi", 1995, 22, 69, 2, 73, "Adults"},
            {"Biebuyck", 1996, 53, 497, 53, 257, "adult"}, {"Daniel", 1991, 5, 121, 10, 120, "ADULTS"},
            {"Ferwerda", 2001, 5, 55, 7, 53, "Children"}, {"Gris", 1996, 6, 34, 2, 33, "adults"},
            {"Harris", 1998, 11, 125, 4, 63, "child"}, {"Hoepelman", 1993, 4, 48, 4, 51, "Adult"},
            {"Hoepelman", 1998, 3, 62, 5, 61, "grown-ups"}, {"Mertens", 1992, 1, 25, 5, 25, "adults"},
            {"Sevieri", 1993, 5, 25, 2, 25, "adults"}, {"Whitlock", 1995, 0, 29, 2, 27, "adults"},
            {"Wubbel", 1999, 1, 39, 2, 49, "paediatric"}, {"Zachariah", 1996, 8, 173, 7, 173, "adults"},
            {"Zheng", 2002, 12, 38, 2, 42, "adults"}};

    private static final AttributeDef AGE = new AttributeDef("age_group", AttributeType.CATEGORICAL, "Age group",
            Optional.empty(), Optional.of("x_age_group"), Optional.empty(), new Vocabulary(Map.of(
            "adults", List.of("adult", "grown-ups"), "children", List.of("child", "paediatric"))));
    private static final AttributeDef YEAR = new AttributeDef("report_year", AttributeType.NUMERIC, "Year of report",
            Optional.empty(), Optional.of("x_year"), Optional.empty(), Vocabulary.none());

    private final ReviewEngine engine = new ReviewEngine(new OutcomeDataExtractor(),
            new OutcomeAnalyser(new MetaAnalysisRunner(), new GradeProposer()));

    private static List<ExtractedStudy> trials(String... ageOverride) {
        List<ExtractedStudy> out = new ArrayList<>();
        for (int i = 0; i < TRIALS.length; i++) {
            Object[] t = TRIALS[i];
            String age = i < ageOverride.length && ageOverride[i] != null ? ageOverride[i] : (String) t[6];
            out.add(new TestStudies(t[0] + " " + t[1], (Integer) t[1])
                    .arm("azithromycin", ExtractedArm.Role.EXPERIMENTAL).arm("amoxycillin", ExtractedArm.Role.CONTROL)
                    .events("failure", null, "azithromycin", (Integer) t[3], (Integer) t[2])
                    .events("failure", null, "amoxycillin", (Integer) t[5], (Integer) t[4]).build()
                    .withCustomColumns(Map.of("x_age_group", age, "x_year", String.valueOf(t[1]))));
        }
        return out;
    }

    private static ReviewPlan plan(List<AttributeDef> declared, List<String> subgroups, List<String> moderators) {
        OutcomePlan failure = new OutcomePlan("failure", "Clinical failure", List.of(), Optional.empty(),
                Direction.LOWER_IS_BETTER, "RR", new TimepointRule.Last(OptionalDouble.empty(), true));
        List<AttributeDef> attributes = new ArrayList<>(new AttributePacks().enabled(List.of()));
        attributes.addAll(declared);
        return new ReviewPlan("abx", "Antibiotics", new Pico("p", "i", "c", "o", Optional.empty(), Optional.empty(),
                Optional.empty()), List.of(), List.of(), new ReviewFiles(List.of("x.csv"), Optional.empty(),
                Optional.empty()), List.of(failure), new ModelPlan(Tau2Method.REML, TestMethod.Z, 95), subgroups,
                Set.of(), moderators, MultiArmRule.COMBINE_ARMS, Map.of(), Map.of(), List.of(), attributes);
    }

    private static SideAnalysis side(ReviewAnalysis a, String key) {
        return a.outcomes().get(0).secondary().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static SubgroupResult subgroups(SideAnalysis s) {
        var r = ((AnalysisOutcome.Completed) s.outcome().orElseThrow()).result();
        return ((BlockOutcome.Computed<SubgroupSummary>) r.subgroups().orElseThrow()).value().result();
    }

    @Test
    void inconsistentSpellingsFormOneSubgroupPerVocabularyLevelAndMatchMetafor() {
        ReviewAnalysis a = engine.analyse(plan(List.of(AGE, YEAR), List.of("age_group"), List.of()), trials(),
                List.of());

        SideAnalysis age = side(a, "age_group");
        assertThat(age.description()).isEqualTo("Subgroups by Age group");
        assertThat(age.statement()).isEmpty();
        SubgroupResult r = subgroups(age);
        assertThat(r.groups()).extracting(GroupResult::level).containsExactly("adults", "children");
        GroupResult adults = r.groups().get(0);
        assertThat(adults.k()).isEqualTo(12);
        assertThat(adults.estimate()).isCloseTo(0.140266169474314, within(TOL));
        assertThat(adults.se()).isCloseTo(0.335024143922614, within(TOL));
        assertThat(adults.tau2()).isCloseTo(0.848323098501368, within(TOL));
        GroupResult children = r.groups().get(1);
        assertThat(children.k()).isEqualTo(3);
        assertThat(children.estimate()).isCloseTo(-0.0719257263624814, within(TOL));
        assertThat(children.se()).isCloseTo(0.374975815836445, within(TOL));
        assertThat(r.between().q()).isCloseTo(0.17807296727555, within(TOL));
        assertThat(r.between().df()).isEqualTo(1);
        assertThat(r.between().pval()).isCloseTo(0.673034558975453, within(TOL));
        assertThat(r.mixed().orElseThrow().test().statistic()).isCloseTo(0.11921589189426, within(TOL));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeclaredNumericAttributeIsAModeratorAndMatchesMetafor() {
        ReviewAnalysis a = engine.analyse(plan(List.of(AGE, YEAR), List.of(), List.of("report_year")), trials(),
                List.of());

        SideAnalysis year = side(a, "report_year");
        assertThat(year.description()).isEqualTo("Meta-regression on Year of report");
        var r = ((AnalysisOutcome.Completed) year.outcome().orElseThrow()).result();
        var fit = ((BlockOutcome.Computed<RegressionSummary>) r.metaRegression().orElseThrow()).value().fit();
        assertThat(fit.coefficient(1).estimate()).isCloseTo(0.086391347187443, within(TOL));
        assertThat(fit.coefficient(1).se()).isCloseTo(0.0810318246841878, within(TOL));
        assertThat(fit.coefficient(1).pval()).isCloseTo(0.286359927122252, within(TOL));
        assertThat(fit.tau2()).isCloseTo(0.596513862551205, within(TOL));
    }

    @Test
    void aValueMatchingNoLevelIsItsOwnLevelAndTheAnalysisSaysSo() {
        ReviewAnalysis a = engine.analyse(plan(List.of(AGE), List.of("age_group"), List.of()),
                trials("teenagers", "Teenagers"), List.of());

        SideAnalysis age = side(a, "age_group");
        assertThat(subgroups(age).groups()).extracting(GroupResult::level)
                .containsExactly("teenagers", "adults", "children");
        assertThat(age.statement()).hasValue("values of Age group that match no level of its vocabulary, kept as "
                + "their own level: 'teenagers' (Balmes 1991), 'Teenagers' (Beghi 1995)");
    }

    @Test
    void withoutAVocabularyValuesSpelledAlikeShareALevel() {
        AttributeDef bare = new AttributeDef("age_group", AttributeType.CATEGORICAL, "Age group", Optional.empty(),
                Optional.of("x_age_group"), Optional.empty(), Vocabulary.none());
        String[] ages = new String[TRIALS.length];
        for (int i = 0; i < TRIALS.length; i++) {
            ages[i] = ((String) TRIALS[i][6]).matches("(?i)adults?|grown-ups") ? (i % 2 == 0 ? "Adults" : "adults ")
                    : (i % 2 == 0 ? "children" : "Children.");
        }
        ReviewAnalysis a = engine.analyse(plan(List.of(bare), List.of("age_group"), List.of()), trials(ages),
                List.of());

        SubgroupResult r = subgroups(side(a, "age_group"));
        assertThat(r.groups()).extracting(GroupResult::level).containsExactly("Adults", "children");
        assertThat(r.between().q()).isCloseTo(0.17807296727555, within(TOL));
        assertThat(side(a, "age_group").statement()).isEmpty();
    }

    @Test
    void aNumericAttributeThatIsNotANumberNamesTheStudyColumnAndValue() {
        List<ExtractedStudy> studies = new ArrayList<>(trials());
        studies.set(2, studies.get(2).withCustomColumns(Map.of("x_age_group", "adults", "x_year", "about 1996")));

        assertThatThrownBy(() -> engine.analyse(plan(List.of(YEAR), List.of(), List.of("report_year")), studies,
                List.of())).hasMessage("study Biebuyck 1996: column x_year (attribute report_year): expected a number,"
                + " found 'about 1996'");
    }

    @Test
    void theCharacteristicsTableShowsTheAttributesThePlanUses() {
        ReviewAnalysis a = engine.analyse(plan(List.of(AGE, YEAR), List.of("age_group"), List.of("report_year",
                "year")), trials(), List.of());

        assertThat(a.characteristics()).extracting(CharacteristicColumn::label)
                .containsExactly("Age group", "Year of report");
        assertThat(a.characteristics().get(0).text("Wubbel 1999")).hasValue("children");
        assertThat(a.characteristics().get(1).text("Zheng 2002")).hasValue("2002");
    }
}
