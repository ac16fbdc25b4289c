package org.evsyn.reporting.svg;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * A small drawing surface that writes SVG through {@link XMLStreamWriter}, which escapes every text and attribute
 * value; characters XML 1.0 does not allow (control characters from a hostile file) become U+FFFD, so the document
 * always parses. Coordinates are printed with {@link Locale#ROOT} and two decimals, so the output is byte-for-byte
 * deterministic. Not thread-safe; one canvas draws one figure.
 */
public final class SvgCanvas {

    /** Horizontal text anchors. */
    public enum Anchor {
        /** Text starts at x. */
        START("start"),
        /** Text is centred on x. */
        MIDDLE("middle"),
        /** Text ends at x. */
        END("end");

        private final String svg;

        Anchor(String svg) {
            this.svg = svg;
        }
    }

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;
    private int openGroups;

    /**
     * Starts a figure.
     *
     * @param width       width in px
     * @param height      height in px
     * @param title       accessible title of the figure
     * @param description accessible description (e.g. the caption)
     */
    public SvgCanvas(double width, double height, String title, String description) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(SVG_NS);
            xml.writeAttribute("width", n(width));
            xml.writeAttribute("height", n(height));
            xml.writeAttribute("viewBox", "0 0 " + n(width) + " " + n(height));
            xml.writeAttribute("font-family", SvgStyle.FONT_FAMILY);
            xml.writeAttribute("font-size", n(SvgStyle.FONT_SIZE));
            xml.writeAttribute("role", "img");
            xml.writeStartElement("title");
            xml.writeCharacters(xmlText(title));
            xml.writeEndElement();
            xml.writeStartElement("desc");
            xml.writeCharacters(xmlText(description));
            xml.writeEndElement();
            // A white background, so PNG exports and dark-mode viewers show the figure as printed.
            xml.writeEmptyElement("rect");
            xml.writeAttribute("width", n(width));
            xml.writeAttribute("height", n(height));
            xml.writeAttribute("fill", "#ffffff");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot start SVG writer", e);
        }
    }

    /** Formats a coordinate. */
    static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.endsWith(".00")) {
            s = s.substring(0, s.length() - 3);
        }
        return s.equals("-0") ? "0" : s;
    }

    /** Opens a group with a class name (used by tests and stylesheets to find parts of a figure). */
    public SvgCanvas group(String cssClass) {
        try {
            xml.writeStartElement("g");
            xml.writeAttribute("class", cssClass);
            openGroups++;
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    /** Closes the innermost group. */
    public SvgCanvas end() {
        if (openGroups == 0) {
            throw new IllegalStateException("no open group");
        }
        try {
            xml.writeEndElement();
            openGroups--;
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    /** A straight line. */
    public SvgCanvas line(double x1, double y1, double x2, double y2, String stroke, double width) {
        return line(x1, y1, x2, y2, stroke, width, null);
    }

    /** A straight line, dashed when {@code dash} is not null (e.g. "4 3"). */
    public SvgCanvas line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        try {
            xml.writeEmptyElement("line");
            xml.writeAttribute("x1", n(x1));
            xml.writeAttribute("y1", n(y1));
            xml.writeAttribute("x2", n(x2));
            xml.writeAttribute("y2", n(y2));
            xml.writeAttribute("stroke", stroke);
            xml.writeAttribute("stroke-width", n(width));
            if (dash != null) {
                xml.writeAttribute("stroke-dasharray", dash);
            }
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    /** A rectangle; {@code stroke} may be null for none. */
    public SvgCanvas rect(double x, double y, double w, double h, String fill, String stroke, String cssClass) {
        try {
            xml.writeEmptyElement("rect");
            if (cssClass != null) {
                xml.writeAttribute("class", cssClass);
            }
            xml.writeAttribute("x", n(x));
            xml.writeAttribute("y", n(y));
            xml.writeAttribute("width", n(w));
            xml.writeAttribute("height", n(h));
            xml.writeAttribute("fill", fill);
            if (stroke != null) {
                xml.writeAttribute("stroke", stroke);
                xml.writeAttribute("stroke-width", "1");
            }
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    /** A circle; {@code fill} "none" draws a hollow one. */
    public SvgCanvas circle(double cx, double cy, double r, String fill, String stroke, String cssClass) {
        try {
            xml.writeEmptyElement("circle");
            if (cssClass != null) {
                xml.writeAttribute("class", cssClass);
            }
            xml.writeAttribute("cx", n(cx));
            xml.writeAttribute("cy", n(cy));
            xml.writeAttribute("r", n(r));
            xml.writeAttribute("fill", fill);
            if (stroke != null) {
                xml.writeAttribute("stroke", stroke);
                xml.writeAttribute("stroke-width", "1.2");
            }
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    /** A closed polygon through the given points (x0, y0, x1, y1, ...). */
    public SvgCanvas polygon(String fill, String stroke, String cssClass, double... xy) {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("points need x and y");
        }
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                points.append(' ');
            }
            points.append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        try {
            xml.writeEmptyElement("polygon");
            if (cssClass != null) {
                xml.writeAttribute("class", cssClass);
            }
            xml.writeAttribute("points", points.toString());
            xml.writeAttribute("fill", fill);
            if (stroke != null) {
                xml.writeAttribute("stroke", stroke);
                xml.writeAttribute("stroke-width", "1");
            }
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    /** Text in the default size and colour. */
    public SvgCanvas text(double x, double y, String text, Anchor anchor) {
        return text(x, y, text, anchor, SvgStyle.FONT_SIZE, false, SvgStyle.INK, null);
    }

    /**
     * Text; y is the baseline.
     *
     * @param cssClass class attribute, or null
     */
    public SvgCanvas text(double x, double y, String text, Anchor anchor, double size, boolean bold, String fill,
                          String cssClass) {
        try {
            xml.writeStartElement("text");
            if (cssClass != null) {
                xml.writeAttribute("class", cssClass);
            }
            xml.writeAttribute("x", n(x));
            xml.writeAttribute("y", n(y));
            if (anchor != Anchor.START) {
                xml.writeAttribute("text-anchor", anchor.svg);
            }
            if (size != SvgStyle.FONT_SIZE) {
                xml.writeAttribute("font-size", n(size));
            }
            if (bold) {
                xml.writeAttribute("font-weight", "bold");
            }
            if (!SvgStyle.INK.equals(fill)) {
                xml.writeAttribute("fill", fill);
            }
            xml.writeCharacters(xmlText(text));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    /**
     * Text no wider than {@code maxWidth}: a longer text is cut with an ellipsis and drawn in a group whose
     * {@code <title>} holds the full text, which viewers show as a tooltip.
     */
    public SvgCanvas text(double x, double y, String text, Anchor anchor, double size, boolean bold, String fill,
                          String cssClass, double maxWidth) {
        String shown = TextWidth.fit(text, size, bold, maxWidth);
        if (shown.equals(text)) {
            return text(x, y, text, anchor, size, bold, fill, cssClass);
        }
        group("cut-text");
        title(text);
        text(x, y, shown, anchor, size, bold, fill, cssClass);
        return end();
    }

    /** Lines of a wrapped text; when text was cut, they are grouped under a {@code <title>} with all of it. */
    public SvgCanvas lines(double x, double y, TextWidth.Wrapped wrapped, String fullText, Anchor anchor,
                           double size, boolean bold, double lineHeight) {
        if (!wrapped.cut()) {
            return lines(x, y, wrapped.lines(), anchor, size, bold, lineHeight);
        }
        group("cut-text");
        title(fullText);
        lines(x, y, wrapped.lines(), anchor, size, bold, lineHeight);
        return end();
    }

    /** A {@code <title>} for the element just opened: the tooltip viewers show. */
    private void title(String text) {
        try {
            xml.writeStartElement("title");
            xml.writeCharacters(xmlText(text));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw fail(e);
        }
    }

    /** The text with every character XML 1.0 does not allow replaced by U+FFFD. */
    static String xmlText(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }

    /** Text rotated to read bottom to top, centred on (x, y); for vertical axis titles. */
    public SvgCanvas verticalText(double x, double y, String text, double size) {
        try {
            xml.writeStartElement("text");
            xml.writeAttribute("x", n(x));
            xml.writeAttribute("y", n(y));
            xml.writeAttribute("text-anchor", "middle");
            xml.writeAttribute("font-size", n(size));
            xml.writeAttribute("transform", "rotate(-90 " + n(x) + " " + n(y) + ")");
            xml.writeCharacters(xmlText(text));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return this;
    }

    /** Lines of text one below the other, starting with the baseline {@code y}. */
    public SvgCanvas lines(double x, double y, List<String> lines, Anchor anchor, double size, boolean bold,
                           double lineHeight) {
        for (int i = 0; i < lines.size(); i++) {
            text(x, y + i * lineHeight, lines.get(i), anchor, size, bold, SvgStyle.INK, null);
        }
        return this;
    }

    /** Closes the document and returns the SVG text (without an XML declaration, so it can be inlined). */
    public String finish() {
        try {
            while (openGroups > 0) {
                end();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw fail(e);
        }
        return out.toString();
    }

    private static UncheckedIOException fail(XMLStreamException e) {
        return new UncheckedIOException(new java.io.IOException("cannot write SVG", e));
    }
}
