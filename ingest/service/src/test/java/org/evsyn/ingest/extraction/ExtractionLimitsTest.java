package org.evsyn.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.evsyn.core.input.InputLimits;
import org.evsyn.ingest.GeneratedSource;
import org.evsyn.ingest.spi.IngestException;
import org.evsyn.ingest.spi.RecordSink;
import org.evsyn.core.domain.ParsedRecord;
import org.junit.jupiter.api.Test;

/** An extraction sheet is held in memory until its last row, so the sheet is bounded whole. */
class ExtractionLimitsTest {

    private static final String HEADER = "trial,arm,outcome,n\n";

    private final ExtractionCsvAdapter adapter = new ExtractionCsvAdapter();

    private static final RecordSink IGNORE = new RecordSink() {
        @Override
        public void accept(ParsedRecord record) {
        }

        @Override
        public void reject(String recordRef, String reason) {
        }
    };

    @Test
    void aSheetLargerThanTheLimitIsRefused() {
        String row = " ".repeat(1000) + "\n"; // blank rows are skipped, not kept: only the sheet's size counts
        GeneratedSource big = new GeneratedSource("big.csv", HEADER, row, InputLimits.SHEET_BYTES / row.length() + 1,
                "");
        assertThatThrownBy(() -> adapter.parse(big, IGNORE)).isInstanceOf(IngestException.class)
                .hasMessage("big.csv: the sheet is larger than 32 MiB (the limit of an extraction sheet, which is held"
                        + " in memory until its last row)");
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        GeneratedSource rows = new GeneratedSource("rows.csv", HEADER, "\n".repeat(1000), InputLimits.SHEET_ROWS / 1000,
                "");
        assertThatThrownBy(() -> adapter.parse(rows, IGNORE))
                .hasMessage("rows.csv: record row 500001 (line 500001): more than 500000 rows (the limit of a sheet)");
    }

    @Test
    void aRowOfMoreCellsThanTheLimitIsRefused() {
        GeneratedSource wide = new GeneratedSource("wide.csv", HEADER + "S1", ",", InputLimits.COLUMNS, "\n");
        assertThatThrownBy(() -> adapter.parse(wide, IGNORE))
                .hasMessage("wide.csv: record row 2 (line 2): more than 10000 cells in one row (the limit)");
    }

    @Test
    void aHeaderLineLongerThanTheLimitIsRefused() {
        GeneratedSource header = new GeneratedSource("header.csv", "trial,", "x".repeat(1024), 2048, "\n");
        assertThatThrownBy(() -> adapter.parse(header, IGNORE))
                .hasMessage("header.csv: record row 1 (header): the header row is longer than 1 MiB (the limit; is"
                        + " this an extraction sheet?)");
    }
}
