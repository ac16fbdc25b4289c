package org.evsyn.ingest.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.input.InputLimits;
import org.evsyn.core.input.InvalidTextException;
import org.evsyn.core.input.StrictTextReader;
import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.spi.IngestAdapter;
import org.evsyn.ingest.spi.IngestException;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.spi.RecordSink;
import org.evsyn.ingest.spi.RecordWindow;

/**
 * The reviewers' extraction sheet: a CSV file mapped by header names (see docs/formats.md). It is a trials
 * sheet (one row per study), a long outcomes sheet (one row per study, arm, outcome and time point) or a
 * combined sheet (an outcomes sheet with the study columns repeated). Each study becomes one
 * {@link ExtractedStudy} whose source record is the header plus the study's rows.
 *
 * <p>Rows are read as a stream, but a study is emitted only at the end of the file, because reviewers do not
 * always keep a study's rows together; sheets are small, so this costs little, and a sheet larger than
 * {@link InputLimits#SHEET_BYTES} or longer than {@link InputLimits#SHEET_ROWS} rows is refused. Text is strict
 * UTF-8: a bad byte fails the file with its row, line and byte offset.
 */
public final class ExtractionCsvAdapter implements IngestAdapter {

    /** The format id. */
    public static final String FORMAT_ID = "extraction-csv";

    /** Longest header row: a few dozen column names. */
    private static final int HEADER_CHARS = 1 << 20;

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public String description() {
        return "Reviewers' extraction sheet (CSV): trials sheet, long outcomes sheet, or both in one";
    }

    @Override
    public boolean sniff(FileHead head) {
        String text = head.text();
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        char separator = separator(first);
        Set<SheetColumn> columns = Arrays.stream(first.split(String.valueOf(separator), -1))
                .map(h -> h.strip().replace("\"", ""))
                .map(SheetColumn::forHeader).flatMap(Optional::stream).collect(Collectors.toSet());
        if (!columns.contains(SheetColumn.TRIAL)) {
            return false;
        }
        if (columns.contains(SheetColumn.OUTCOME) && columns.contains(SheetColumn.ARM)) {
            return true;
        }
        long studyColumns = columns.stream().filter(c -> c.scope() == SheetColumn.Scope.STUDY).count();
        return studyColumns >= 3;
    }

    @Override
    public void parse(IngestSource source, RecordSink sink) throws IOException {
        String file = source.name();
        RecordWindow bounded = new RecordWindow(source.open(), InputLimits.SHEET_BYTES, () -> new IngestException(
                file + ": the sheet is larger than " + InputLimits.bytes(InputLimits.SHEET_BYTES)
                        + " (the limit of an extraction sheet, which is held in memory until its last row)"));
        CsvReader csv = null;
        try (BufferedReader reader = new BufferedReader(new StrictTextReader(bounded, StandardCharsets.UTF_8))) {
            String firstLine = firstLine(reader, file);
            if (firstLine.isBlank()) {
                throw IngestException.at(file, "row 1 (header)", "the file is empty; expected a header row");
            }
            csv = new CsvReader(reader, file);
            csv.separator(separator(firstLine));
            read(file, csv, sink);
        } catch (InvalidTextException e) {
            throw IngestException.at(file, csv == null ? "row 1 (header)" : csv.position(), e.getMessage());
        }
    }

    private static void read(String file, CsvReader csv, RecordSink sink) throws IOException {
        CsvRow headerRow = csv.next().orElseThrow();
        SheetHeader header = SheetHeader.read(file, headerRow.cells());
        Map<String, StudyRows> studies = new LinkedHashMap<>();
        Optional<CsvRow> next;
        while ((next = csv.next()).isPresent()) {
            CsvRow row = next.get();
            if (row.isBlank()) {
                continue;
            }
            String trial = header.cell(row.cells(), SheetColumn.TRIAL);
            String ref = "row " + row.number() + (trial.isEmpty() ? "" : " (" + trial + ")");
            List<String> extra = row.cells().subList(Math.min(header.width(), row.cells().size()),
                    row.cells().size());
            if (extra.stream().anyMatch(c -> !c.isBlank())) {
                sink.reject(ref, "expected at most " + header.width() + " cells as in the header, found "
                        + row.cells().size() + " (an unquoted comma inside a cell?)");
                continue;
            }
            if (trial.isEmpty()) {
                sink.reject(ref, "column " + SheetColumn.TRIAL.header()
                        + ": expected a study id, found an empty cell");
                continue;
            }
            StudyRows study = studies.computeIfAbsent(trial, t -> new StudyRows(t, header));
            try {
                study.add(row);
            } catch (RowProblem p) {
                sink.reject(ref, p.getMessage());
            }
        }
        for (Map.Entry<String, StudyRows> e : studies.entrySet()) {
            emit(file, headerRow, e.getKey(), e.getValue(), sink);
        }
    }

    /** The header line, read ahead to choose the separator; the reader is put back at the start. */
    private static String firstLine(BufferedReader reader, String file) throws IOException {
        reader.mark(HEADER_CHARS + 1);
        StringBuilder line = new StringBuilder();
        for (int c = reader.read(); c >= 0 && c != '\n' && c != '\r'; c = reader.read()) {
            if (line.length() == HEADER_CHARS) {
                throw IngestException.at(file, "row 1 (header)", "the header row is longer than "
                        + InputLimits.bytes(HEADER_CHARS) + " (the limit; is this an extraction sheet?)");
            }
            line.append((char) c);
        }
        reader.reset();
        return line.toString();
    }

    private static void emit(String file, CsvRow headerRow, String studyId, StudyRows study, RecordSink sink) {
        if (study.isEmpty()) {
            return;
        }
        List<CsvRow> rows = study.rows();
        String locator = file + " rows " + ranges(rows);
        try {
            ExtractedStudy payload = study.build();
            StringBuilder verbatim = new StringBuilder(withTerminator(headerRow.raw()));
            for (int i = 0; i < rows.size(); i++) {
                String raw = rows.get(i).raw();
                verbatim.append(i < rows.size() - 1 ? withTerminator(raw) : raw);
            }
            // A study's trials-sheet and outcomes-sheet rows are two source records, each versioned on its own;
            // the payload keeps the bare study id, which is what joins them into one study.
            String sourceId = studyId + " [" + payload.part().name().toLowerCase(java.util.Locale.ROOT) + "]";
            sink.accept(new ParsedRecord(SourceRecord.of(FORMAT_ID, sourceId, locator, verbatim.toString()),
                    payload));
        } catch (RowProblem p) {
            sink.reject("study " + studyId + " (" + locator + ")", p.getMessage());
        }
    }

    // The file's last row may lack a line break; rows joined in a study record still need one.
    private static String withTerminator(String raw) {
        return raw.endsWith("\n") || raw.endsWith("\r") ? raw : raw + "\n";
    }

    /** Row numbers as ranges: "2-5, 9". */
    static String ranges(List<CsvRow> rows) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        int prev = -1;
        for (CsvRow r : rows) {
            int n = r.number();
            if (start < 0) {
                start = n;
            } else if (n != prev + 1) {
                parts.add(start == prev ? String.valueOf(start) : start + "-" + prev);
                start = n;
            }
            prev = n;
        }
        if (start >= 0) {
            parts.add(start == prev ? String.valueOf(start) : start + "-" + prev);
        }
        return String.join(", ", parts);
    }

    private static char separator(String headerLine) {
        if (headerLine.indexOf(',') >= 0) {
            return ',';
        }
        if (headerLine.indexOf(';') >= 0) {
            return ';';
        }
        return headerLine.indexOf('\t') >= 0 ? '\t' : ',';
    }
}
