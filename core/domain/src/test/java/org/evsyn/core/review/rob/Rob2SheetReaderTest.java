package org.evsyn.core.review.rob;

import org.evsyn.core.review.sheet.SheetException;
import org.evsyn.core.review.sheet.SheetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The judgements below are made-up test data for two fictitious trials, not assessments of real trials. */
class Rob2SheetReaderTest {

    @TempDir
    Path dir;

    private final Rob2SheetReader reader = new Rob2SheetReader(new SheetReader(), new Rob2Algorithm());

    private Path sheet(String text) throws IOException {
        Path p = dir.resolve("rob2.csv");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void domainsGiveTheProposalAndADifferingOverallIsKeptAsOverride() throws IOException {
        Path p = sheet("""
                study,domain,judgement,support
                Trial A,D1,low,"Central randomisation, concealed"
                Trial A,D2,low,
                Trial A,D3,some concerns,12% lost
                Trial A,D4,low,
                Trial A,D5,low,
                Trial A,overall,high,"Attrition differed by arm"
                Trial B,D1,Low,
                Trial B,D2,Low,
                Trial B,D3,Low,
                Trial B,D4,Low,
                Trial B,D5,Low,
                """);
        List<Rob2Assessment> all = reader.read(p);
        assertThat(all).hasSize(2);
        Rob2Assessment a = all.get(0);
        assertThat(a.proposed().judgement()).isEqualTo(RobJudgement.SOME_CONCERNS);
        assertThat(a.override()).get().extracting(Rob2Assessment.Override::reason).isEqualTo("Attrition differed by arm");
        assertThat(a.overall()).isEqualTo(RobJudgement.HIGH);
        assertThat(a.domains().get(RobDomain.D1).support()).isEqualTo("Central randomisation, concealed");
        assertThat(all.get(1).overall()).isEqualTo(RobJudgement.LOW);
        assertThat(all.get(1).override()).isEmpty();
    }

    @Test
    void aMissingDomainIsNamed() throws IOException {
        Path p = sheet("study,domain,judgement\nTrial A,D1,low\nTrial A,D2,low\n");
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(SheetException.class)
                .hasMessageContaining("rob2.csv: study Trial A: domain D3");
    }

    @Test
    void anUnknownJudgementNamesRowAndColumn() throws IOException {
        Path p = sheet("study,domain,judgement\nTrial A,D1,unclear\n");
        assertThatThrownBy(() -> reader.read(p)).hasMessageContaining("rob2.csv: row 1, column judgement")
                .hasMessageContaining("unclear");
    }

    @Test
    void aHeaderTypoListsExpectedAndFoundColumns() throws IOException {
        Path p = sheet("study,domian,judgement\nTrial A,D1,low\n");
        assertThatThrownBy(() -> reader.read(p)).hasMessageContaining("missing column(s) domain")
                .hasMessageContaining("unknown column(s) domian");
    }
}
