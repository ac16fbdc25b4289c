package org.evsyn.ingest.registry;

import com.google.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Optional;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.spi.IngestAdapter;
import org.evsyn.ingest.spi.IngestException;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.spi.RecordSink;

/**
 * The ClinicalTrials.gov website CSV download ({@code ctg-studies.csv}), any subset and order of its columns.
 *
 * <p>Only {@code NCT Number} is required. Multi-valued cells are split on {@code |}, {@code Study Design} is read
 * into allocation, model, masking and purpose, dates keep the precision given, and the countries are the last
 * part of each {@code Locations} entry. The download has no results, so every record is registration-only.
 *
 * <p>Verbatim record: the header line as in the file (with its line break) followed by the row's own text as in
 * the file (without its final line break, with any line breaks inside quoted cells). With the header the text
 * stands on its own: it says which column each cell is, and it changes when the same study is downloaded with a
 * different choice of columns.
 */
public final class CtgovCsvAdapter implements IngestAdapter {

    /** The format id. */
    public static final String FORMAT_ID = "ctgov-csv";

    /** Adapters hold no state; one instance serves every file. */
    @Inject
    public CtgovCsvAdapter() {
        // nothing to configure
    }

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public String description() {
        return "ClinicalTrials.gov website CSV download (ctg-studies.csv, columns chosen by the user)";
    }

    /** A CSV whose first line names the {@code NCT Number} column. */
    @Override
    public boolean sniff(FileHead head) {
        String text = head.text();
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                end = i;
                break;
            }
        }
        String firstLine = text.substring(0, end);
        return firstLine.contains(CtgovCsvColumns.NCT_NUMBER) && !firstLine.stripLeading().startsWith("<");
    }

    @Override
    public void parse(IngestSource source, RecordSink sink) throws IOException {
        String file = source.name();
        try (InputStream in = source.open(); Reader reader = TextDecoding.utf8(in)) {
            CsvReader csv = new CsvReader(reader, file);
            CsvRecord header = csv.next()
                    .orElseThrow(() -> new IngestException(file + ": the file is empty (no header line)"));
            CtgovCsvColumns columns = CtgovCsvColumns.of(header.cells());
            if (!columns.has(CtgovCsvColumns.NCT_NUMBER)) {
                throw IngestException.at(file, "1 (header, " + header.lines() + ")", "required column \""
                        + CtgovCsvColumns.NCT_NUMBER + "\" not found; columns found: " + columns.headers());
            }
            String headerText = header.raw() + header.lineBreak();
            CtgovCsvMapper mapper = new CtgovCsvMapper(columns);
            for (Optional<CsvRecord> next = csv.next(); next.isPresent(); next = csv.next()) {
                readRow(file, next.get(), columns, mapper, headerText, sink);
            }
        }
    }

    private static void readRow(String file, CsvRecord row, CtgovCsvColumns columns, CtgovCsvMapper mapper,
                                String headerText, RecordSink sink) {
        int index = row.number() - 1; // data rows count from 1, after the header
        if (row.cells().size() != columns.size()) {
            throw IngestException.at(file, index + " (" + row.lines() + ")", "has " + row.cells().size()
                    + " cells but the header has " + columns.size() + " columns");
        }
        String where = "row " + index + ", " + row.lines();
        String ref = where;
        try {
            String nctId = mapper.nctId(row.cells());
            ref = nctId + " (" + where + ")";
            TrialRecord trial = mapper.map(row.cells());
            SourceRecord verbatim = SourceRecord.of(FORMAT_ID, nctId, where, headerText + row.raw());
            sink.accept(new ParsedRecord(verbatim, trial));
        } catch (InvalidRecordException | IllegalArgumentException e) {
            sink.reject(ref, e.getMessage());
        }
    }
}
