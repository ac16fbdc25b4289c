package org.evsyn.ingest.registry;

import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.evsyn.ingest.IngestException;

/** Reading a split record with StAX, with parse errors reported at their line in the file. */
final class XmlRecords {

    private XmlRecords() {
    }

    /**
     * The record's element tree.
     *
     * @throws IngestException naming file, record and the file line of the error when the record is not
     *                         well-formed
     */
    static XmlNode parse(XMLInputFactory factory, RawXmlRecord record, String fileName) {
        try {
            return XmlNode.parse(factory, record.text());
        } catch (XMLStreamException e) {
            throw IngestException.at(fileName, record.ref(), "malformed XML" + where(e.getLocation(), record)
                    + ": " + message(e));
        }
    }

    private static String where(Location loc, RawXmlRecord record) {
        if (loc == null || loc.getLineNumber() < 1) {
            return "";
        }
        return " at line " + (record.startLine() + loc.getLineNumber() - 1)
                + (loc.getColumnNumber() > 0 ? ", column " + loc.getColumnNumber() : "");
    }

    // The JDK parser prefixes "ParseError at [row,col]:[r,c]\nMessage: "; keep the message itself.
    private static String message(XMLStreamException e) {
        String m = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
    }
}
