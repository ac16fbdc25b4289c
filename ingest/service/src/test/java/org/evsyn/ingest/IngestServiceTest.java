package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.ingest.ctgov.CtgovJsonAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {

    @TempDir
    Path dir;

    private final IngestService service = new IngestService(
            new AdapterRegistry(Set.of(new CtgovJsonAdapter()), List.of(new TestLinesAdapter())));
    private final FakeEvidenceStore store = new FakeEvidenceStore();

    private IngestReport ingest(IngestOptions options, Path... files) {
        return service.ingest(List.of(files), options, store, IngestListener.NONE);
    }

    private IngestReport ingest(Path... files) {
        return ingest(IngestOptions.defaults(), files);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static ImportSummary summary(IngestReport r) {
        assertThat(r.files()).singleElement().satisfies(f -> assertThat(f.error()).isEmpty());
        return r.files().get(0).summary().orElseThrow();
    }

    private static String error(IngestReport r) {
        assertThat(r.files()).hasSize(1);
        return r.files().get(0).error().orElseThrow(() -> new AssertionError("expected a failure: " + r));
    }

    @Test
    void detectsTheFormatAndStoresASample() throws IOException {
        IngestReport r = ingest(TestFiles.ctgov("NCT02552212"));
        assertThat(r.files().get(0).formatId()).contains("ctgov-json");
        ImportSummary s = summary(r);
        assertThat(s.read()).isEqualTo(1);
        assertThat(s.stored()).isEqualTo(1);
        assertThat(store.snapshot()).containsOnlyKeys("NCT02552212");
    }

    @Test
    void reIngestIsIdempotentAndAChangedRecordIsANewVersion() throws IOException {
        Path file = TestFiles.ctgov("NCT05594173");
        assertThat(summary(ingest(file)).stored()).isEqualTo(1);
        ImportSummary again = summary(ingest(file));
        assertThat(again.stored()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);

        String changed = Files.readString(file).replace("\"overallStatus\": \"COMPLETED\"", "\"overallStatus\": \"TERMINATED\"");
        assertThat(changed).isNotEqualTo(Files.readString(file));
        ImportSummary next = summary(ingest(write("NCT05594173-v2.json", changed)));
        assertThat(next.newVersions()).isEqualTo(1);
        assertThat(store.snapshot().get("NCT05594173")).hasSize(2);
    }

    @Test
    void aFolderIsEveryFileInsideEachItsOwnImport() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("studies"));
        for (String s : List.of("NCT02552212", "NCT05594173", "NCT03630471")) {
            Path src = TestFiles.ctgov(s);
            Files.copy(src, folder.resolve(src.getFileName()));
        }
        IngestReport r = ingest(folder);
        assertThat(r.files()).hasSize(3).allMatch(FileResult::succeeded);
        assertThat(r.stored()).isEqualTo(3);
        assertThat(store.counts().importBatches()).isEqualTo(3);
    }

    @Test
    void aZipOfStudyFilesIsOneImport() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ctg-studies.json/", new byte[0]);
        for (String s : List.of("NCT02552212", "NCT02210780", "NCT00763412", "NCT05594173", "NCT03630471")) {
            entries.put("ctg-studies.json/" + s + ".json", Files.readAllBytes(TestFiles.ctgov(s)));
        }
        Path zip = TestFiles.zip(dir.resolve("ctg-studies.json.zip"), entries);
        ImportSummary s = summary(ingest(zip));
        assertThat(s.stored()).isEqualTo(5);
        assertThat(store.counts().importBatches()).isEqualTo(1);
        assertThat(summary(ingest(zip)).unchanged()).isEqualTo(5);
    }

    @Test
    void aBadEntryRollsBackTheWholeZip() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("NCT05594173.json", Files.readAllBytes(TestFiles.ctgov("NCT05594173")));
        byte[] cut = Files.readAllBytes(TestFiles.ctgov("NCT02552212"));
        entries.put("NCT02552212.json", java.util.Arrays.copyOf(cut, cut.length / 3));
        String err = error(ingest(TestFiles.zip(dir.resolve("bad.zip"), entries)));
        assertThat(err).contains("bad.zip!/NCT02552212.json").contains("truncated").contains("nothing");
        assertThat(store.snapshot()).isEmpty();
    }

    @Test
    void zipSlipIsRefusedBeforeAnythingIsStored() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("NCT05594173.json", Files.readAllBytes(TestFiles.ctgov("NCT05594173")));
        entries.put("../../evil.json", Files.readAllBytes(TestFiles.ctgov("NCT03630471")));
        String err = error(ingest(TestFiles.zip(dir.resolve("slip.zip"), entries)));
        assertThat(err).contains("slip.zip").contains("../../evil.json").contains("path traversal");
        assertThat(store.snapshot()).isEmpty();
        Map<String, byte[]> absolute = Map.of("/etc/NCT0.json", new byte[] {'{'});
        assertThat(error(ingest(TestFiles.zip(dir.resolve("abs.zip"), absolute)))).contains("path traversal");
    }

    @Test
    void zipBombAndTooManyEntriesAreRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("NCT05594173.json", Files.readAllBytes(TestFiles.ctgov("NCT05594173")));
        entries.put("zeros.json", new byte[8 << 20]);
        Path bomb = TestFiles.zip(dir.resolve("bomb.zip"), entries);
        assertThat(Files.size(bomb)).isLessThan(100_000);
        IngestOptions small = IngestOptions.defaults().withLimits(new ContainerLimits(100, 1 << 20, 1 << 20));
        assertThat(error(ingest(small, bomb))).contains("zip bomb");
        assertThat(store.snapshot()).isEmpty();

        IngestOptions few = IngestOptions.defaults().withLimits(new ContainerLimits(1, 1L << 30, 1L << 30));
        assertThat(error(ingest(few, bomb))).contains("more than 1 entries");
    }

    @Test
    void anEntryThatExpandsBeyondItsDeclaredSizeIsRefused() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("NCT05594173.json", Files.readAllBytes(TestFiles.ctgov("NCT05594173")));
        byte[] study = Files.readAllBytes(TestFiles.ctgov("NCT02552212"));
        entries.put("NCT02552212.json", study);
        Path zip = TestFiles.zip(dir.resolve("lying.zip"), entries);
        // The central directory now declares the second entry a third of its real size. An entry small enough to
        // be read whole must still be read past its declared size, not cut there.
        byte[] bytes = Files.readAllBytes(zip);
        int header = lastIndexOf(bytes, new byte[] {'P', 'K', 1, 2});
        int declared = study.length / 3;
        for (int k = 0; k < 4; k++) {
            bytes[header + 24 + k] = (byte) (declared >>> (8 * k));
        }
        Files.write(zip, bytes);
        String err = error(ingest(zip));
        assertThat(err).contains("lying.zip").contains("zip bomb").contains("NCT02552212.json")
                .contains("beyond its declared size");
        assertThat(store.snapshot()).isEmpty();
    }

    private static int lastIndexOf(byte[] bytes, byte[] part) {
        for (int i = bytes.length - part.length; i >= 0; i--) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    @Test
    void truncatedFileFailsWithStoreUnchanged() throws IOException {
        ingest(TestFiles.ctgov("NCT05594173"));
        var before = store.snapshot();
        String page = "{\"studies\":[" + Files.readString(TestFiles.ctgov("NCT03630471")) + ","
                + Files.readString(TestFiles.ctgov("NCT02552212"));
        Path cut = write("page.json", page.substring(0, page.length() - 500));
        String err = error(ingest(cut));
        assertThat(err).contains("page.json").contains("truncated").contains("after studies[0]");
        assertThat(store.snapshot()).isEqualTo(before);
    }

    @Test
    void emptyFileUnknownFormatAndInvalidUtf8AreClearErrors() throws IOException {
        assertThat(error(ingest(write("empty.json", "")))).contains("empty.json").contains("empty file");
        assertThat(error(ingest(write("notes.txt", "hello")))).contains("unknown format").contains("ctgov-json");
        Path latin1 = Files.write(dir.resolve("l1.txt"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(error(ingest(latin1))).contains("not UTF-8").contains("offset 3");
        assertThat(error(ingest(dir.resolve("missing.json")))).contains("no such file");
    }

    @Test
    void formatOverrideSkipsDetectionAndUnknownIdsFailUpFront() throws IOException {
        Path file = write("records.dat", "A1,first\nA2,second\n");
        assertThat(error(ingest(file))).contains("unknown format");
        ImportSummary s = summary(ingest(IngestOptions.defaults().withFormat(TestLinesAdapter.ID), file));
        assertThat(s.stored()).isEqualTo(2);
        assertThatThrownBy(() -> ingest(IngestOptions.defaults().withFormat("nope"), file))
                .isInstanceOf(IngestException.class).hasMessageContaining("unknown format 'nope'")
                .hasMessageContaining("test-lines");
    }

    @Test
    void rejectionsAreCountedAndStrictFailsTheFile() throws IOException {
        Path file = write("r.txt", "#test-lines\nA1,ok\nreject:A2,arm size negative\nA3,ok\n");
        ImportSummary s = summary(ingest(file));
        assertThat(s.stored()).isEqualTo(2);
        assertThat(s.rejected()).singleElement().extracting(ImportSummary.Rejection::reason).isEqualTo("arm size negative");

        FakeEvidenceStore before = store;
        var snapshot = before.snapshot();
        Path other = write("s.txt", "#test-lines\nB1,ok\nreject:B2,bad\n");
        String err = error(ingest(IngestOptions.defaults().withStrict(true), other));
        assertThat(err).contains("s.txt").contains("B2").contains("bad").contains("strict");
        assertThat(store.snapshot()).isEqualTo(snapshot);
    }

    @Test
    void aFailureMidFileNamesFileAndRecordAndRollsBack() throws IOException {
        Path file = write("m.txt", "#test-lines\nC1,ok\nC2,ok\nfail\nC3,ok\n");
        String err = error(ingest(file));
        assertThat(err).contains("m.txt").contains("line 4").contains("malformed");
        assertThat(store.snapshot()).isEmpty();
    }

    @Test
    void aDeviceOrAFifoIsNotARegularFileNotAMissingOne() throws Exception {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");
        assertThat(error(ingest(zero))).isEqualTo(
                "/dev/zero: is not a regular file (a FIFO, device or socket); only regular files are read");
        Path fifo = dir.resolve("fifo");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            assertThat(error(ingest(fifo))).startsWith(fifo + ": is not a regular file");
        }
    }

    @Test
    void runningOutOfMemoryOrStackFailsTheFileInOneLineAndTheNextFileGoesIn() throws IOException {
        Path oom = write("oom.txt", "#test-lines\nD1,ok\noom\n");
        Path deep = write("deep.txt", "#test-lines\nE1,ok\noverflow\n");
        Path fine = write("fine.txt", "#test-lines\nF1,ok\n");
        IngestReport r = ingest(oom, deep, fine);
        assertThat(r.files().get(0).error()).get().asString()
                .startsWith(oom + ": after record D1: ran out of memory (the Java heap is at most ")
                .endsWith("; nothing of " + oom + " was stored").doesNotContain("\n");
        assertThat(r.files().get(1).error()).hasValue(deep + ": after record E1: the content is nested too deeply to"
                + " read (the reader ran out of stack); nothing of " + deep + " was stored");
        assertThat(r.files().get(2).error()).isEmpty();
        assertThat(store.snapshot()).containsOnlyKeys("F1");
    }

    @Test
    void aRejectionQuotingAHugeValueIsKeptShort() throws IOException {
        Path file = write("r.txt", "#test-lines\nreject:G1,bad value " + "v".repeat(100_000) + "\n");
        ImportSummary s = summary(ingest(file));
        assertThat(s.rejected()).singleElement().extracting(ImportSummary.Rejection::reason).asString()
                .hasSize(SinkToWriter.REJECTION_CHARS + " (99010 more characters)".length() + 3)
                .endsWith("... (99010 more characters)");
    }

    @Test
    void parseOnlyCountsWithoutAStore() throws IOException {
        IngestReport r = service.parseOnly(List.of(TestFiles.ctgov("NCT02552212"), TestFiles.ctgov("page-response")),
                IngestOptions.defaults(), IngestListener.NONE);
        assertThat(r.stored()).isEqualTo(2);
        assertThat(r.anyFailed()).isFalse();
    }

    @Test
    void listenerSeesFilesAndRecords() throws IOException {
        int[] records = new int[1];
        List<String> files = new java.util.ArrayList<>();
        service.ingest(List.of(TestFiles.ctgov("NCT02552212")), IngestOptions.defaults(), store, new IngestListener() {
            @Override
            public void recordRead() {
                records[0]++;
            }

            @Override
            public void fileFinished(FileResult result) {
                files.add(result.name());
            }
        });
        assertThat(records[0]).isEqualTo(1);
        assertThat(files).hasSize(1);
    }
}
