package org.evsyn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.StoreCounts;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.extraction.ExtractionCsvAdapter;
import org.evsyn.ingest.literature.MedlineAdapter;
import org.evsyn.ingest.literature.RisAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A byte that is not UTF-8 anywhere in a MEDLINE, RIS or extraction CSV file fails the file, naming the record,
 * the line and the byte offset, and stores nothing: no U+FFFD in a field or in the verbatim record. The bad byte is
 * placed after the part of the file format detection reads, and with the format named, where nothing looked at it.
 */
class InvalidUtf8Test {

    @TempDir
    Path dir;

    private final IngestService service = new IngestService(new AdapterRegistry(
            Set.of(new MedlineAdapter(), new RisAdapter(), new ExtractionCsvAdapter()), List.of()));

    /** A sample repeated until past the detection head, then a Latin-1 byte in a title line, then more. */
    private record Damaged(Path file, int offset, int line) {
    }

    private Damaged damage(String resource, String name, String inTitleOf, int copies) throws IOException {
        String read = Files.readString(TestFiles.resource(resource));
        String sample = read.endsWith("\n") ? read : read + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < copies; i++) {
            out.write(sample.getBytes(StandardCharsets.UTF_8));
        }
        String before = out.toString(StandardCharsets.UTF_8);
        int at = sample.indexOf(inTitleOf) + inTitleOf.length();
        out.write(sample.substring(0, at).getBytes(StandardCharsets.UTF_8));
        int offset = out.size();
        out.write(0xE9);
        out.write(sample.substring(at).getBytes(StandardCharsets.UTF_8));
        int line = (int) (before + sample.substring(0, at)).chars().filter(c -> c == '\n').count() + 1;
        return new Damaged(Files.write(dir.resolve(name), out.toByteArray()), offset, line);
    }

    private void assertRefusedAndNothingStored(IngestOptions options, Damaged d, String record) throws IOException {
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("s.db"))) {
            StoreCounts before = store.counts();
            IngestReport r = service.ingest(List.of(d.file()), options, store, IngestListener.NONE);
            assertThat(r.files()).singleElement().satisfies(f -> assertThat(f.error()).hasValue(d.file() + ": record "
                    + record + " (line " + d.line() + "): not valid UTF-8 text: byte 0xE9 at byte offset "
                    + d.offset() + "; nothing of " + d.file() + " was stored"));
            assertThat(store.counts()).isEqualTo(before);
        }
    }

    @Test
    void medlineBeyondTheDetectionHead() throws IOException {
        Damaged d = damage("literature/pubmed-medline-nbib-10-records.nbib", "damaged.nbib", "TI  - Breast cancer", 20);
        assertThat(d.offset()).isGreaterThan(64 * 1024);
        assertRefusedAndNothingStored(IngestOptions.defaults(), d, "201");
    }

    @Test
    void risWithTheFormatNamed() throws IOException {
        Damaged d = damage("literature/ris-scopus-export.ris", "damaged.ris", "TI  - ", 3);
        assertRefusedAndNothingStored(IngestOptions.defaults().withFormat(RisAdapter.FORMAT_ID), d, "10");
    }

    @Test
    void extractionSheetAsARunReadsIt() throws IOException {
        Damaged d = damage("extraction/trials.csv", "trials.csv", "\n", 0);
        assertRefusedAndNothingStored(IngestOptions.defaults().withFormat(ExtractionCsvAdapter.FORMAT_ID), d,
                "row 2");
    }
}
