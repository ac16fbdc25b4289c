package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.ingest.FileHead;
import org.evsyn.ingest.IngestAdapter;
import org.evsyn.ingest.IngestException;
import org.evsyn.ingest.IngestSource;
import org.evsyn.ingest.RecordSink;

/**
 * ClinicalTrials.gov API v2 JSON: a single study ({@code /studies/{nctId}}, or one file of the bulk
 * {@code ctg-studies.json.zip}) or a page of studies ({@code /studies}). Folders and zips of such files are opened
 * by the ingest service.
 *
 * <p>Each study's verbatim text is its JSON re-written compactly from its own tokens: field order, strings and
 * numbers exactly as in the file, insignificant white space dropped. So one study hashes the same whether it came
 * pretty-printed, inside a page, or alone in a zip entry.
 */
public final class CtgovJsonAdapter implements IngestAdapter {

    /** The format id. */
    public static final String FORMAT_ID = "ctgov-json";

    private static final Pattern NCT_ID = Pattern.compile("NCT\\d{8}");

    private final ObjectMapper mapper;
    private final StudyStream stream;
    private final CanonicalJson canonical;

    /** Public and argument-free so {@link java.util.ServiceLoader} can build it too. */
    public CtgovJsonAdapter() {
        JsonFactory factory = JsonFactory.builder()
                // Large registry records run to megabytes of text; the default limits are for web requests.
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 << 20).build())
                // A key given twice would otherwise silently keep the last value (a second nctId, a second count).
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                // Exact decimals, so re-writing a study never changes a number's digits.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .build();
        this.stream = new StudyStream(mapper);
        this.canonical = new CanonicalJson(factory);
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
        return TopLevelKeys.first(head.text()).filter(TopLevelKeys.V2::contains).isPresent();
    }

    @Override
    public void parse(IngestSource source, RecordSink sink) throws IOException {
        String file = source.name();
        String[] last = {""};
        StudyStream.Cursor cursor = new StudyStream.Cursor();
        try (InputStream in = source.open()) {
            stream.read(in, file, (ref, study) -> {
                handle(source, ref, study, sink);
                last[0] = ref;
            }, cursor);
        } catch (JsonProcessingException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
                throw DuplicateKeys.error(file, cursor.ref(), e);
            }
            if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                throw truncated(file, last[0], e);
            }
            String msg = e.getOriginalMessage();
            String what = msg != null && msg.contains("Invalid UTF-8") ? "not valid UTF-8 text: " + firstLine(msg)
                    : "malformed JSON: " + firstLine(msg);
            throw new IngestException(file + ": " + what + " (" + where(e.getLocation())
                    + (last[0].isEmpty() ? "" : ", after " + last[0]) + ")", e);
        }
    }

    private static IngestException truncated(String file, String last, JsonProcessingException e) {
        return new IngestException(file + ": truncated JSON: the file ends "
                + (last.isEmpty() ? "inside the first study" : "after " + last + ", before the JSON is complete")
                + " (" + where(e.getLocation()) + ")", e);
    }

    private void handle(IngestSource source, String ref, ObjectNode study, RecordSink sink) throws IOException {
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
        // Written as UTF-8 bytes once: the hash is taken from these bytes, the text decoded from them.
        byte[] verbatim = mapper.writeValueAsBytes(study);
        String sha = HexFormat.of().formatHex(sha256().digest(verbatim));
        sink.accept(new ParsedRecord(new SourceRecord(FORMAT_ID, nctId, locator,
                new String(verbatim, StandardCharsets.UTF_8), sha, canonical.sha256(study)), record));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "position unknown" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static String firstLine(String msg) {
        if (msg == null) {
            return "unreadable";
        }
        int nl = msg.indexOf('\n');
        return nl < 0 ? msg : msg.substring(0, nl);
    }
}
