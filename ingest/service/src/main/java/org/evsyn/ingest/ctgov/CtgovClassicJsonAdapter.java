package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.spi.IngestAdapter;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.spi.RecordSink;

/**
 * The classic ClinicalTrials.gov API (v1, retired in 2024) JSON that saved archives hold: search responses
 * {@code {"FullStudiesResponse":{...}}} and the classic bulk download's study files {@code {"FullStudy":{...}}}.
 *
 * <p>Each classic study is read as the API v2 study it corresponds to (same fields, v2 codes for display text,
 * ISO dates) and mapped by the v2 mapper, so a trial read from either API gives the same domain record and the
 * two forms are versions of one registration, ordered by the registry's last-update date. The verbatim record is
 * the classic {@code Study} object as in the file; rejections name fields by their v2 path.
 */
public final class CtgovClassicJsonAdapter implements IngestAdapter {

    /** The format id. */
    public static final String FORMAT_ID = "ctgov-classic-json";

    private static final Pattern NCT_ID = Pattern.compile("NCT\\d{8}");

    private final ClassicStream stream;
    private final VerbatimRecords verbatim;
    private final TopLevelKeys keys = new TopLevelKeys();

    /** Public and argument-free so {@link java.util.ServiceLoader} can build it too. */
    public CtgovClassicJsonAdapter() {
        JsonFactory factory = JsonReaders.factory();
        ObjectMapper mapper = JsonReaders.mapper(factory);
        this.stream = new ClassicStream(mapper);
        this.verbatim = new VerbatimRecords(mapper, new CanonicalJson());
    }

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public String description() {
        return "ClinicalTrials.gov classic API (v1) JSON: {\"FullStudiesResponse\":...} or {\"FullStudy\":...} files";
    }

    @Override
    public boolean sniff(FileHead head) {
        return keys.first(head.bytes()).filter(TopLevelKeys.CLASSIC::contains).isPresent();
    }

    @Override
    public void parse(IngestSource source, RecordSink sink) throws IOException {
        String file = source.name();
        String[] last = {""};
        StudyStream.Cursor cursor = new StudyStream.Cursor();
        try (InputStream in = JsonReaders.bounded(source.open(), file, cursor)) {
            stream.read(in, file, (ref, study) -> {
                handle(source, ref, study, sink);
                last[0] = ref;
            }, cursor);
        } catch (JsonProcessingException e) {
            throw JsonErrors.of(file, last[0], cursor.ref(), e);
        } catch (CharConversionException e) {
            throw JsonErrors.of(file, cursor.ref(), e);
        }
    }

    private void handle(IngestSource source, String ref, JsonNode study, RecordSink sink) throws IOException {
        String locator = source.name() + "#" + ref;
        String nctId = ClassicTree.text(study.path("ProtocolSection").path("IdentificationModule"), "NCTId")
                .map(String::trim).orElse("");
        if (nctId.isEmpty()) {
            sink.reject(ref, ref + ": ProtocolSection.IdentificationModule.NCTId is missing");
            return;
        }
        if (!NCT_ID.matcher(nctId).matches()) {
            sink.reject(ref, ref + ": ProtocolSection.IdentificationModule.NCTId: expected NCT and 8 digits, found \""
                    + nctId + "\"");
            return;
        }
        TrialRecord record;
        try {
            record = StudyMapper.map(asV2(study), nctId);
        } catch (InvalidRecordException | IllegalArgumentException e) {
            sink.reject(nctId, nctId + ": " + e.getMessage() + " (classic record, field named as in API v2)");
            return;
        }
        sink.accept(new ParsedRecord(verbatim.of(FORMAT_ID, nctId, locator, study), record));
    }

    /** The API v2 study a classic study corresponds to. */
    static ObjectNode asV2(JsonNode study) {
        ObjectNode v2 = ClassicTree.object();
        v2.set("protocolSection", ClassicProtocol.protocolSection(study.path("ProtocolSection")));
        boolean results = ClassicResults.hasResults(study);
        if (results) {
            v2.set("resultsSection", ClassicResults.resultsSection(study.path("ResultsSection")));
        }
        v2.put("hasResults", results);
        return v2;
    }
}
