package org.evsyn.ingest.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import org.evsyn.ingest.FileHead;
import org.evsyn.ingest.IngestAdapter;
import org.evsyn.ingest.IngestException;
import org.evsyn.ingest.IngestSource;
import org.evsyn.ingest.RecordSink;

/**
 * The reviewers' extraction sheet: a CSV file mapped by header names (see docs/formats.md). It is a trials
 * sheet (one row per study), a long outcomes sheet (one row per study, arm, outcome and time point) or a
 * combined sheet (an outcomes sheet with the study columns repeated). Each study becomes one
 * {@link ExtractedStudy} whose source record is the header plus the study's rows.
 *
 * <p>Rows are read as a stream, but a study is emitted only at the end of the file, because reviewers do not
 * always keep a study's rows together; sheets are small, so this costs little.
 */
public final class ExtractionCsvAdapter implements IngestAdapter {

    /** The format id. */
    public static final String FORMAT_ID = "extraction-csv";

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
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(source.open(), StandardCharsets.UTF_8))) {
            reader.mark(64 * 1024);
            String firstLine = reader.readLine();
            if (firstLine == null || firstLine.isBlank()) {
                throw IngestException.at(file, "row 1 (header)", "the file is empty; expected a header row");
            }
            reader.reset();
            CsvReader csv = new CsvReader(reader, file);
            csv.separator(separator(firstLine));
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
