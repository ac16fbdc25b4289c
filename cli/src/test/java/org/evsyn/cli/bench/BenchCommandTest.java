package org.evsyn.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark commands work end to end on a small N (timings are not checked). */
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void generatesAPageAndAZipThatIngestWithoutRejections() {
        for (String out : new String[] {"studies.json", "studies.zip"}) {
            CommandRun gen = CommandRun.run(dir, "bench", "gen-ctgov", "80", "--out", out);
            assertThat(gen.exitCode()).as(gen.err()).isZero();
            assertThat(Files.exists(dir.resolve(out))).isTrue();
            CommandRun bench = CommandRun.run(dir, "bench", "ingest", out, "--db", out + ".db");
            assertThat(bench.exitCode()).as(bench.err()).isZero();
            assertThat(bench.out()).contains("parse-only 80 studies (80 stored, 0 rejected)")
                    .contains("ingest     80 studies (80 stored, 0 rejected)").contains("studies/s");
        }
    }

    @Test
    void generationIsDeterministicAndAboutOneInEightHasResults() throws Exception {
        CtgovStudyGenerator g = new CtgovStudyGenerator(new com.fasterxml.jackson.databind.ObjectMapper(), 3);
        assertThat(g.study(5)).isEqualTo(g.study(5));
        long withResults = java.util.stream.IntStream.range(0, 800).filter(i -> g.study(i).has("resultsSection")).count();
        assertThat(withResults).isBetween(70L, 130L);
        assertThat(g.study(7).at("/protocolSection/identificationModule/nctId").asText()).isEqualTo("NCT90000007");
    }

    @Test
    void refusesAnExistingStore() throws Exception {
        Files.writeString(dir.resolve("x.db"), "");
        CommandRun gen = CommandRun.run(dir, "bench", "gen-ctgov", "1", "--out", "one.json");
        assertThat(gen.exitCode()).isZero();
        CommandRun bench = CommandRun.run(dir, "bench", "ingest", "one.json", "--db", "x.db");
        assertThat(bench.exitCode()).isEqualTo(2);
    }
}
