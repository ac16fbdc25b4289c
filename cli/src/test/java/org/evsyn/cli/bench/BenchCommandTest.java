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
    void generatedMetaBatchIsSeededAndSplitsIntoItsAnalyses() throws Exception {
        CommandRun gen = CommandRun.run(dir, "bench", "gen-meta", "--analyses", "40", "--k", "6", "--seed", "5",
                "--out", "batch.csv.gz");
        assertThat(gen.exitCode()).as(gen.err()).isZero();
        CommandRun again = CommandRun.run(dir, "bench", "gen-meta", "--analyses", "40", "--k", "6", "--seed", "5",
                "--out", "again.csv.gz");
        assertThat(again.exitCode()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("again.csv.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("batch.csv.gz")));
        CommandRun other = CommandRun.run(dir, "bench", "gen-meta", "--analyses", "40", "--k", "6", "--seed", "6",
                "--out", "other.csv");
        assertThat(other.exitCode()).isZero();
        String text = Files.readString(dir.resolve("other.csv"));
        assertThat(text).startsWith("analysis,study,treat_n,treat_mean,treat_sd,ctrl_n,ctrl_mean,ctrl_sd\nA00001,S01,");
        assertThat(text.lines().count()).isEqualTo(1 + 40 * 6);

        CommandRun meta = CommandRun.run(dir, "meta", "--csv", "batch.csv.gz", "--measure", "MD", "--method", "REML",
                "--split-by", "analysis", "--format", "json", "--blocks", "main");
        assertThat(meta.exitCode()).as(meta.err()).isZero();
        assertThat(meta.out().lines().toList()).hasSize(40).allSatisfy(line -> assertThat(line).contains("\"k\":6,"));
        assertThat(meta.out().lines().findFirst().orElseThrow()).startsWith("{\"split\":\"A00001\",");
    }

    @Test
    void generatedValuesHaveAtMostFourDecimals() {
        assertThat(MetaBatchGenerator.decimal(new StringBuilder(), 53.49312).toString()).isEqualTo("53.4931");
        assertThat(MetaBatchGenerator.decimal(new StringBuilder(), 43.00301).toString()).isEqualTo("43.003");
        assertThat(MetaBatchGenerator.decimal(new StringBuilder(), 13.99996).toString()).isEqualTo("14");
        assertThat(MetaBatchGenerator.decimal(new StringBuilder(), -0.05).toString()).isEqualTo("-0.05");
        assertThat(MetaBatchGenerator.decimal(new StringBuilder(), 7.0007).toString()).isEqualTo("7.0007");
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
