package org.evsyn.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRecord> read(String text) throws IOException {
        CsvReader r = new CsvReader(new StringReader(text), "t.csv");
        List<CsvRecord> out = new ArrayList<>();
        for (var next = r.next(); next.isPresent(); next = r.next()) {
            out.add(next.get());
        }
        return out;
    }

    @Test
    void quotedCellsHoldSeparatorsQuotesAndLineBreaks() throws IOException {
        List<CsvRecord> records = read("a,b\r\n\"x, \"\"y\"\"\",\"1\r\n2\"\r\nlast,\r\n");

        assertThat(records).hasSize(3);
        assertThat(records.get(1).cells()).containsExactly("x, \"y\"", "1\r\n2");
        assertThat(records.get(1).raw()).isEqualTo("\"x, \"\"y\"\"\",\"1\r\n2\"");
        assertThat(records.get(1).lines()).isEqualTo("lines 2-3");
        assertThat(records.get(1).lineBreak()).isEqualTo("\r\n");
        assertThat(records.get(2).cells()).containsExactly("last", "");
        assertThat(records.get(2).lines()).isEqualTo("line 4");
    }

    @Test
    void acceptsLfCrAndNoFinalLineBreakAndSkipsBlankLines() throws IOException {
        List<CsvRecord> records = read("a\n\nb\rc");

        assertThat(records).extracting(CsvRecord::raw).containsExactly("a", "b", "c");
        assertThat(records).extracting(CsvRecord::firstLine).containsExactly(1, 3, 4);
        assertThat(records).extracting(CsvRecord::lineBreak).containsExactly("\n", "\r", "");
        assertThat(records).extracting(CsvRecord::number).containsExactly(1, 2, 3);
    }
}
