package org.evsyn.core.review.living;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which studies moved between two runs of an outcome, and which of their values. */
class StudyDiffTest {

    private static StudyValues study(String label, String source, String events) {
        return new StudyValues(label, List.of(source), Map.of("treatment n", "20", "treatment events", events));
    }

    @Test
    void aStudyNoLongerInTheAnalysisIsRemovedAndListedAfterTheCurrentOnes() {
        List<StudyChange> changes = StudyDiff.between(List.of(study("A", "S1", "3"), study("B", "S2", "4")),
                List.of(study("C", "S3", "5"), study("A", "S1", "3")));

        assertThat(changes).extracting(StudyChange::describe)
                .containsExactly("added C (source S3)", "removed B (source S2)");
    }

    @Test
    void aValueThatAppearsOrDisappearsReadsFromOrToNone() {
        StudyValues before = new StudyValues("A", List.of("S1"), Map.of("treatment n", "20"));
        StudyValues after = new StudyValues("A", List.of("S1", "S4"), Map.of("treatment n", "21",
                "treatment events", "2"));

        assertThat(StudyDiff.between(List.of(before), List.of(after))).singleElement()
                .extracting(StudyChange::describe)
                .isEqualTo("A: treatment events none → 2, treatment n 20 → 21, sources S1 → S1;S4 (source S1, S4)");
    }

    @Test
    void sameNumbersMeanNoChange() {
        assertThat(StudyDiff.between(List.of(study("A", "S1", "3")), List.of(study("A", "S1", "3")))).isEmpty();
    }
}
