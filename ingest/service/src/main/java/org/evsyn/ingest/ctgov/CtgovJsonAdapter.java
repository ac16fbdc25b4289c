package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.spi.IngestAdapter;
import org.evsyn.ingest.spi.IngestException;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.spi.RecordSink;

/**
 * ClinicalTrials.gov API v2 JSON: a single study ({@code /studies/{nctId}}, or one file of the bulk
 * {@code ctg-studies.json.zip}) or a page of studies ({@code /studies}). Folders and zips of such files are opened
 * by the ingest service.
 *
 * <p>Each study's verbatim text is its JSON re-written compactly from its own tokens: field order, strings and
 * numbers exactly as in the file, insignificant white space dropped (taken from the study's own bytes when the file
 * is read whole, as a zip entry is; see {@link WrittenForm}). Its identity is the hash of its canonical form
 * (see {@link CanonicalJson}), so one study is the same content whether it came pretty-printed, inside a page, alone
 * in a zip entry, or with its keys in another order.
 */
public final class CtgovJsonAdapter implements IngestAdapter {

    /** The format id. */
    public static final String FORMAT_ID = "ctgov-json";

    private static final Pattern NCT_ID = Pattern.compile("NCT\\d{8}");

    private final StudyStream stream;
    private final VerbatimRecords verbatim;
    private final TopLevelKeys keys = new TopLevelKeys();

    /** Public and argument-free so {@link java.util.ServiceLoader} can build it too. */
    public CtgovJsonAdapter() {
        JsonFactory factory = JsonReaders.factory();
        ObjectMapper mapper = JsonReaders.mapper(factory);
        this.stream = new StudyStream(mapper);
        this.verbatim = new VerbatimRecords(mapper, new CanonicalJson());
    }

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public String description() {
        return "ClinicalTrials.gov API v2 JSON: one study, a page {\"studies\":[...]}, or a folder/zip of study files";
    }

    @Override
    public boolean sniff(FileHead head) {
        return keys.first(head.bytes()).filter(TopLevelKeys.V2::contains).isPresent();
    }

    @Override
    public void parse(IngestSource source, RecordSink sink) throws IOException {
        String file = source.name();
        String[] last = {""};
        StudyStream.Cursor cursor = new StudyStream.Cursor();
        StudyStream.Handler handler = (ref, study, text) -> {
            handle(source, ref, study, text, sink);
            last[0] = ref;
        };
        try {
            Optional<byte[]> whole = source.bytes();
            if (whole.isPresent()) {
                stream.read(whole.get(), file, handler, cursor);
            } else {
                // Whole entries are at most a study's bound already; a stream is bounded study by study.
                try (InputStream in = JsonReaders.bounded(source.open(), file, cursor)) {
                    stream.read(in, file, handler, cursor);
                }
            }
        } catch (JsonProcessingException e) {
            throw JsonErrors.of(file, last[0], cursor.ref(), e);
        } catch (CharConversionException e) {
            throw JsonErrors.of(file, cursor.ref(), e);
        }
    }

    private void handle(IngestSource source, String ref, ObjectNode study, Optional<RawJson> text, RecordSink sink)
            throws IOException {
        String locator = "study".equals(ref) ? source.name() : source.name() + "#" + ref;
        if ("study".equals(ref) && !study.has("protocolSection")) {
            // A file that is one object without a protocol section is not a study at all: fail it, store nothing.
            throw new IngestException(source.name() + ": not an API v2 study or page: the object has no"
                    + " \"protocolSection\" (keys: " + String.join(", ", (Iterable<String>) study::fieldNames) + ")");
        }
        JsonNode idNode = study.path("protocolSection").path("identificationModule").path("nctId");
        String nctId = idNode.isTextual() ? idNode.asText().trim() : "";
        if (nctId.isEmpty()) {
            sink.reject(ref, ref + ": protocolSection.identificationModule.nctId is missing");
            return;
        }
        if (!NCT_ID.matcher(nctId).matches()) {
            sink.reject(ref, ref + ": protocolSection.identificationModule.nctId: expected NCT and 8 digits, found \""
                    + nctId + "\"");
            return;
        }
        TrialRecord record;
        try {
            record = StudyMapper.map(study, nctId);
        } catch (InvalidRecordException e) {
            sink.reject(nctId, nctId + ": " + e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            sink.reject(nctId, nctId + ": " + e.getMessage());
            return;
        }
        sink.accept(new ParsedRecord(verbatim.of(FORMAT_ID, nctId, locator, study, text), record));
    }
}
