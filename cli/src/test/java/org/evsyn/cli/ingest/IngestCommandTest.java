package org.evsyn.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

    @TempDir
    Path dir;

    private Path sample(String name) throws IOException {
        try {
            Path src = Path.of(IngestCommandTest.class.getResource(name).toURI());
            return Files.copy(src, dir.resolve(name));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void ingestsFilesThenReportsThemUnchanged() throws IOException {
        Path a = sample("ctgov-v2-NCT05594173-results.json");
        Path b = sample("ctgov-v2-NCT03630471-noresults.json");
        CommandRun first = CommandRun.run(dir, "ingest", "--db", "s.db", a.getFileName().toString(), b.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("(ctgov-json): read 1, stored 1, unchanged 0")
                .contains("Total: 2 files, 0 failed; read 2, stored 2");
        assertThat(first.err()).isEmpty();

        CommandRun again = CommandRun.run(dir, "ingest", "--db", "s.db", a.toString(), b.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("read 2, stored 0, unchanged 2");

        CommandRun status = CommandRun.run(dir, "status", "--db", "s.db", "--json");
        assertThat(status.out()).contains("\"registrations\":2");
    }

    @Test
    void aTruncatedFileFailsWithOneLineAndExitCode1() throws IOException {
        byte[] all = Files.readAllBytes(sample("ctgov-v2-NCT05594173-results.json"));
        Path cut = Files.write(dir.resolve("cut.json"), Arrays.copyOf(all, all.length / 2));
        CommandRun run = CommandRun.run(dir, "ingest", "--db", "s.db", cut.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("evsyn: ").contains("cut.json").contains("truncated");
        assertThat(run.out()).contains("1 failed");
    }

    @Test
    void aClassicApiFileIsDetectedAndReadAsApiV2FailsWithExitCode1() throws IOException {
        Path classic = sample("ctgov-classic-NCT00023673-results-excerpt.json");
        CommandRun forced = CommandRun.run(dir, "ingest", "--db", "c.db", "--format", "ctgov-json", classic.toString());
        assertThat(forced.exitCode()).isEqualTo(1);
        assertThat(forced.err()).contains("classic API (v1)").contains("--format ctgov-classic-json");
        CommandRun status = CommandRun.run(dir, "status", "--db", "c.db", "--json");
        assertThat(status.out()).contains("\"registrations\":0").contains("\"import_batches\":0");

        CommandRun detected = CommandRun.run(dir, "ingest", "--db", "c.db", classic.toString());
        assertThat(detected.exitCode()).as(detected.err()).isZero();
        assertThat(detected.out()).contains("(ctgov-classic-json): read 1, stored 1");
    }

    @Test
    void aChunkedImportPrintsItsProgressWithRateAndTimeLeft() throws IOException {
        String study = Files.readString(sample("ctgov-v2-NCT03630471-noresults.json"));
        Path zip = dir.resolve("ctg-studies.json.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 25; i++) {
                String id = String.format("NCT%08d", 81_000_000 + i);
                out.putNextEntry(new java.util.zip.ZipEntry(id + ".json"));
                out.write(study.replace("NCT03630471", id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        CommandRun run = CommandRun.run(dir, "ingest", "--db", "z.db", "--chunk", "10", zip.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines()).hasSize(3).allSatisfy(l -> assertThat(l).contains("ctg-studies.json.zip")
                .contains("studies/s").contains("left"));
        assertThat(run.err()).contains("10 of 25 entries stored (40.0%)").contains("25 of 25 entries stored (100.0%)");
        assertThat(run.out()).contains("read 25, stored 25");
    }

    @Test
    void listFormatsShowsBuiltInAndThirdPartyAdapters() {
        CommandRun run = CommandRun.run(dir, "ingest", "--list-formats");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ctgov-json").contains("third-party-test");
    }

    @Test
    void usageErrorsExitWith2() throws IOException {
        Path a = sample("ctgov-v2-NCT05594173-results.json");
        CommandRun unknown = CommandRun.run(dir, "ingest", "--db", "s.db", "--format", "nope", a.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown format 'nope'").contains("ctgov-json");
        CommandRun none = CommandRun.run(dir, "ingest", "--db", "s.db");
        assertThat(none.exitCode()).isEqualTo(2);
    }

    @Test
    void strictFailsAFileWithARejectedRecord() throws IOException {
        String text = Files.readString(sample("ctgov-v2-NCT05594173-results.json"))
                .replace("\"numAtRisk\": 18", "\"numAtRisk\": -18");
        Path bad = Files.writeString(dir.resolve("bad.json"), text);
        CommandRun lenient = CommandRun.run(dir, "ingest", "--db", "l.db", bad.toString());
        assertThat(lenient.exitCode()).as(lenient.err()).isZero();
        assertThat(lenient.out()).contains("rejected 1").contains("rejected NCT05594173: NCT05594173: ");
        CommandRun strict = CommandRun.run(dir, "ingest", "--db", "s.db", "--strict", bad.toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err()).contains("NCT05594173").contains("strict");
    }

    @Test
    void rejectionsAndFailuresQuotingControlCharactersPrintThemAsEscapes() throws IOException {
        // A hostile sheet: an OSC title sequence with BEL in the study id, a clear-screen sequence in a number.
        Path sheet = Files.writeString(dir.resolve("hostile.csv"), "trial,outcome,timepoint_days,"
                + "timepoint_as_printed,arm,n,mean,sd,median,q1,q3,events,statistic_as_printed,source_ref,"
                + "table_or_page,notes\nA\u001b]0;pwned\u0007,nihss,90,d90,cell,1\u001b[2J0,5,1,,,,,,S1,T1,\n");

        CommandRun run = CommandRun.run(dir, "ingest", "--db", "s.db", "--format", "extraction-csv",
                sheet.toString(), "missing\u001b[31m.json");

        assertThat(run.out()).contains("rejected row 2 (A\\x1b]0;pwned\\x07)").contains("'1\\x1b[2J0'");
        assertThat(run.err()).contains("missing\\x1b[31m.json");
        assertThat((run.out() + run.err()).chars().filter(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f))))
                .isEmpty();
    }
}
