package org.evsyn.ingest.literature;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.DTD;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.input.InputLimits;
import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.spi.HardenedXml;
import org.evsyn.ingest.spi.IngestAdapter;
import org.evsyn.ingest.spi.IngestException;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.spi.RecordSink;
import org.evsyn.ingest.spi.RecordWindow;

/**
 * PubMed XML ({@code efetch} {@code PubmedArticleSet}), read with StAX one {@code PubmedArticle} at a time.
 *
 * <p>The source record of an article is the article element written back from its parsed events: text and
 * attributes are exact, while insignificant formatting inside tags (attribute quoting, empty-element form) may
 * differ from the file.
 */
public final class PubmedXmlAdapter implements IngestAdapter {

    /** The format id. */
    public static final String FORMAT_ID = "pubmed-xml";

    private static final String ROOT = "PubmedArticleSet";
    private static final String ARTICLE = "PubmedArticle";
    private static final String BOOK_ARTICLE = "PubmedBookArticle";
    private static final Pattern SNIFF = Pattern.compile("<PubmedArticleSet[\\s>]");

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public String description() {
        return "PubMed XML (efetch PubmedArticleSet)";
    }

    @Override
    public boolean sniff(FileHead head) {
        String text = head.text();
        return text.stripLeading().startsWith("<") && SNIFF.matcher(text).find();
    }

    @Override
    public void parse(IngestSource source, RecordSink sink) throws IOException {
        String file = source.name();
        XMLInputFactory factory = TolerantDoctypeXml.inputFactory();
        XMLOutputFactory out = XMLOutputFactory.newFactory();
        Position at = new Position();
        try (RecordWindow in = new RecordWindow(source.open(), InputLimits.RECORD_CHARS, () -> tooLarge(file, at))) {
            XMLEventReader reader = HardenedXml.guard(factory.createXMLEventReader(in));
            boolean rootSeen = false;
            try {
                while (reader.hasNext()) {
                    // Outside articles each event is bounded on its own; an article is bounded whole.
                    in.start();
                    at.inArticle = false;
                    XMLEvent event = reader.nextEvent();
                    if (event.getEventType() == XMLEvent.DTD) {
                        Optional<String> problem = TolerantDoctypeXml.checkDoctype((DTD) event);
                        if (problem.isPresent()) {
                            throw IngestException.at(file, "prolog (line " + event.getLocation().getLineNumber()
                                    + ")", problem.get());
                        }
                    } else if (event.isStartElement()) {
                        String name = event.asStartElement().getName().getLocalPart();
                        if (!rootSeen) {
                            rootSeen = true;
                            if (!ROOT.equals(name)) {
                                throw IngestException.at(file, "root", "root element is <" + name
                                        + ">, expected <" + ROOT + ">");
                            }
                        } else if (ARTICLE.equals(name)) {
                            at.index++;
                            at.inArticle = true;
                            LiteratureRecord record = readArticle(event.asStartElement(), reader, out, file,
                                    at.index, sink);
                            if (record != null) {
                                at.lastPmid = record.pmid().orElse("");
                            }
                        } else if (BOOK_ARTICLE.equals(name)) {
                            at.index++;
                            sink.reject("article " + at.index + " (line " + event.getLocation().getLineNumber()
                                    + ")", "PubmedBookArticle (a book or chapter) is not read; only PubmedArticle is");
                            skipElement(reader, file, at);
                        } else {
                            skipElement(reader, file, at);
                        }
                    }
                }
            } catch (XMLStreamException e) {
                throw new IngestException(file + ": record " + at.where() + ": malformed XML" + lineOf(e) + ": "
                        + message(e), e);
            } finally {
                closeQuietly(reader);
            }
            if (!rootSeen) {
                throw IngestException.at(file, "root", "no <" + ROOT + "> element found");
            }
        } catch (XMLStreamException e) {
            throw new IngestException(file + ": record prolog: cannot start reading the XML: " + message(e), e);
        }
    }

    /** Where reading is, for messages: the article being read or the last one read. */
    private static final class Position {
        private int index;
        private String lastPmid = "";
        private boolean inArticle;

        String where() {
            return index == 0 ? "before the first article"
                    : "article " + index + (lastPmid.isEmpty() ? "" : " (after PMID " + lastPmid + ")");
        }
    }

    private static IngestException tooLarge(String file, Position at) {
        return new IngestException(file + ": record " + at.where() + ": " + (at.inArticle ? "the article is" :
                "markup outside the articles is") + " longer than " + InputLimits.bytes(InputLimits.RECORD_CHARS)
                + " (the limit of one record; is an end tag missing?)");
    }

    /** Reads one article, writing its events back as its source record; null when rejected. */
    private static LiteratureRecord readArticle(StartElement start, XMLEventReader reader, XMLOutputFactory out,
            String file, int index, RecordSink sink) throws XMLStreamException {
        StringWriter verbatim = new StringWriter();
        XMLEventWriter writer = out.createXMLEventWriter(verbatim);
        writer.add(start);
        PubmedArticleReader fields = new PubmedArticleReader();
        Deque<String> path = new ArrayDeque<>();
        path.push(ARTICLE);
        while (!path.isEmpty()) {
            XMLEvent e = reader.nextEvent();
            if (e.isStartElement() && path.size() + 2 > InputLimits.NESTING_DEPTH) {
                // The root and the path so far, then this element.
                throw IngestException.at(file, "article " + index + " (line " + e.getLocation().getLineNumber()
                        + ")", tooDeep());
            }
            writer.add(e);
            if (e.isStartElement()) {
                path.push(e.asStartElement().getName().getLocalPart());
                fields.start(path, e.asStartElement());
            } else if (e.isEndElement()) {
                fields.end(path);
                path.pop();
            } else if (e.isCharacters()) {
                fields.text(e.asCharacters().getData());
            }
        }
        writer.flush();
        writer.close();
        LiteratureRecord record = fields.build();
        String locator = file + "#" + index + " (line " + start.getLocation().getLineNumber() + ")";
        if (record.pmid().isEmpty()) {
            sink.reject("article " + index + " (line " + start.getLocation().getLineNumber() + ")",
                    "no MedlineCitation/PMID; expected a PubMed id");
            return null;
        }
        sink.accept(LiteratureSourceRecords.parsed(FORMAT_ID, record, index, locator, verbatim.toString()));
        return record;
    }

    /** Skips an element under the root; each event is bounded on its own, as between articles. */
    private static void skipElement(XMLEventReader reader, String file, Position at) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            XMLEvent e = reader.nextEvent();
            if (e.isStartElement()) {
                if (++depth + 1 > InputLimits.NESTING_DEPTH) {
                    throw IngestException.at(file, at.where() + " (line " + e.getLocation().getLineNumber() + ")",
                            tooDeep());
                }
            } else if (e.isEndElement()) {
                depth--;
            }
        }
    }

    private static String tooDeep() {
        return "elements nested deeper than " + InputLimits.NESTING_DEPTH + " levels (the limit)";
    }

    // The JDK parser prefixes "ParseError at [row,col]:[r,c]\nMessage: "; the line is said separately.
    private static String message(XMLStreamException e) {
        String m = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
    }

    static Optional<String> attribute(StartElement e, String name) {
        Attribute a = e.getAttributeByName(new QName(name));
        return a == null ? Optional.empty() : Optional.of(a.getValue());
    }

    private static String lineOf(XMLStreamException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
    }

    private static void closeQuietly(XMLEventReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // Closing a reader that already failed adds nothing to the first error.
        }
    }
}
