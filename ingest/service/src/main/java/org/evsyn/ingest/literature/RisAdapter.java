package org.evsyn.ingest.literature;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.input.InvalidTextException;
import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.spi.IngestAdapter;
import org.evsyn.ingest.spi.IngestException;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.spi.RecordSink;

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
        try (Reader reader = RawLineReader.utf8(source.open())) {
            RawLineReader lines = new RawLineReader(reader, file);
            boolean ovidFile = false;
            RecordLines record = new RecordLines(file, "is an ER line missing?");
            int index = 0;
            int[] stray = new int[3]; // a run of fields outside records: first line, last line, how many
            String strayTag = "";
            try {
                Optional<RawLineReader.Line> next;
                while ((next = lines.next()).isPresent()) {
                    RawLineReader.Line line = next.get();
                    Matcher m = TAG_LINE.matcher(line.text());
                    String tag = m.matches() ? m.group(1) : null;
                    if ("TY".equals(tag)) {
                        if (!record.isEmpty()) {
                            throw IngestException.at(file, (index + 1) + " (starting line " + record.firstLine()
                                    + ")", "no ER line before the next TY line at line " + line.number()
                                    + "; each RIS record must end with 'ER  -'");
                        }
                        rejectStray(stray, strayTag, sink);
                        record.add(line, index + 1);
                    } else if (!record.isEmpty()) {
                        record.add(line, index + 1);
                        if ("ER".equals(tag)) {
                            emit(file, ++index, record.take(), ovidFile, sink);
                        }
                    } else if (tag != null) {
                        if (stray[0] == 0) {
                            stray[0] = line.number();
                            strayTag = tag;
                        }
                        stray[1] = line.number();
                        stray[2]++;
                    } else if (OVID_NUMBER.matcher(line.text()).matches()
                            || line.text().toLowerCase(Locale.ROOT).contains("ovid")) {
                        ovidFile = true;
                    }
                }
            } catch (InvalidTextException e) {
                throw IngestException.at(file, (index + 1) + " (line " + lines.line() + ")", e.getMessage());
            }
            rejectStray(stray, strayTag, sink);
            if (!record.isEmpty()) {
                throw IngestException.at(file, (index + 1) + " (starting line " + record.firstLine() + ")",
                        "the file ends before the record's ER line; each RIS record must end with 'ER  -'");
            }
        }
    }

    /** One rejection for a run of fields between records, however long: each would say the same. */
    private static void rejectStray(int[] stray, String firstTag, RecordSink sink) {
        if (stray[0] == 0) {
            return;
        }
        if (stray[2] == 1) {
            sink.reject("line " + stray[0], "field " + firstTag
                    + " outside a record (no TY line before it) was skipped");
        } else {
            sink.reject("lines " + stray[0] + "-" + stray[1], stray[2] + " fields outside a record (no TY line"
                    + " before them, the first " + firstTag + ") were skipped");
        }
        stray[0] = 0;
        stray[2] = 0;
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
        String tag = null;
        StringBuilder value = new StringBuilder();
        int tagLine = 0;
        for (RawLineReader.Line line : lines) {
            Matcher m = TAG_LINE.matcher(line.text());
            if (m.matches()) {
                if (tag != null) {
                    fields.add(new TaggedField(tag, value.toString().strip(), tagLine));
                }
                tag = m.group(1);
                tagLine = line.number();
                value.setLength(0);
                value.append(m.group(2) == null ? "" : m.group(2).strip());
            } else if (tag != null && !line.text().isBlank()) {
                // Appended, not concatenated: a field wrapped over many lines costs its length, not its square.
                value.append(' ').append(line.text().strip());
            }
        }
        if (tag != null) {
            fields.add(new TaggedField(tag, value.toString().strip(), tagLine));
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
