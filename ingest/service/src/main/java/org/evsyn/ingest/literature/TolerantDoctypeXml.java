package org.evsyn.ingest.literature;

import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.DTD;
import org.evsyn.ingest.spi.HardenedXml;

/**
 * StAX factories for PubMed XML that never load a DTD or resolve an entity. Unlike the ingest-wide hardened
 * factory, which refuses any DOCTYPE, a plain DOCTYPE is tolerated here because every efetch file starts with one
 * naming NLM's DTD on the web: the parser reports it as an event and nothing is fetched. A DOCTYPE with an
 * internal subset (where entities would be declared) is refused.
 */
final class TolerantDoctypeXml {

    private TolerantDoctypeXml() {
    }

    /** A new input factory with DTDs and external entities off and a resolver that refuses everything. */
    static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        HardenedXml.limitDepth(f);
        return f;
    }

    /**
     * Checks a DOCTYPE event: {@code <!DOCTYPE root PUBLIC "..." "...">} is fine, since it is never loaded; an
     * internal subset ({@code [...]}) is refused because it can declare entities.
     *
     * @return empty when acceptable, else why not
     */
    static Optional<String> checkDoctype(DTD dtd) {
        String text = dtd.getDocumentTypeDeclaration();
        if (text != null && (text.contains("[") || text.contains("<!ENTITY"))) {
            return Optional.of("the DOCTYPE has an internal subset that can declare entities; such files are"
                    + " refused (no DTD content is processed)");
        }
        return Optional.empty();
    }

    private static void trySet(XMLInputFactory f, String property, Object value) {
        try {
            f.setProperty(property, value);
        } catch (IllegalArgumentException notSupported) {
            // Not every StAX implementation knows this property; DTD support off is what protects us.
        }
    }
}
