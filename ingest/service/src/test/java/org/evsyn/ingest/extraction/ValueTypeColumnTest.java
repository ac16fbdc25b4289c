package org.evsyn.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;

/** The optional {@code value_type} column: final values or changes from baseline (made-up test numbers). */
class ValueTypeColumnTest {

    private static ExtractionFixtures.Collected parse(String csv) {
        return ExtractionFixtures.parse(TestFiles.text("outcomes.csv", csv));
    }

    @Test
    void readsFinalAndChangeIgnoringCaseAndTakesAnEmptyCellAsFinal() {
        ExtractionFixtures.Collected c = parse("trial,outcome,timepoint_days,arm,n,mean,sd,value_type\n"
                + "A,nihss,90,cell,20,6.5,3.0,final\n"
                + "A,nihss,90,control,20,8.0,3.2,\n"
                + "A,nihss,90,cell,20,-4.0,2.5,Change\n"
                + "A,nihss,90,control,20,-2.5,2.7,CHANGE\n");

        assertThat(c.rejections).isEmpty();
        ExtractedStudy a = c.study("A");
        // Both kinds for the same arm and time point are kept: the analysis chooses between them.
        assertThat(a.results()).extracting(ArmOutcomeResult::armLabel, ArmOutcomeResult::valueKind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cell", ArmOutcomeResult.ValueKind.FINAL),
                org.assertj.core.groups.Tuple.tuple("control", ArmOutcomeResult.ValueKind.FINAL),
                org.assertj.core.groups.Tuple.tuple("cell", ArmOutcomeResult.ValueKind.CHANGE),
                org.assertj.core.groups.Tuple.tuple("control", ArmOutcomeResult.ValueKind.CHANGE));
    }

    @Test
    void aSheetWithoutTheColumnHasFinalValues() {
        ExtractionFixtures.Collected c = parse("trial,outcome,arm,n,mean,sd\nA,nihss,cell,20,6.5,3.0\n");

        assertThat(c.study("A").results()).singleElement()
                .satisfies(r -> assertThat(r.valueKind()).isEqualTo(ArmOutcomeResult.ValueKind.FINAL));
    }

    @Test
    void rejectsAnyOtherValueNamingRowColumnAndWhatWasExpected() {
        ExtractionFixtures.Collected c = parse("trial,outcome,arm,n,mean,sd,value_type\n"
                + "A,nihss,cell,20,6.5,3.0,final\n"
                + "A,nihss,control,20,8.0,3.2,baseline\n");

        assertThat(c.rejections).containsExactly("row 3 (A): column value_type: expected final or change (change "
                + "from baseline); empty means final, found 'baseline'");
        assertThat(c.study("A").results()).hasSize(1);
    }
}
