package org.evsyn.core.review.screening;

import org.evsyn.core.review.dedup.DuplicateGroup;
import org.evsyn.core.review.sheet.SheetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Made-up decisions on made-up record ids: test data only. */
class ScreeningAndPrismaTest {

    @TempDir
    Path dir;

    private final ScreeningSheetReader reader = new ScreeningSheetReader(new SheetReader());

    @Test
    void prismaCountsComeFromTheStoreAndTheDecisions() throws IOException {
        Path p = dir.resolve("screening.csv");
        Files.writeString(p, """
                record_id,stage,decision,reason
                pmid:1,title_abstract,include,
                pmid:2,title_abstract,exclude,not stroke
                pmid:3,title_abstract,include,
                pmid:4,title_abstract,exclude,
                pmid:1,full_text,include,
                pmid:3,full_text,exclude,not randomised
                """);
        List<ScreeningDecision> d = reader.read(p);
        // 5 + 2 identified; 6 distinct stored records, of which pmid:5 is a duplicate of pmid:1: 7 - 4 = 3 removed.
        PrismaCounts c = new PrismaCalculator().compute(new PrismaInput(
                List.of(new PrismaInput.SourceTally("MEDLINE", false, 5),
                        new PrismaInput.SourceTally("ClinicalTrials.gov", true, 2)), 6,
                List.of(new DuplicateGroup(List.of("pmid:1", "pmid:5"), List.of("same DOI 10.1/x")),
                        new DuplicateGroup(List.of("pmid:2", "pmid:6"), List.of("same DOI 10.1/y"))),
                Map.of("pmid:1", "pmid:1", "pmid:2", "pmid:2", "pmid:3", "pmid:3", "pmid:4", "pmid:4",
                        "pmid:5", "pmid:1", "pmid:6", "pmid:2"), d, "screening.csv", 1, OptionalInt.empty()));
        assertThat(c.identified()).isEqualTo(7);
        assertThat(c.registers()).containsExactly("ClinicalTrials.gov");
        assertThat(c.duplicatesRemoved()).hasValue(3);
        assertThat(c.duplicatesByRule()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PrismaCalculator.SAME_RECORD_RULE, 1, "same DOI 10.1/x", 1, "same DOI 10.1/y", 1));
        assertThat(c.screened()).hasValue(4);
        assertThat(c.excludedAtScreening()).hasValue(2);
        assertThat(c.reportsSought()).hasValue(2);
        assertThat(c.notRetrieved()).hasValue(0);
        assertThat(c.fullTextAssessed()).hasValue(2);
        assertThat(c.fullTextExcluded()).containsExactlyEntriesOf(Map.of("not randomised", 1));
        assertThat(c.reportsIncluded()).hasValue(1);
        assertThat(c.studiesIncluded()).isEqualTo(1);
    }

    @Test
    void aRecordTheSheetDoesNotDecideContradictsTheStore() {
        List<ScreeningDecision> d = List.of(new ScreeningDecision("a", ScreeningDecision.Stage.TITLE_ABSTRACT, false,
                Optional.empty(), Optional.empty()));
        PrismaInput in = new PrismaInput(List.of(new PrismaInput.SourceTally("MEDLINE", false, 2)), 2, List.of(),
                Map.of("a", "a", "b", "b"), d, "screening.csv", 0, OptionalInt.empty());
        assertThatThrownBy(() -> new PrismaCalculator().compute(in))
                .hasMessage("screening.csv decides 1 records, but the store holds 2 records after de-duplication;"
                        + " no decision for b");
    }

    @Test
    void whileATeamIsStillScreeningUndecidedRecordsAwaitADecision() {
        List<ScreeningDecision> d = List.of(
                new ScreeningDecision("a", ScreeningDecision.Stage.TITLE_ABSTRACT, false, Optional.empty(),
                        Optional.empty()),
                new ScreeningDecision("b", ScreeningDecision.Stage.TITLE_ABSTRACT, true, Optional.empty(),
                        Optional.empty()),
                new ScreeningDecision("c", ScreeningDecision.Stage.TITLE_ABSTRACT, true, Optional.empty(),
                        Optional.empty()),
                new ScreeningDecision("b", ScreeningDecision.Stage.FULL_TEXT, false, Optional.of("wrong comparator"),
                        Optional.empty()));
        PrismaInput in = new PrismaInput(List.of(new PrismaInput.SourceTally("MEDLINE", false, 4)), 4, List.of(),
                Map.of("a", "a", "b", "b", "c", "c", "d", "d"), d, "team screening", 1, OptionalInt.empty(), true);

        PrismaCounts c = new PrismaCalculator().compute(in);

        assertThat(c.screened()).hasValue(4);
        assertThat(c.excludedAtScreening()).hasValue(1);
        assertThat(c.reportsSought()).hasValue(2);
        assertThat(c.fullTextAssessed()).hasValue(1);
        assertThat(c.fullTextExcluded()).containsExactly(Map.entry("wrong comparator", 1));
        assertThat(c.reportsIncluded()).hasValue(0);
        // The same decisions from a sheet that should decide everything are an error.
        PrismaInput finished = new PrismaInput(in.sources(), 4, List.of(), in.representativeOf(), d, "screening.csv",
                1, OptionalInt.empty());
        assertThatThrownBy(() -> new PrismaCalculator().compute(finished)).hasMessageContaining("no decision for d");
    }

    @Test
    void aTeamThatHasDecidedNothingYetHasEveryRecordToScreen() {
        PrismaCounts c = new PrismaCalculator().compute(new PrismaInput(
                List.of(new PrismaInput.SourceTally("MEDLINE", false, 3)), 2, List.of(), Map.of("a", "a", "b", "b"),
                List.of(), "team screening", 0, OptionalInt.empty(), true));
        assertThat(c.screened()).hasValue(2);
        assertThat(c.excludedAtScreening()).hasValue(0);
        assertThat(c.reportsSought()).hasValue(0);
    }

    @Test
    void aFullTextDecisionOnARecordExcludedBeforeIsRefused() {
        List<ScreeningDecision> d = List.of(
                new ScreeningDecision("a", ScreeningDecision.Stage.TITLE_ABSTRACT, false, Optional.empty(),
                        Optional.empty()),
                new ScreeningDecision("a", ScreeningDecision.Stage.FULL_TEXT, true, Optional.empty(),
                        Optional.empty()));
        PrismaInput in = new PrismaInput(List.of(new PrismaInput.SourceTally("MEDLINE", false, 1)), 1, List.of(),
                Map.of("a", "a"), d, "screening.csv", 0, OptionalInt.empty());
        assertThatThrownBy(() -> new PrismaCalculator().compute(in)).hasMessageContaining("screening.csv")
                .hasMessageContaining("excluded at title/abstract");
    }

    @Test
    void withoutScreeningTheScreeningCountsAreNotInvented() {
        PrismaCounts c = new PrismaCalculator().compute(new PrismaInput(List.of(), 0, List.of(), Map.of(), List.of(),
                "screening sheet", 18, OptionalInt.empty()));
        assertThat(c.screened()).isEmpty();
        assertThat(c.duplicatesRemoved()).isEmpty();
        assertThat(c.studiesIncluded()).isEqualTo(18);
    }

    @Test
    void aFullTextExclusionWithoutReasonIsRefused() throws IOException {
        Path p = dir.resolve("s.csv");
        Files.writeString(p, "record_id,stage,decision\nx,full_text,exclude\n");
        assertThatThrownBy(() -> reader.read(p)).hasMessageContaining("s.csv: row 1, column reason");
    }

    @Test
    void aRecordDecidedTwiceAtOneStageIsRefused() throws IOException {
        Path p = dir.resolve("s.csv");
        Files.writeString(p, "record_id,stage,decision\nx,title_abstract,include\nx,title_abstract,exclude\n");
        assertThatThrownBy(() -> reader.read(p)).hasMessageContaining("row 2").hasMessageContaining("row 1");
    }

    @Test
    void anUnknownDecisionIsNamed() throws IOException {
        Path p = dir.resolve("s.csv");
        Files.writeString(p, "record_id,stage,decision\nx,title_abstract,maybe\n");
        assertThatThrownBy(() -> reader.read(p)).hasMessageContaining("column decision").hasMessageContaining("maybe");
    }
}
