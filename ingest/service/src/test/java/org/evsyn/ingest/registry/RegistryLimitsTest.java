package org.evsyn.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.evsyn.core.input.InputLimits;
import org.evsyn.ingest.GeneratedSource;
import org.evsyn.ingest.spi.IngestException;
import org.junit.jupiter.api.Test;

/**
 * A registry CSV row or XML record that never ends, has too many cells or elements, or nests without end is refused
 * at the limits, naming file and record, instead of being read into memory whole.
 */
class RegistryLimitsTest {

    private final CtgovCsvAdapter csv = new CtgovCsvAdapter();
    private final CtgovXmlAdapter xml = new CtgovXmlAdapter();
    private final IctrpXmlAdapter ictrp = new IctrpXmlAdapter();

    private static long timesFor(String chunk) {
        return InputLimits.RECORD_CHARS / chunk.length() + 100; // past the limit by more than a parser reads ahead
    }

    @Test
    void aQuoteNeverClosedStopsAtTheRecordLimit() {
        String chunk = "x".repeat(1000) + "\n";
        GeneratedSource open = new GeneratedSource("open.csv", "NCT Number,Study Title\nNCT00000102,\"Never closed ",
                chunk, timesFor(chunk), "");
        CollectingSink sink = new CollectingSink();
        assertThatThrownBy(() -> csv.parse(open, sink)).isInstanceOf(IngestException.class)
                .hasMessage("open.csv: record 2 (starting on line 2): the row is longer than 16 MiB of text (the limit"
                        + " of one record; is a closing quote missing?)");
    }

    @Test
    void aRowOfMoreCellsThanTheLimitIsRefused() {
        GeneratedSource wide = new GeneratedSource("wide.csv", "NCT Number,Study Title\nNCT00000102", ",",
                InputLimits.COLUMNS + 1, "\n");
        assertThatThrownBy(() -> csv.parse(wide, new CollectingSink()))
                .hasMessage("wide.csv: record 2 (starting on line 2): more than 10000 cells in one row (the limit)");
    }

    @Test
    void anXmlRecordWithoutItsEndTagStopsAtTheRecordLimit() {
        String chunk = "<keyword>" + "k".repeat(1000) + "</keyword>\n";
        GeneratedSource open = new GeneratedSource("open.xml", "<clinical_study>\n", chunk, timesFor(chunk), "");
        assertThatThrownBy(() -> xml.parse(open, new CollectingSink())).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("open.xml: record 1 (line ")
                .hasMessageEndingWith("): the record is longer than 16 MiB of text (the limit of one record; is an"
                        + " end tag missing?)");
    }

    @Test
    void xmlNestedDeeperThanTheLimitIsRefused() {
        GeneratedSource deep = new GeneratedSource("deep.xml", "<Trials_downloaded_from_ICTRP><Trial>", "<x>", 300,
                "");
        assertThatThrownBy(() -> ictrp.parse(deep, new CollectingSink())).isInstanceOf(IngestException.class)
                .hasMessage("deep.xml: record 1 (line 1): elements nested deeper than 256 levels (the limit; <x> on"
                        + " line 1)");
    }

    @Test
    void aRecordOfMoreElementsThanTheLimitIsRefused() {
        GeneratedSource many = new GeneratedSource("many.xml", "<clinical_study>", "<a/>",
                InputLimits.RECORD_ELEMENTS, "</clinical_study>");
        assertThatThrownBy(() -> xml.parse(many, new CollectingSink())).isInstanceOf(IngestException.class)
                .hasMessageContaining("many.xml: record 1")
                .hasMessageEndingWith("more than 1000000 elements in one record (the limit)");
    }

    @Test
    void aLongTagNameIsRefused() {
        GeneratedSource name = new GeneratedSource("name.xml", "<clinical_study><", "n", 2000, "/></clinical_study>");
        assertThatThrownBy(() -> xml.parse(name, new CollectingSink()))
                .hasMessage("name.xml: record 1 (line 1): a tag name longer than 1024 characters on line 1");
    }

    @Test
    void manyRowsTogetherLargerThanOneRecordLimitAreRead() throws Exception {
        String row = "NCT%08d,".formatted(0) + "t".repeat(100_000) + "\n";
        GeneratedSource rows = new GeneratedSource("rows.csv", "NCT Number,Study Title\n", row, 200, "");
        CollectingSink sink = new CollectingSink();
        csv.parse(rows, sink);
        assertThat(sink.accepted).hasSize(200);
    }
}
