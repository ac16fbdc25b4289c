package org.evsyn.ingest.spi;

import java.io.InputStream;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.XMLEvent;
import javax.xml.stream.util.EventReaderDelegate;
import javax.xml.stream.util.StreamReaderDelegate;
import org.evsyn.core.input.InputLimits;

/**
 * StAX readers for XML adapters, hardened against XXE and entity expansion: no DTD processing, no external
 * entities, and a document that declares a DOCTYPE is refused with a clear error rather than half-read.
 * Every XML adapter gets its readers here.
 */
public final class HardenedXml {

    private HardenedXml() {
    }

    /** A new factory with DTDs and external entities switched off. */
    public static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        limitDepth(f);
        return f;
    }

    /**
     * Makes the parser refuse elements nested deeper than one level past {@link InputLimits#NESTING_DEPTH}, a
     * backstop for readers that count depth themselves with a clearer message: without a limit the JDK parser
     * reads any depth, and its event writer fails with an index error past 32,767 levels.
     */
    public static void limitDepth(XMLInputFactory f) {
        try {
            f.setProperty("jdk.xml.maxElementDepth", InputLimits.NESTING_DEPTH + 1);
        } catch (IllegalArgumentException notSupported) {
            // Another StAX implementation: the readers' own depth checks still hold.
        }
    }

    /**
     * Opens a reader on {@code in} (encoding taken from the XML declaration, UTF-8 by default) that throws an
     * {@link IngestException} naming {@code fileName} when the document has a DOCTYPE.
     */
    public static XMLStreamReader open(XMLInputFactory factory, InputStream in, String fileName)
            throws XMLStreamException {
        XMLStreamReader raw = factory.createXMLStreamReader(in);
        checkEvent(raw.getEventType(), fileName);
        return new StreamReaderDelegate(raw) {
            @Override
            public int next() throws XMLStreamException {
                int event;
                try {
                    event = super.next();
                } catch (RuntimeException e) {
                    throw parserFailure(e);
                }
                checkEvent(event, fileName);
                return event;
            }

            @Override
            public int nextTag() throws XMLStreamException {
                // Re-implemented on next() so the DOCTYPE check cannot be skipped.
                int event = next();
                while (event == SPACE || event == COMMENT || event == PROCESSING_INSTRUCTION
                        || ((event == CHARACTERS || event == CDATA) && isWhiteSpace())) {
                    event = next();
                }
                if (event != START_ELEMENT && event != END_ELEMENT) {
                    throw new XMLStreamException("expected a start or end tag", getLocation());
                }
                return event;
            }
        };
    }

    /**
     * An event reader that turns the JDK parser's own unchecked failures into {@link XMLStreamException}s: on some
     * malformed input (a bad character in a DOCTYPE, say) the parser fails to format its error message and throws
     * a {@link java.util.MissingResourceException} instead of reporting the error.
     */
    public static XMLEventReader guard(XMLEventReader reader) {
        return new EventReaderDelegate(reader) {
            @Override
            public XMLEvent nextEvent() throws XMLStreamException {
                try {
                    return super.nextEvent();
                } catch (RuntimeException e) {
                    throw parserFailure(e);
                }
            }

            @Override
            public XMLEvent peek() throws XMLStreamException {
                try {
                    return super.peek();
                } catch (RuntimeException e) {
                    throw parserFailure(e);
                }
            }
        };
    }

    /**
     * The parser's unchecked failure as an {@link XMLStreamException}, or the exception itself when it did not come
     * from the JDK's XML parser (a bug of ours must not read as malformed input).
     */
    public static XMLStreamException parserFailure(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length == 0 || !"java.xml".equals(trace[0].getModuleName())) {
            throw e;
        }
        return new XMLStreamException("the XML parser failed on this input (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
    }

    private static void checkEvent(int event, String fileName) {
        if (event == XMLStreamConstants.DTD) {
            throw new IngestException(fileName
                    + ": XML with a DOCTYPE declaration is refused (DTDs and external entities are not processed)");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new IngestException(fileName + ": XML entity references other than the predefined ones are refused");
        }
    }
}
