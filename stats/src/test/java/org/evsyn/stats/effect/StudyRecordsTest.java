package org.evsyn.stats.effect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Study records refuse impossible data with a message in a reviewer's words, naming the study and the field. */
class StudyRecordsTest {

    @Test
    void eventsBeyondTheArmSizeAreNamedInWords() {
        assertThatThrownBy(() -> new BinaryStudy("Aronson 1948", 5, 3, 11, 139))
                .isInstanceOf(InvalidStudyException.class)
                .hasMessage("study 'Aronson 1948': events in the treatment arm (5) exceed its size (3)")
                .satisfies(e -> {
                    InvalidStudyException x = (InvalidStudyException) e;
                    assertThat(x.study()).isEqualTo("Aronson 1948");
                    assertThat(x.field()).isEqualTo(StudyField.TREATMENT_EVENTS);
                });
    }

    @Test
    void negativeEventsAndEmptyArmsNameTheirField() {
        assertThatThrownBy(() -> new BinaryStudy("Trial Y", 1, 10, -1, 10))
                .hasMessage("study 'Trial Y': events in the control arm must not be negative (-1)")
                .satisfies(e -> assertThat(((InvalidStudyException) e).field()).isEqualTo(StudyField.CONTROL_EVENTS));
        assertThatThrownBy(() -> new BinaryStudy("Trial Z", 0, 0, 1, 10))
                .hasMessage("study 'Trial Z': the size of the treatment arm must be positive (0)")
                .satisfies(e -> assertThat(((InvalidStudyException) e).field()).isEqualTo(StudyField.TREATMENT_SIZE));
    }

    @Test
    void missingOrNegativeStandardDeviationsNameTheArm() {
        assertThatThrownBy(() -> new ContinuousStudy("Smith 2001", 10, 5, Double.NaN, 10, 4, 1))
                .hasMessage("study 'Smith 2001': the standard deviation of the treatment arm is missing");
        assertThatThrownBy(() -> new ContinuousStudy("Jones 1999", 10, 5, 1, 10, 4, -2))
                .hasMessage("study 'Jones 1999': the standard deviation of the control arm must not be negative (-2.0)")
                .satisfies(e -> assertThat(((InvalidStudyException) e).field()).isEqualTo(StudyField.CONTROL_SD));
    }

    @Test
    void noMessageSpeaksOfSpreadsheetColumns() {
        for (StudyField f : StudyField.values()) {
            assertThat(f.words()).doesNotContain("_").doesNotMatch(".*\\b(yi|vi|sei|n1|n2)\\b.*");
        }
        assertThatThrownBy(() -> GenericStudy.fromConfidenceInterval("Bad", 2, 1, 0.5, 95, false))
                .hasMessage("study 'Bad': the upper confidence bound (0.5) must exceed the lower one (1.0)");
    }
}
