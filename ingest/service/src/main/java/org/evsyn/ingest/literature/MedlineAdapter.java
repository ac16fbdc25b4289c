package org.evsyn.ingest.literature;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
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
 * PubMed's MEDLINE ("PubMed format") export, {@code .nbib} or {@code .txt}: records start at a {@code PMID-}
 * line; each line is a tag of up to four characters, padded, then {@code "- "}; continuation lines are indented.
 */
public final class MedlineAdapter implements IngestAdapter {

    /** The format id. */
    public static final String FORMAT_ID = "medline";

    // Tags are padded to four characters by PubMed, but hand-edited files have e.g. "GN - ", so padding is free.
    private static final Pattern TAG_LINE = Pattern.compile("^([A-Z][A-Z0-9]{1,3}) *- ?(.*)$");
    private static final Pattern PMID_LINE = Pattern.compile("^PMID *- ?.*");
    private static final Pattern SNIFF = Pattern.compile("(?m)^PMID- ");

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public String description() {
        return "PubMed/MEDLINE tagged export (.nbib, .txt): PMID-, TI  -, AB  - ...";
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
            RecordLines record = new RecordLines(file, "is a PMID- line missing?");
            int index = 0;
            int[] stray = new int[2]; // first and last line of text before the first record
            try {
                Optional<RawLineReader.Line> next;
                while ((next = lines.next()).isPresent()) {
                    RawLineReader.Line line = next.get();
                    if (PMID_LINE.matcher(line.text()).matches()) {
                        rejectStray(stray, sink);
                        if (!record.isEmpty()) {
                            emit(file, ++index, record.take(), sink);
                        }
                        record.add(line, index + 1);
                    } else if (!record.isEmpty()) {
                        record.add(line, index + 1);
                    } else if (!line.text().isBlank()) {
                        stray[0] = stray[0] == 0 ? line.number() : stray[0];
                        stray[1] = line.number();
                    }
                }
            } catch (InvalidTextException e) {
                throw IngestException.at(file, (index + 1) + " (line " + lines.line() + ")", e.getMessage());
            }
            rejectStray(stray, sink);
            if (!record.isEmpty()) {
                emit(file, ++index, record.take(), sink);
            }
        }
    }

    /** One rejection for the run of text before the first record, however long: each line would say the same. */
    private static void rejectStray(int[] stray, RecordSink sink) {
        if (stray[0] > 0) {
            sink.reject(stray[0] == stray[1] ? "line " + stray[0] : "lines " + stray[0] + "-" + stray[1],
                    "text before the first PMID- line is not part of any record and was skipped");
            stray[0] = 0;
        }
    }

    private static void emit(String file, int index, List<RawLineReader.Line> lines, RecordSink sink) {
        int last = lines.size();
        while (last > 1 && lines.get(last - 1).text().isBlank()) {
            last--;
        }
        List<RawLineReader.Line> kept = lines.subList(0, last);
        StringBuilder verbatim = new StringBuilder();
        kept.forEach(l -> verbatim.append(l.raw()));
        LiteratureRecord record = toRecord(fields(kept));
        String locator = file + "#" + index + " (line " + kept.get(0).number() + ")";
        sink.accept(LiteratureSourceRecords.parsed(FORMAT_ID, record, index, locator, verbatim.toString()));
    }

    /** Joins continuation lines to their tag line. */
    private static List<TaggedField> fields(List<RawLineReader.Line> lines) {
        List<TaggedField> fields = new ArrayList<>();
        String tag = null;
        StringBuilder value = new StringBuilder();
        int tagLine = 0;
        for (RawLineReader.Line line : lines) {
            String text = line.text();
            Matcher m = TAG_LINE.matcher(text);
            if (m.matches()) {
                if (tag != null) {
                    fields.add(new TaggedField(tag, value.toString().strip(), tagLine));
                }
                tag = m.group(1);
                value.setLength(0);
                value.append(m.group(2).strip());
                tagLine = line.number();
            } else if (tag != null && !text.isBlank()) {
                value.append(' ').append(text.strip());
            }
        }
        if (tag != null) {
            fields.add(new TaggedField(tag, value.toString().strip(), tagLine));
        }
        return fields;
    }

    private static LiteratureRecord toRecord(List<TaggedField> fields) {
        LiteratureRecordBuilder b = new LiteratureRecordBuilder("PubMed");
        List<String> fullAuthors = new ArrayList<>();
        List<String> shortAuthors = new ArrayList<>();
        String journalTitle = null;
        String journalAbbreviation = null;
        for (TaggedField f : fields) {
            String v = f.value();
            switch (f.tag()) {
                case "PMID" -> b.pmid(v);
                case "TI" -> b.title(v);
                case "AB" -> b.abstractPart(v);
                case "FAU" -> fullAuthors.add(v);
                case "AU" -> shortAuthors.add(v);
                case "DP" -> b.year(Years.first(v));
                case "JT" -> journalTitle = journalTitle == null ? v : journalTitle;
                case "TA" -> journalAbbreviation = journalAbbreviation == null ? v : journalAbbreviation;
                case "VI" -> b.volume(v);
                case "IP" -> b.issue(v);
                case "PG" -> b.pages(v);
                case "LA" -> b.language(v);
                case "PT" -> b.publicationType(v);
                case "MH", "OT" -> b.keyword(v);
                case "LID", "AID" -> {
                    if (v.endsWith("[doi]")) {
                        b.doiField(v.substring(0, v.length() - "[doi]".length()));
                    }
                }
                case "SI" -> b.registryText(v);
                default -> {
                    // Other tags (dates, affiliations, grants, ...) are kept in the verbatim record only.
                }
            }
        }
        (fullAuthors.isEmpty() ? shortAuthors : fullAuthors).forEach(b::author);
        b.journal(journalTitle != null ? journalTitle : journalAbbreviation);
        return b.build();
    }
}
