package org.evsyn.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `evsyn run` keeps the review's decisions in the store: screening decisions, RoB 2 judgements with the reviewers'
 * override, and the links of registrations and papers to studies; a changed decision supersedes the old one. The
 * registry record is the real NCT02210780; the paper, the screening decisions and the judgements are made-up test
 * data, labelled as such.
 */
class ReviewDecisionsRunTest {

    @TempDir
    Path dir;

    private Path review;

    @BeforeEach
    void reviewFolder() throws IOException {
        review = dir.resolve("review");
        Files.createDirectories(review.resolve("exports"));
        copy("/run/ctgov-v2-NCT02210780-results.json", review.resolve("exports/NCT02210780.json"));
        copy("/run/test-report-citing-NCT02210780.nbib", review.resolve("exports/pubmed.nbib"));
        Files.writeString(review.resolve("trials.csv"), "trial,year,registry_id\nTEST-DUPI,2016,NCT02210780\n");
        Files.writeString(review.resolve("screening.csv"), """
                record_id,stage,decision,reason,reviewer
                99999901,title_abstract,include,,TEST-A
                NCT02210780,title_abstract,include,,TEST-A
                99999901,full_text,include,,TEST-A
                NCT02210780,full_text,include,,TEST-A
                """);
        Files.writeString(review.resolve("rob.csv"), """
                study,domain,judgement,support
                TEST-DUPI,D1,low,test support D1
                TEST-DUPI,D2,low,test support D2
                TEST-DUPI,D3,high,test support D3
                TEST-DUPI,D4,low,test support D4
                TEST-DUPI,D5,low,test support D5
                TEST-DUPI,overall,some concerns,test override reason
                """);
        Files.writeString(review.resolve("review.json"), """
                {
                  "id": "decisions-demo",
                  "title": "Review decisions demo (test data)",
                  "question": {"population": "Adults with atopic dermatitis", "intervention": "Dupilumab",
                               "comparator": "Placebo", "outcomes": "Body surface area affected"},
                  "sources": [{"name": "ClinicalTrials.gov", "searched": "2024-01-15",
                               "files": ["exports/NCT02210780.json"]},
                              {"name": "PubMed", "searched": "2024-01-15", "files": ["exports/pubmed.nbib"]}],
                  "files": {"extraction": ["trials.csv"], "screening": "screening.csv", "risk_of_bias": "rob.csv"},
                  "outcomes": [{"name": "bsa", "label": "Body surface area affected",
                                "synonyms": ["Body Surface Area"], "direction": "lower_is_better", "measure": "MD",
                                "timepoint": {"rule": "last"}}]
                }
                """);
    }

    private void copy(String resource, Path target) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
    }

    private CommandRun run() {
        return CommandRun.run(dir, "run", "review", "--db", "r.db", "--out", "report", "--no-png");
    }

    @Test
    void decisionsJudgementsAndStudyLinksAreStored() {
        CommandRun r = run();

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Decisions stored: screening 4 new, 0 changed, 0 withdrawn, 0 unchanged;"
                + " risk of bias 1 new, 0 changed, 0 withdrawn, 0 unchanged");
        assertThat(rows("SELECT record_kind || ' ' || record_key || ' ' || stage || ' ' || decision"
                + " FROM screening_decisions WHERE superseded_at IS NULL ORDER BY id"))
                .containsExactly("LITERATURE 99999901 TITLE_ABSTRACT INCLUDE",
                        "REGISTRATION NCT02210780 TITLE_ABSTRACT INCLUDE", "LITERATURE 99999901 FULL_TEXT INCLUDE",
                        "REGISTRATION NCT02210780 FULL_TEXT INCLUDE");
        assertThat(rows("SELECT domain || ' ' || judgement || ' ' || is_override FROM risk_of_bias ORDER BY id"))
                .containsExactly("D1 LOW 0", "D2 LOW 0", "D3 HIGH 0", "D4 LOW 0", "D5 LOW 0", "OVERALL HIGH 0",
                        "OVERALL SOME_CONCERNS 1");
        // One study: its registration (named by the sheet) and the paper citing it.
        assertThat(rows("SELECT s.study_key || ' ' || l.natural_key FROM study_literature l"
                + " JOIN studies s ON s.id = l.study_id")).containsExactly("TEST-DUPI pmid:99999901");
        assertThat(rows("SELECT trial_id FROM study_registrations")).containsExactly("NCT02210780");
        assertThat(read("report/report.md")).contains("TEST-DUPI is reported by pmid:99999901 and registered as"
                + " NCT02210780 (linked by the registry ids the papers cite)");
        // PRISMA from the store: the registration and the paper citing it are two reports of one study, not a
        // duplicate; the register is told apart from the database by what its export holds.
        assertThat(read("report/figures/prisma.svg")).contains(">Databases (n = 1)<", ">PubMed (n = 1)<",
                ">Registers (n = 1)<", ">ClinicalTrials.gov (n = 1)<", ">Duplicate records removed (n = 0)<",
                ">Records screened<", ">Reports sought for retrieval<", ">Reports not retrieved<",
                ">Reports of included studies (n = 2)<", ">Studies included in review (n = 1)<");
    }

    private String read(String file) {
        try {
            return Files.readString(dir.resolve(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aChangedDecisionSupersedesTheOldOneOnTheNextRun() throws IOException {
        assertThat(run().exitCode()).isZero();
        Files.writeString(review.resolve("screening.csv"), """
                record_id,stage,decision,reason,reviewer
                99999901,title_abstract,include,,TEST-B
                NCT02210780,title_abstract,include,,TEST-A
                99999901,full_text,include,,TEST-A
                NCT02210780,full_text,include,,TEST-A
                """);

        CommandRun again = run();

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("screening 0 new, 1 changed, 0 withdrawn, 3 unchanged;",
                "risk of bias 1 unchanged");
        assertThat(rows("SELECT reviewer || ' ' || (superseded_at IS NULL) FROM screening_decisions"
                + " WHERE record_key = '99999901' AND stage = 'TITLE_ABSTRACT' ORDER BY id"))
                .containsExactly("TEST-A 0", "TEST-B 1");
    }

    @Test
    void aJudgementOfAnUnknownStudyFailsNamingTheSheetAndKeepsWhatWasStored() throws IOException {
        assertThat(run().exitCode()).isZero();
        Files.writeString(review.resolve("screening.csv"), "record_id,stage,decision\n99999901,title_abstract,include\n");
        Files.writeString(review.resolve("rob.csv"), Files.readString(review.resolve("rob.csv"))
                .replace("TEST-DUPI,D5", "NO-SUCH-STUDY,D1,low,x\nTEST-DUPI,D5")
                + "NO-SUCH-STUDY,D2,low,x\nNO-SUCH-STUDY,D3,low,x\nNO-SUCH-STUDY,D4,low,x\nNO-SUCH-STUDY,D5,low,x\n");

        CommandRun bad = run();

        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("rob.csv: study \"NO-SUCH-STUDY\" is judged but no extraction sheet has it");
        assertThat(rows("SELECT count(*) FROM risk_of_bias WHERE superseded_at IS NULL")).containsExactly("7");
        assertThat(rows("SELECT count(*) FROM screening_decisions")).containsExactly("4");
    }

    private List<String> rows(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("r.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
