package org.evsyn.ingest.registry;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.evsyn.core.input.InputLimits;
import org.evsyn.ingest.spi.HardenedXml;

/**
 * One element of a single record, read with StAX into a small immutable tree so the mapping code can say
 * {@code study.child("id_info").text("nct_id")}. Only one record is held at a time.
 *
 * @param name       local name
 * @param attributes attribute values by local name
 * @param text       the element's own character data, as the parser reports it (not trimmed)
 * @param children   child elements in document order
 */
record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children) {

    private static final XmlNode ABSENT = new XmlNode("", Map.of(), "", List.of());

    XmlNode {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /**
     * Reads one record's text.
     *
     * @throws XMLStreamException when the text is not well-formed, or uses an entity that is not predefined
     */
    static XmlNode parse(XMLInputFactory factory, String xml) throws XMLStreamException {
        XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
        try {
            Deque<Builder> stack = new ArrayDeque<>();
            XmlNode root = null;
            int elements = 0;
            while (r.hasNext()) {
                int event;
                try {
                    event = r.next();
                } catch (RuntimeException e) {
                    throw HardenedXml.parserFailure(e);
                }
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > InputLimits.RECORD_ELEMENTS) {
                            throw new XMLStreamException("more than " + InputLimits.RECORD_ELEMENTS
                                    + " elements in one record (the limit)", r.getLocation());
                        }
                        Map<String, String> attrs = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        stack.push(new Builder(r.getLocalName(), attrs));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.peek().text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlNode done = stack.pop().build();
                        if (stack.isEmpty()) {
                            root = done;
                        } else {
                            stack.peek().children.add(done);
                        }
                    }
                    case XMLStreamConstants.DTD -> throw new XMLStreamException(
                            "a DOCTYPE declaration is not accepted", r.getLocation());
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
                            "entity \"&" + r.getLocalName() + ";\" is not one of the predefined XML entities",
                            r.getLocation());
                    default -> {
                        // comments and processing instructions carry no data
                    }
                }
            }
            if (root == null) {
                throw new XMLStreamException("no element found");
            }
            return root;
        } finally {
            r.close();
        }
    }

    /** The first child of that name, or an absent node whose lookups all come back empty. */
    XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return ABSENT;
    }

    /** Whether this is a real element rather than the stand-in for a missing one. */
    boolean exists() {
        return this != ABSENT;
    }

    /** All children of that name, in order. */
    List<XmlNode> children(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Follows a path of child names ({@code "study_design_info", "masking"}). */
    XmlNode path(String... names) {
        XmlNode n = this;
        for (String name : names) {
            n = n.child(name);
        }
        return n;
    }

    /** This element's text, trimmed; empty when blank. */
    Optional<String> value() {
        return RegistryText.nonBlank(text);
    }

    /** The trimmed text of the first child of that name; empty when absent or blank. */
    Optional<String> text(String childName) {
        return child(childName).value();
    }

    /** The trimmed texts of every child of that name that has text. */
    List<String> texts(String childName) {
        List<String> out = new ArrayList<>();
        for (XmlNode c : children(childName)) {
            c.value().ifPresent(out::add);
        }
        return out;
    }

    /** An attribute's trimmed value; empty when absent or blank. */
    Optional<String> attr(String attrName) {
        return RegistryText.nonBlank(attributes.get(attrName));
    }

    private static final class Builder {
        private final String name;
        private final Map<String, String> attributes;
        private final StringBuilder text = new StringBuilder();
        private final List<XmlNode> children = new ArrayList<>();

        Builder(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }

        XmlNode build() {
            return new XmlNode(name, attributes, text.toString(), children);
        }
    }
}
