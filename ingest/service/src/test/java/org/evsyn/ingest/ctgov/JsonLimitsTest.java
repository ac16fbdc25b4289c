package org.evsyn.ingest.ctgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.evsyn.core.input.InputLimits;
import org.evsyn.ingest.GeneratedSource;
import org.evsyn.ingest.spi.IngestException;
import org.junit.jupiter.api.Test;

/** A study without end or nested without end is refused at the limits, naming file and study. */
class JsonLimitsTest {

    private final CtgovJsonAdapter v2 = new CtgovJsonAdapter();
    private final CtgovClassicJsonAdapter classic = new CtgovClassicJsonAdapter();

    @Test
    void jsonNestedDeeperThanTheLimitIsRefused() {
        GeneratedSource deep = new GeneratedSource("deep.json", "{\"studies\":[{\"protocolSection\":", "[", 300, "");
        assertThatThrownBy(() -> v2.parse(deep, new CollectingSink())).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("deep.json: record studies[0]: JSON nested deeper than 256 levels (the limit)");
    }

    @Test
    void aStudyLargerThanTheLimitIsRefusedWhileItIsRead() {
        String chunk = "\"" + "c".repeat(1000) + "\",";
        GeneratedSource huge = new GeneratedSource("huge.json", "{\"studies\":[{\"protocolSection\":{\"conditions\":[",
                chunk, InputLimits.RECORD_CHARS / chunk.length() + 100, "\"x\"]}}]}");
        assertThatThrownBy(() -> v2.parse(huge, new CollectingSink())).isInstanceOf(IngestException.class)
                .hasMessage("huge.json: record studies[0]: longer than 16 MiB (the limit of one study; is the JSON cut"
                        + " or damaged?)");
    }

    @Test
    void aClassicStudyLargerThanTheLimitIsRefused() {
        String chunk = "\"" + "c".repeat(1000) + "\",";
        GeneratedSource huge = new GeneratedSource("huge.json", "{\"FullStudy\":{\"Rank\":1,\"Study\":{\"x\":[",
                chunk, InputLimits.RECORD_CHARS / chunk.length() + 100, "\"x\"]}}}");
        assertThatThrownBy(() -> classic.parse(huge, new CollectingSink()))
                .hasMessageStartingWith("huge.json: record FullStudy: longer than 16 MiB");
    }

    @Test
    void aPageOfStudiesLargerThanOneStudyLimitIsRead() throws Exception {
        String study = "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT00000102\",\"briefTitle\":\""
                + "t".repeat(1 << 20) + "\"}}}";
        int studies = 20;
        GeneratedSource page = new GeneratedSource("page.json", "{\"studies\":[" + study, "," + study, studies - 1,
                "]}");
        CollectingSink sink = new CollectingSink();
        v2.parse(page, sink);
        assertThat(sink.records.size() + sink.rejections.size()).isEqualTo(studies);
    }
}
