package org.evsyn.ingest.literature;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.ingest.FileHead;
import org.evsyn.ingest.IngestAdapter;
import org.evsyn.ingest.IngestException;
import org.evsyn.ingest.IngestSource;
import org.evsyn.ingest.RecordSink;

/**
 * RIS exports (Scopus, Ovid, EBSCO, Embase, Web of Science and others): records run from {@code TY  - } to
 * {@code ER  -}. Text between records (Ovid's "1." numbering and "Link to the Ovid Full Text" lines) is skipped;
 * a record without its {@code ER} line is an error.
 */
public final class RisAdapter implements IngestAdapter {

    /** The format id. */
    public static final String FORMAT_ID = "ris";

    // Two spaces before the dash is the standard; one is accepted because "DOI - " has a three-letter tag.
    private static final Pattern TAG_LINE = Pattern.compile("^([A-Z][A-Z0-9]{1,2}) {1,2}-(?: (.*)|\\s*)$");
    private static final Pattern SNIFF = Pattern.compile("(?m)^TY  - ");
    private static final Pattern OVID_NUMBER = Pattern.compile("^\\s*\\d+\\.\\s*$");

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public String description() {
        return "RIS export (Scopus, Ovid, EBSCO, Embase, Web of Science): TY  - ... ER  -";
    }

    @Override
    public boolean sniff(FileHead head) {
        return SNIFF.matcher(head.text()).find();
    }

    @Override
    public void parse(IngestSource source, RecordSink sink) throws IOException {
        String file = source.name();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(source.open(), StandardCharsets.UTF_8))) {
            RawLineReader lines = new RawLineReader(reader);
            boolean ovidFile = false;
            List<RawLineReader.Line> record = null;
            int index = 0;
            Optional<RawLineReader.Line> next;
            while ((next = lines.next()).isPresent()) {
                RawLineReader.Line line = next.get();
                Matcher m = TAG_LINE.matcher(line.text());
                String tag = m.matches() ? m.group(1) : null;
                if ("TY".equals(tag)) {
                    if (record != null) {
                        throw IngestException.at(file, (index + 1) + " (starting line " + record.get(0).number()
                                + ")", "no ER line before the next TY line at line " + line.number()
                                + "; each RIS record must end with 'ER  -'");
                    }
                    record = new ArrayList<>();
                    record.add(line);
                } else if (record != null) {
                    record.add(line);
                    if ("ER".equals(tag)) {
                        emit(file, ++index, record, ovidFile, sink);
                        record = null;
                    }
                } else if (tag != null) {
                    sink.reject("line " + line.number(), "field " + tag
                            + " outside a record (no TY line before it) was skipped");
                } else if (OVID_NUMBER.matcher(line.text()).matches()
                        || line.text().toLowerCase(Locale.ROOT).contains("ovid")) {
                    ovidFile = true;
                }
            }
            if (record != null) {
                throw IngestException.at(file, (index + 1) + " (starting line " + record.get(0).number() + ")",
                        "the file ends before the record's ER line; each RIS record must end with 'ER  -'");
            }
        }
    }

    private static void emit(String file, int index, List<RawLineReader.Line> lines, boolean ovidFile,
            RecordSink sink) {
        StringBuilder verbatim = new StringBuilder();
        lines.forEach(l -> verbatim.append(l.raw()));
        LiteratureRecord record = toRecord(fields(lines), ovidFile);
        String locator = file + "#" + index + " (line " + lines.get(0).number() + ")";
        sink.accept(LiteratureSourceRecords.parsed(FORMAT_ID, record, index, locator, verbatim.toString()));
    }

    /** Tagged fields; an untagged line inside a record continues the previous field (wrapped exports). */
    private static List<TaggedField> fields(List<RawLineReader.Line> lines) {
        List<TaggedField> fields = new ArrayList<>();
        for (RawLineReader.Line line : lines) {
            Matcher m = TAG_LINE.matcher(line.text());
            if (m.matches()) {
                fields.add(new TaggedField(m.group(1), m.group(2) == null ? "" : m.group(2).strip(),
                        line.number()));
            } else if (!fields.isEmpty() && !line.text().isBlank()) {
                TaggedField last = fields.remove(fields.size() - 1);
                fields.add(new TaggedField(last.tag(), (last.value() + " " + line.text().strip()).strip(),
                        last.line()));
            }
        }
        return fields;
    }

    private static LiteratureRecord toRecord(List<TaggedField> fields, boolean ovidFile) {
        Map<String, List<String>> byTag = new HashMap<>();
        for (TaggedField f : fields) {
            if (!f.value().isEmpty()) {
                byTag.computeIfAbsent(f.tag(), t -> new ArrayList<>()).add(f.value());
            }
        }
        String accession = firstOf(byTag, "AN").orElse("");
        List<String> databases = new ArrayList<>(all(byTag, "DB"));
        databases.addAll(all(byTag, "DP"));
        LiteratureRecordBuilder b = new LiteratureRecordBuilder(
                RisVendor.identify(databases, all(byTag, "UR"), accession, ovidFile));
        firstOf(byTag, "AN", "ID").ifPresent(b::recordId);
        firstOf(byTag, "TI", "T1", "CT", "BT").ifPresent(b::title);
        all(byTag, "AU").forEach(b::author);
        all(byTag, "A1").forEach(b::author);
        for (String tag : List.of("PY", "Y1", "DA")) {
            all(byTag, tag).forEach(v -> b.year(Years.first(v)));
        }
        firstOf(byTag, "JF", "T2", "JO", "JA", "J2").ifPresent(b::journal);
        firstOf(byTag, "VL").ifPresent(b::volume);
        firstOf(byTag, "IS").ifPresent(b::issue);
        firstOf(byTag, "SP").ifPresent(b::startPage);
        firstOf(byTag, "EP").ifPresent(b::endPage);
        // Several AB fields are one abstract in parts (EBSCO: abstract, translated abstract, copyright line).
        (byTag.containsKey("AB") ? all(byTag, "AB") : all(byTag, "N2")).forEach(b::abstractPart);
        all(byTag, "KW").forEach(b::keyword);
        all(byTag, "M3").forEach(b::publicationType);
        firstOf(byTag, "LA").ifPresent(b::language);
        all(byTag, "N1").forEach(b::registryText);
        for (String tag : List.of("DO", "DOI", "L3")) {
            all(byTag, tag).forEach(b::doiField);
        }
        all(byTag, "UR").forEach(b::doiFromUrl);
        return b.build();
    }

    private static List<String> all(Map<String, List<String>> byTag, String tag) {
        return byTag.getOrDefault(tag, List.of());
    }

    private static Optional<String> firstOf(Map<String, List<String>> byTag, String... tags) {
        for (String tag : tags) {
            List<String> values = byTag.get(tag);
            if (values != null && !values.isEmpty()) {
                return Optional.of(values.get(0));
            }
        }
        return Optional.empty();
    }
}
