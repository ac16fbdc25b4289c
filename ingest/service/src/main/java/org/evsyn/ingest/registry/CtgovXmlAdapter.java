package org.evsyn.ingest.registry;

import com.google.inject.Inject;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.spi.HardenedXml;
import org.evsyn.ingest.spi.IngestAdapter;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.spi.RecordSink;

/**
 * The retired ClinicalTrials.gov XML ({@code <clinical_study>}, one study per file as in {@code AllPublicXML.zip}),
 * protocol and posted results.
 *
 * <p>Verbatim record: the {@code <clinical_study>} element exactly as in the file, from its start tag to its end
 * tag (the XML declaration before it is not part of the record).
 */
public final class CtgovXmlAdapter implements IngestAdapter {

    /** The format id. */
    public static final String FORMAT_ID = "ctgov-xml";
    private static final String ROOT = "clinical_study";

    private final XMLInputFactory xml = HardenedXml.newFactory();

    /** Adapters hold no per-file state; one instance serves every file. */
    @Inject
    public CtgovXmlAdapter() {
        // the hardened factory is created above
    }

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public String description() {
        return "ClinicalTrials.gov legacy XML (<clinical_study>, retired 2024), with posted results";
    }

    /** XML whose root element is {@code clinical_study}. */
    @Override
    public boolean sniff(FileHead head) {
        return XmlHead.rootName(head.text()).map(ROOT::equals).orElse(false);
    }

    @Override
    public void parse(IngestSource source, RecordSink sink) throws IOException {
        XmlRecords.each(source, ROOT, ROOT, (file, raw) -> read(file, raw, sink));
    }

    private void read(String file, RawXmlRecord raw, RecordSink sink) {
        XmlNode study = XmlRecords.parse(xml, raw, file);
        String ref = raw.where();
        try {
            String nctId = CtgovXmlProtocol.nctId(study);
            ref = nctId + " (" + ref + ")";
            XmlNode results = study.child("clinical_results");
            CtgovXmlResults r = CtgovXmlResults.read(results);
            TrialRecord trial = new TrialRecord(
                    CtgovXmlProtocol.registration(study, results.exists()),
                    CtgovXmlProtocol.arms(study),
                    CtgovXmlProtocol.interventions(study),
                    r.moduleGroups(), r.flow(), r.baseline(), r.outcomes(), r.adverseEvents());
            sink.accept(new ParsedRecord(SourceRecord.of(FORMAT_ID, nctId, raw.where(), raw.text()), trial));
        } catch (InvalidRecordException | IllegalArgumentException e) {
            sink.reject(ref, e.getMessage());
        }
    }
}
