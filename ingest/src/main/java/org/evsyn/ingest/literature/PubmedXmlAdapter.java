package org.evsyn.ingest.literature;

import java.io.IOException;
import java.io.InputStream;
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
import org.evsyn.ingest.FileHead;
import org.evsyn.ingest.IngestAdapter;
import org.evsyn.ingest.IngestException;
import org.evsyn.ingest.IngestSource;
import org.evsyn.ingest.RecordSink;

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
        int index = 0;
        String lastPmid = "";
        try (InputStream in = source.open()) {
            XMLEventReader reader = factory.createXMLEventReader(in);
            boolean rootSeen = false;
            try {
                while (reader.hasNext()) {
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
                            index++;
                            LiteratureRecord record = readArticle(event.asStartElement(), reader, out, file,
                                    index, sink);
                            if (record != null) {
                                lastPmid = record.pmid().orElse("");
                            }
                        } else if (BOOK_ARTICLE.equals(name)) {
                            index++;
                            sink.reject("article " + index + " (line " + event.getLocation().getLineNumber() + ")",
                                    "PubmedBookArticle (a book or chapter) is not read; only PubmedArticle is");
                            skipElement(reader);
                        } else {
                            skipElement(reader);
                        }
                    }
                }
            } catch (XMLStreamException e) {
                String where = index == 0 ? "before the first article"
                        : "article " + index + (lastPmid.isEmpty() ? "" : " (after PMID " + lastPmid + ")");
                throw new IngestException(file + ": record " + where + ": malformed XML"
                        + lineOf(e) + ": " + e.getMessage(), e);
            } finally {
                closeQuietly(reader);
            }
            if (!rootSeen) {
                throw IngestException.at(file, "root", "no <" + ROOT + "> element found");
            }
        } catch (XMLStreamException e) {
            throw new IngestException(file + ": record prolog: cannot start reading the XML: " + e.getMessage(), e);
        }
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

    private static void skipElement(XMLEventReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            XMLEvent e = reader.nextEvent();
            if (e.isStartElement()) {
                depth++;
            } else if (e.isEndElement()) {
                depth--;
            }
        }
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
