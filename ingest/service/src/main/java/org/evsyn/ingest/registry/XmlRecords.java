package org.evsyn.ingest.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.evsyn.ingest.spi.IngestException;
import org.evsyn.ingest.spi.IngestSource;

/** Reading a split record with StAX, with parse errors reported at their line in the file. */
final class XmlRecords {

    private XmlRecords() {
    }

    /** Receives one record of a file, verbatim. */
    @FunctionalInterface
    interface RecordReader {
        void read(String fileName, RawXmlRecord record);
    }

    /**
     * Decodes the source as XML text and hands each {@code recordName} element under {@code rootName} to
     * {@code each}, in file order, one at a time.
     */
    static void each(IngestSource source, String rootName, String recordName, RecordReader each) throws IOException {
        String file = source.name();
        try (InputStream in = source.open(); Reader reader = TextDecoding.xml(in, file)) {
            XmlRecordSplitter records = new XmlRecordSplitter(reader, file, rootName, recordName);
            for (Optional<RawXmlRecord> next = records.next(); next.isPresent(); next = records.next()) {
                each.read(file, next.get());
            }
        }
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
