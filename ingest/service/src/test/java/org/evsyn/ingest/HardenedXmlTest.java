package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestException;

import org.evsyn.ingest.spi.HardenedXml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class HardenedXmlTest {

    private static XMLStreamReader open(String xml) throws XMLStreamException {
        return HardenedXml.open(HardenedXml.newFactory(),
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xml");
    }

    private static void readAll(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            r.next();
        }
    }

    @Test
    void plainXmlReads() throws XMLStreamException {
        XMLStreamReader r = open("<?xml version=\"1.0\"?><a><b>x &amp; y</b></a>");
        assertThat(r.nextTag()).isEqualTo(XMLStreamConstants.START_ELEMENT);
        assertThat(r.nextTag()).isEqualTo(XMLStreamConstants.START_ELEMENT);
        assertThat(r.getElementText()).isEqualTo("x & y");
    }

    @Test
    void externalEntityDocumentIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>";
        assertThatThrownBy(() -> readAll(open(xxe))).isInstanceOf(IngestException.class)
                .hasMessageContaining("t.xml").hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> open(xxe).nextTag()).isInstanceOf(IngestException.class);
    }

    @Test
    void billionLaughsIsRefused() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><l>&b;</l>";
        assertThatThrownBy(() -> readAll(open(bomb))).isInstanceOf(IngestException.class);
    }
}
