package org.evsyn.core.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.dedup.DuplicateGroup;
import org.evsyn.core.review.rob.Rob2Algorithm;
import org.evsyn.core.review.rob.Rob2Assessment;
import org.evsyn.core.review.rob.RobDomain;
import org.evsyn.core.review.rob.RobJudgement;
import org.evsyn.core.review.screening.ScreeningDecision;
import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.store.DecisionChanges;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ReviewDecisionRepository;
import org.evsyn.core.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Review decisions are stored with their history: changed or withdrawn ones are superseded, never deleted. */
public abstract class ReviewDecisionsContract {

    private static final String REVIEW = "test-review";

    private EvidenceStore store;
    private ReviewDecisionRepository decisions;

    /** The implementation under test. */
    protected abstract StoreHarness harness();

    @BeforeEach
    void open() {
        store = harness().open("evidence");
        decisions = store.reviewDecisions();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ScreeningDecision include(String id, Stage stage) {
        return new ScreeningDecision(id, stage, true, Optional.empty(), Optional.of("AB"));
    }

    private static ScreeningDecision exclude(String id, Stage stage, String reason) {
        return new ScreeningDecision(id, stage, false, Optional.of(reason), Optional.empty());
    }

    @Test
    void screeningDecisionsAreSavedOnceAndReadBackInOrder() {
        List<ScreeningDecision> sheet = List.of(include("28320635", Stage.TITLE_ABSTRACT),
                include("NCT01436487", Stage.TITLE_ABSTRACT), exclude("12345678", Stage.FULL_TEXT, "not randomised"));

        assertThat(decisions.saveScreening(REVIEW, sheet)).isEqualTo(new DecisionChanges(3, 0, 0, 0));
        assertThat(decisions.screening(REVIEW)).containsExactlyElementsOf(sheet);
        assertThat(decisions.saveScreening(REVIEW, sheet).none()).isTrue();
        assertThat(decisions.screening("another-review")).isEmpty();
        assertThat(column("SELECT record_kind FROM screening_decisions ORDER BY id"))
                .containsExactly("LITERATURE", "REGISTRATION", "LITERATURE");
    }

    @Test
    void aChangedOrWithdrawnDecisionIsSupersededAndKeptAsHistory() {
        decisions.saveScreening(REVIEW, List.of(include("A", Stage.TITLE_ABSTRACT), include("B", Stage.TITLE_ABSTRACT),
                include("C", Stage.TITLE_ABSTRACT)));

        List<ScreeningDecision> revised = List.of(include("A", Stage.TITLE_ABSTRACT),
                exclude("B", Stage.TITLE_ABSTRACT, "wrong population"), include("D", Stage.TITLE_ABSTRACT));
        DecisionChanges changes = decisions.saveScreening(REVIEW, revised);

        assertThat(changes).isEqualTo(new DecisionChanges(1, 1, 1, 1));
        assertThat(decisions.screening(REVIEW)).containsExactlyInAnyOrderElementsOf(revised);
        assertThat(column("SELECT record_key || ':' || decision || ':' || CASE WHEN superseded_at IS NULL THEN 0 ELSE 1 END"
                + " FROM screening_decisions ORDER BY id"))
                .containsExactly("A:INCLUDE:0", "B:INCLUDE:1", "C:INCLUDE:1", "B:EXCLUDE:0", "D:INCLUDE:0");
    }

    @Test
    void aRecordScreenedTwiceAtOneStageIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> decisions.saveScreening(REVIEW, List.of(include("A", Stage.FULL_TEXT),
                exclude("A", Stage.FULL_TEXT, "duplicate row"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record A is screened twice at stage FULL_TEXT");
        assertThat(decisions.screening(REVIEW)).isEmpty();
    }

    private void storeStudy(String key) {
        store.runImport(ImportRequests.lenient(key + ".csv"), w -> w.store(TestRecords.parsed(
                TestRecords.extraction(key, ExtractedStudy.Part.COMBINED, 30, 2.5), "trial\n" + key)));
    }

    private static Rob2Assessment assessment(String study, RobJudgement d3, Optional<Rob2Assessment.Override> override) {
        Map<RobDomain, Rob2Assessment.DomainJudgement> domains = new EnumMap<>(RobDomain.class);
        Map<RobDomain, RobJudgement> plain = new EnumMap<>(RobDomain.class);
        for (RobDomain d : RobDomain.values()) {
            RobJudgement j = d == RobDomain.D3 ? d3 : RobJudgement.LOW;
            domains.put(d, new Rob2Assessment.DomainJudgement(j, "support for " + d));
            plain.put(d, j);
        }
        return new Rob2Assessment(study, Optional.empty(), domains, new Rob2Algorithm().propose(plain), override);
    }

    @Test
    void robJudgementsRoundTripWithTheProposalAndTheReviewersOverride() {
        storeStudy("TEST-A");
        storeStudy("TEST-B");
        Rob2Assessment a = assessment("TEST-A", RobJudgement.HIGH, Optional.of(
                new Rob2Assessment.Override(RobJudgement.SOME_CONCERNS, "missing data balanced across arms")));
        Rob2Assessment b = assessment("TEST-B", RobJudgement.LOW, Optional.empty());

        assertThat(decisions.saveRiskOfBias(REVIEW, List.of(a, b))).isEqualTo(new DecisionChanges(2, 0, 0, 0));
        assertThat(decisions.riskOfBias(REVIEW)).containsExactly(a, b);
        assertThat(decisions.riskOfBias(REVIEW).get(0).overall()).isEqualTo(RobJudgement.SOME_CONCERNS);
        // 5 domains + the proposal, and the override for TEST-A
        assertThat(column("SELECT count(*) FROM risk_of_bias")).containsExactly("13");

        Rob2Assessment bChanged = assessment("TEST-B", RobJudgement.SOME_CONCERNS, Optional.empty());
        assertThat(decisions.saveRiskOfBias(REVIEW, List.of(a, bChanged))).isEqualTo(new DecisionChanges(0, 1, 0, 1));
        assertThat(decisions.riskOfBias(REVIEW)).containsExactlyInAnyOrder(a, bChanged);
        assertThat(column("SELECT count(*) FROM risk_of_bias WHERE superseded_at IS NOT NULL")).containsExactly("6");
    }

    @Test
    void aJudgementOfAStudyTheStoreDoesNotHoldIsRefusedAndNothingIsSaved() {
        storeStudy("TEST-A");
        List<Rob2Assessment> sheet = List.of(assessment("TEST-A", RobJudgement.LOW, Optional.empty()),
                assessment("NO-SUCH-STUDY", RobJudgement.LOW, Optional.empty()));

        assertThatThrownBy(() -> decisions.saveRiskOfBias(REVIEW, sheet))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("RoB 2 judgement names study NO-SUCH-STUDY, which the store does not hold");
        assertThat(decisions.riskOfBias(REVIEW)).isEmpty();
        assertThat(column("SELECT count(*) FROM risk_of_bias")).containsExactly("0");
    }

    @Test
    void duplicateLinksAreSavedPerRecordAndWithdrawnWhenTheyNoLongerHold() {
        DuplicateGroup group = new DuplicateGroup(List.of("lit:28320635", "lit:rec-9", "reg:NCT01436487"),
                List.of("same registry id NCT01436487", "same DOI 10.1016/s1474-4422(17)30046-7"));

        assertThat(decisions.saveDuplicates(REVIEW, List.of(group))).isEqualTo(new DecisionChanges(2, 0, 0, 0));
        assertThat(decisions.duplicates(REVIEW)).containsExactly(group);
        assertThat(decisions.saveDuplicates(REVIEW, List.of(group)).none()).isTrue();

        assertThat(decisions.saveDuplicates(REVIEW, List.of())).isEqualTo(new DecisionChanges(0, 0, 2, 0));
        assertThat(decisions.duplicates(REVIEW)).isEmpty();
        assertThat(column("SELECT count(*) FROM duplicate_links")).containsExactly("2");
    }

    @Test
    void registrationsAndPapersAreLinkedToAStudyOnce() {
        storeStudy("TEST-A");

        assertThat(decisions.linkToStudy("TEST-A", List.of("NCT99999901"), List.of("pmid:28320635"))).isEqualTo(2);
        assertThat(decisions.linkToStudy("TEST-A", List.of("NCT99999901"), List.of("pmid:28320635"))).isZero();

        var summary = store.studies().study("TEST-A").orElseThrow();
        assertThat(summary.trialIds()).contains("NCT99999901");
        assertThat(summary.literatureKeys()).containsExactly("pmid:28320635");
        assertThatThrownBy(() -> decisions.linkToStudy("NOPE", List.of("NCT99999901"), List.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("link names study NOPE");
    }

    private List<String> column(String sql) {
        return harness().query("evidence", sql);
    }
}
