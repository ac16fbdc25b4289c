package org.evsyn.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.evsyn.ingest.spi.IngestException;
import org.junit.jupiter.api.Test;

class XmlRecordSplitterTest {

    private static List<RawXmlRecord> split(String xml) throws IOException {
        XmlRecordSplitter s = new XmlRecordSplitter(new StringReader(xml), "f.xml", "Root", "Rec");
        List<RawXmlRecord> out = new ArrayList<>();
        for (var next = s.next(); next.isPresent(); next = s.next()) {
            out.add(next.get());
        }
        return out;
    }

    @Test
    void cutsRecordsExactlyAndSkipsEverythingBetween() throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n<!-- a <Rec> in a comment -->\n<Root a=\"x>y\">\n"
                + "  <Rec id='1'><v><![CDATA[ </Rec> ]]></v><!-- </Rec> --></Rec>\n"
                + "  <Other><Rec>not a record: not a child of the root</Rec></Other>\n"
                + "  <Rec/>\r\n  <Rec>\r\n<v>b &amp; c</v></Rec>\n</Root>\n<!-- after -->\n";

        List<RawXmlRecord> records = split(xml);

        assertThat(records).extracting(RawXmlRecord::text).containsExactly(
                "<Rec id='1'><v><![CDATA[ </Rec> ]]></v><!-- </Rec> --></Rec>",
                "<Rec/>",
                "<Rec>\r\n<v>b &amp; c</v></Rec>");
        assertThat(records).extracting(RawXmlRecord::index).containsExactly(1, 2, 3);
        assertThat(records).extracting(RawXmlRecord::startLine).containsExactly(4, 6, 7);
    }

    @Test
    void refusesWhatIsNotOneWellFormedRoot() {
        assertThatThrownBy(() -> split("<Root><Rec></Rec></Root>\n<Root/>"))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("a second root element <Root> after </Root>");
        assertThatThrownBy(() -> split("<Root></Root>trailing"))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("text after the end of the root element");
        assertThatThrownBy(() -> split("  \n"))
                .isInstanceOf(IngestException.class)
                .hasMessage("f.xml: record 1 (line 2): no root element; expected <Root>");
        assertThatThrownBy(() -> split("<Root><Rec><!-- open"))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("unexpected end of file inside a comment begun on line 1");
        assertThatThrownBy(() -> split("<Root><Rec a=\"never closed></Rec></Root>"))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("inside an attribute value of <Rec");
    }
}
