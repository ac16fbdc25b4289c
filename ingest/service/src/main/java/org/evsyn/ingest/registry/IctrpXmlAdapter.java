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
 * The WHO ICTRP search portal's "Export results to XML" file ({@code <Trials_downloaded_from_ICTRP><Trial>...}),
 * which covers ChiCTR, CTRI, ISRCTN, EUCTR and the other primary registries next to ClinicalTrials.gov.
 *
 * <p>The registry comes from the trial id's prefix, and {@code Date_registration} is read in that registry's
 * layout (see {@link IctrpRegistries}). ICTRP carries no arm-level results.
 *
 * <p>Verbatim record: each {@code <Trial>} element exactly as in the file, padding and line breaks included.
 */
public final class IctrpXmlAdapter implements IngestAdapter {

    /** The format id. */
    public static final String FORMAT_ID = "ictrp-xml";
    private static final String ROOT = "Trials_downloaded_from_ICTRP";
    private static final String RECORD = "Trial";

    private final XMLInputFactory xml = HardenedXml.newFactory();

    /** Adapters hold no per-file state; one instance serves every file. */
    @Inject
    public IctrpXmlAdapter() {
        // the hardened factory is created above
    }

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public String description() {
        return "WHO ICTRP portal XML export (<Trials_downloaded_from_ICTRP>), all source registries";
    }

    /** XML whose root element is {@code Trials_downloaded_from_ICTRP}. */
    @Override
    public boolean sniff(FileHead head) {
        return XmlHead.rootName(head.text()).map(ROOT::equals).orElse(false);
    }

    @Override
    public void parse(IngestSource source, RecordSink sink) throws IOException {
        XmlRecords.each(source, ROOT, RECORD, (file, raw) -> read(file, raw, sink));
    }

    private void read(String file, RawXmlRecord raw, RecordSink sink) {
        XmlNode trial = XmlRecords.parse(xml, raw, file);
        String ref = raw.where();
        try {
            String id = IctrpTrialMapper.trialId(trial);
            ref = id + " (" + ref + ")";
            TrialRecord record = IctrpTrialMapper.map(trial);
            sink.accept(new ParsedRecord(SourceRecord.of(FORMAT_ID, id, raw.where(), raw.text()), record));
        } catch (InvalidRecordException | IllegalArgumentException e) {
            sink.reject(ref, e.getMessage());
        }
    }
}
