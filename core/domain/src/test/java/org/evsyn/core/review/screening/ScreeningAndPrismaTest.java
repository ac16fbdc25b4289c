package org.evsyn.core.review.screening;

import org.evsyn.core.review.sheet.SheetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Made-up decisions on made-up record ids: test data only. */
class ScreeningAndPrismaTest {

    @TempDir
    Path dir;

    private final ScreeningSheetReader reader = new ScreeningSheetReader(new SheetReader());

    @Test
    void prismaCountsComeFromTheDecisions() throws IOException {
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
        PrismaCounts c = new PrismaCalculator().compute(Map.of("MEDLINE", 5, "ClinicalTrials.gov", 2), 3, d, 1);
        assertThat(c.identified()).isEqualTo(7);
        assertThat(c.duplicatesRemoved()).hasValue(3);
        assertThat(c.screened()).hasValue(4);
        assertThat(c.excludedAtScreening()).hasValue(2);
        assertThat(c.fullTextAssessed()).hasValue(2);
        assertThat(c.fullTextExcluded()).containsExactlyEntriesOf(Map.of("not randomised", 1));
        assertThat(c.reportsIncluded()).hasValue(1);
        assertThat(c.studiesIncluded()).isEqualTo(1);
    }

    @Test
    void withoutScreeningTheScreeningCountsAreNotInvented() {
        PrismaCounts c = new PrismaCalculator().compute(Map.of(), 0, List.of(), 18);
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
