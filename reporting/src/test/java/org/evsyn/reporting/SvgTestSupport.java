package org.evsyn.reporting;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Parses SVG text and finds elements by class, as the tests need. */
final class SvgTestSupport {

    private SvgTestSupport() {
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static List<Element> byClass(Document doc, String cssClass) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first descendant of {@code parent} with the given class. */
    static Element first(Element parent, String cssClass) {
        NodeList all = parent.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (Arrays.asList(e.getAttribute("class").split(" ")).contains(cssClass)) {
                return e;
            }
        }
        throw new AssertionError("no element of class " + cssClass);
    }

    static double[] points(Element polygon) {
        return Arrays.stream(polygon.getAttribute("points").split("[ ,]")).mapToDouble(Double::parseDouble)
                .toArray();
    }
}
