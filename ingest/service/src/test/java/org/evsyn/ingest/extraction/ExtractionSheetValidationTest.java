package org.evsyn.ingest.extraction;

import org.evsyn.ingest.TestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.InterventionDetails;
import org.evsyn.ingest.spi.IngestException;
import org.junit.jupiter.api.Test;

/** The combined long sheet, and what happens to bad headers and bad rows. */
class ExtractionSheetValidationTest {

    private static final String HEADER = "trial,outcome,timepoint_days,arm,n,mean,sd,events\n";

    private static ExtractionFixtures.Collected parse(String csv) {
        return ExtractionFixtures.parse(TestFiles.text("sheet.csv", csv));
    }

    @Test
    void readsACombinedSheetWithStudyColumnsRepeatedPerRow() {
        String csv = "Study,Year,Cell_Source,Dose Cells per kg,Stage,n_cell,outcome,timepoint_days,arm,arm_role,n,mean,sd,"
                + "events,x_checked_by\n"
                + "A,2020,autologous,2e6,acute,20,nihss,90,cell,cell,20,5.5,2.1,,JS\n"
                + "A,2020,autologous,2e6,acute,20,nihss,90,usual care,control,19,6.0,2.4,,JS\n"
                + "A,,,,,,death,90,cell,,20,,,1,JS\n"
                + "B,2019,,,,,mrs,180,high dose,cell,10,,,,\n";
        ExtractionFixtures.Collected c = parse(csv);

        assertThat(c.rejections).isEmpty();
        ExtractedStudy a = c.study("A");
        assertThat(a.part()).isEqualTo(ExtractedStudy.Part.COMBINED);
        assertThat(a.year()).isEqualTo(OptionalInt.of(2020));
        assertThat(a.intervention().dosePerKg()).isEqualTo(OptionalDouble.of(2_000_000));
        assertThat(a.arms()).containsExactly(
                new ExtractedArm("cell", ExtractedArm.Role.EXPERIMENTAL, OptionalInt.of(20)),
                new ExtractedArm("usual care", ExtractedArm.Role.CONTROL, OptionalInt.empty()));
        assertThat(a.results()).hasSize(3);
        assertThat(a.results().get(1).mean()).isEqualTo(OptionalDouble.of(6.0));
        assertThat(a.results().get(2).events()).isEqualTo(OptionalInt.of(1));
        assertThat(a.results().get(2).mean()).isEmpty();
        ExtractedStudy b = c.study("B");
        assertThat(b.arm("high dose").orElseThrow().role()).isEqualTo(ExtractedArm.Role.EXPERIMENTAL);
        // No n_cell for B and no rows for an arm labelled cell: B has only its own arm.
        assertThat(b.arms()).extracting(ExtractedArm::label).containsExactly("high dose");
        assertThat(c.record("A").source().content()).contains("x_checked_by").contains("JS");
        // The reviewers' own columns are carried on the study, for the attributes a plan declares.
        assertThat(a.customColumns()).containsExactly(java.util.Map.entry("x_checked_by", "JS"));
        assertThat(b.customColumns()).isEmpty();
    }

    @Test
    void readsEachArmsTreatmentAndLeavesAControlWithoutOneEmpty() {
        String csv = "trial,cell_type,outcome,timepoint_days,arm,arm_treatment,n,events\n"
                + "A,BM-MSC,death,90,cell,,20,1\n"
                + "A,,death,90,control,placebo,19,2\n"
                + "A,,sae,90,control,,19,3\n"
                + "B,,death,90,low dose,azithromycin,10,1\n"
                + "B,,death,90,control,,10,2\n";
        ExtractionFixtures.Collected c = parse(csv);

        assertThat(c.rejections).isEmpty();
        ExtractedStudy a = c.study("A");
        // Only what the sheet names is the arm's own; the cell type is the experimental arm's by default.
        assertThat(a.arms()).extracting(ExtractedArm::treatment)
                .containsExactly(java.util.Optional.empty(), java.util.Optional.of("placebo"));
        assertThat(a.arms()).extracting(a::treatment)
                .containsExactly(java.util.Optional.of("BM-MSC"), java.util.Optional.of("placebo"));
        ExtractedStudy b = c.study("B");
        assertThat(b.arms()).extracting(b::treatment)
                .containsExactly(java.util.Optional.of("azithromycin"), java.util.Optional.empty());
    }

    @Test
    void readsTheGenericAgentAndOriginColumnsLikeTheCellTherapyOnesAndKeepsTheStageAsWritten() {
        String csv = "trial,agent,origin,route,stage,outcome,arm,n,events\n"
                + "A,platelet-rich plasma,Autologous,injection,Early Phase,death,cell,20,1\n"
                + "A,,,,,death,control,19,2\n";
        String old = "trial,cell_type,cell_source,route,stage,outcome,arm,n,events\n"
                + "A,platelet-rich plasma,Autologous,injection,Early Phase,death,cell,20,1\n"
                + "A,,,,,death,control,19,2\n";

        ExtractionFixtures.Collected c = parse(csv);

        assertThat(c.rejections).isEmpty();
        ExtractedStudy a = c.study("A");
        assertThat(a.intervention().agent()).contains("platelet-rich plasma");
        assertThat(a.intervention().origin()).contains(InterventionDetails.Origin.AUTOLOGOUS);
        assertThat(a.stageAsGiven()).contains("Early Phase");
        assertThat(parse(old).study("A")).isEqualTo(a);
    }

    @Test
    void rejectsAnOriginOtherThanAutologousOrAllogeneicUnderItsGenericName() {
        ExtractionFixtures.Collected c = parse("trial,origin,outcome,arm,n\nA,xenogeneic,death,cell,5\n");

        assertThat(c.rejections).containsExactly(
                "row 2 (A): column cell_source: expected autologous or allogeneic, found 'xenogeneic'");
    }

    @Test
    void rejectsARowGivingAnArmAnotherTreatmentThanItsEarlierRows() {
        ExtractionFixtures.Collected c = parse("trial,outcome,timepoint_days,arm,treatment,n,events\n"
                + "A,death,90,cell,BM-MSC,20,1\nA,death,90,control,placebo,19,2\nA,sae,90,cell,MAPC,20,4\n");

        assertThat(c.rejections).containsExactly("row 4 (A): column treatment: expected the treatment arm 'cell' "
                + "has on earlier rows ('BM-MSC'), found 'MAPC'");
        assertThat(c.study("A").arms()).extracting(ExtractedArm::treatment)
                .containsExactly(java.util.Optional.of("BM-MSC"), java.util.Optional.of("placebo"));
    }

    @Test
    void rejectsARowWithNegativeN() {
        ExtractionFixtures.Collected c = parse(HEADER + "A,death,90,cell,10,,,1\nA,death,90,control,-5,,,2\n");

        assertThat(c.rejections).containsExactly(
                "row 3 (A): column n: expected a whole number >= 0, found '-5'");
        assertThat(c.study("A").results()).hasSize(1);
        assertThat(c.record("A").source().content()).doesNotContain("-5");
    }

    @Test
    void rejectsRowsWithEventsAboveNNegativeSdOrTextInANumberColumn() {
        ExtractionFixtures.Collected c = parse(HEADER
                + "A,death,90,cell,10,,,11\n"
                + "A,nihss,90,cell,10,4.5,-1,\n"
                + "A,nihss,90,control,10,about 5,1,\n"
                + "A,nihss,90,control,10.5,5,1,\n"
                + "A,sae_events,90,cell,10,,,14\n");

        assertThat(c.rejections).hasSize(4);
        assertThat(c.rejections.get(0)).startsWith("row 2 (A): column events: expected at most n (10)")
                .endsWith("found '11'");
        assertThat(c.rejections.get(1)).isEqualTo("row 3 (A): column sd: expected a number >= 0, found '-1'");
        assertThat(c.rejections.get(2)).startsWith("row 4 (A): column mean: expected a number").endsWith("found 'about 5'");
        assertThat(c.rejections.get(3)).startsWith("row 5 (A): column n: expected a whole number");
        // Event counts may exceed n.
        assertThat(c.study("A").results()).singleElement()
                .satisfies(r -> assertThat(r.events()).isEqualTo(OptionalInt.of(14)));
    }

    @Test
    void rejectsConflictingStudyValuesAndBadCodes() {
        String csv = "trial,year,stage,cell_source,outcome,arm,n\n"
                + "A,2020,acute,autologous,death,cell,5\n"
                + "A,2021,acute,autologous,death,control,5\n"
                + "A,2020,early,autologous,sae,cell,5\n"
                + "A,2020,acute,xenogeneic,sae,control,5\n"
                + ",2020,acute,autologous,sae,control,5\n";
        ExtractionFixtures.Collected c = parse(csv);

        assertThat(c.rejections).containsExactly(
                "row 3 (A): column year: expected the same value as row 2 of study A ('2020'), found '2021'; study"
                        + " columns must agree on all rows of a study",
                "row 4 (A): column stage: expected the same value as row 2 of study A ('acute'), found 'early'; study"
                        + " columns must agree on all rows of a study",
                "row 5 (A): column cell_source: expected autologous or allogeneic, found 'xenogeneic'",
                "row 6: column trial: expected a study id, found an empty cell");
        assertThat(c.study("A").results()).hasSize(1);
    }

    @Test
    void failsOnAHeaderTypoNamingFileMissingAndFoundColumns() {
        assertThatThrownBy(() -> parse("trial,outcom,arm,n,events\nA,death,cell,5,1\n"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("sheet.csv: record row 1 (header): missing required column outcome")
                .hasMessageContaining("unknown column 'outcom' (did you mean 'outcome'?)")
                .hasMessageContaining("Found columns: trial, outcom, arm, n, events");
    }

    @Test
    void failsOnAnUnknownOptionalColumnRatherThanDroppingItsData() {
        assertThatThrownBy(() -> parse("trial,outcome,arm,n,evnts\nA,death,cell,5,1\n"))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("unknown column 'evnts' (did you mean 'events'?)");
    }

    @Test
    void failsWhenNoKnownLayoutFits() {
        assertThatThrownBy(() -> parse("name,value\nA,1\n"))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("missing required columns trial, outcome, arm");
    }

    @Test
    void failsOnAnUnclosedQuoteNamingTheRow() {
        assertThatThrownBy(() -> parse(HEADER + "A,death,90,cell,10,,,1\nA,\"death,90,cell,10,,,1\n"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("sheet.csv: record row 3 (line 3)");
    }

    @Test
    void readsQuotedCellsSemicolonSheetsAndByteOrderMarks() {
        String csv = "\uFEFFtrial;outcome;arm;n;notes\r\n\"A;1\";death;cell;5;\"two\r\nlines, \"\"quoted\"\"\"\r\n";
        ExtractionFixtures.Collected c = parse(csv);

        assertThat(c.rejections).isEmpty();
        assertThat(c.study("A;1").results().get(0).notes()).contains("two\r\nlines, \"quoted\"");
    }

    @Test
    void readsTheExampleOfTheFormatDocumentation() {
        String csv = "trial,year,cell_source,dose_cells_per_kg,stage,n_cell,n_control,outcome,timepoint_days,"
                + "timepoint_as_printed,arm,n,median,q1,q3,events,source_ref\n"
                + "STARTING-2,2021,autologous,1000000,mixed,39,15,mrs,90,day 90,cell,39,3,3,4,,S13\n"
                + "STARTING-2,,,,,,,mrs,90,day 90,control,15,4,3,4,,S13\n";
        ExtractionFixtures.Collected c = parse(csv);

        assertThat(c.rejections).isEmpty();
        ExtractedStudy s = c.study("STARTING-2");
        assertThat(s.part()).isEqualTo(ExtractedStudy.Part.COMBINED);
        assertThat(s.arms()).containsExactly(
                new ExtractedArm("cell", ExtractedArm.Role.EXPERIMENTAL, OptionalInt.of(39)),
                new ExtractedArm("control", ExtractedArm.Role.CONTROL, OptionalInt.of(15)));
        assertThat(s.results()).extracting(r -> r.median().orElseThrow()).containsExactly(3.0, 4.0);
        assertThat(s.results()).allSatisfy(r -> assertThat(r.sourceRefs()).containsExactly("S13"));
    }
}
