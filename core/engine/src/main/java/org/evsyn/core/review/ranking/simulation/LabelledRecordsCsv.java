package org.evsyn.core.review.ranking.simulation;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.evsyn.core.review.ranking.RankableText;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads a labelled screening dataset in the layout of ASReview's {@code systematic-review-datasets} CSVs: a header
 * row, then one record per row with {@code record_id}, {@code title}, {@code abstract} (may be empty) and the label
 * columns ({@code label_abstract_screening}, {@code label_included}: 1 relevant, 0 not). Other columns are ignored.
 * A file ending in {@code .gz} is read through gzip.
 */
public final class LabelledRecordsCsv {

    private LabelledRecordsCsv() {
    }

    /** Reads {@code file} with the labels of {@code level}. */
    public static List<LabelledRecord> read(Path file, LabelLevel level) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), level);
        } catch (IOException e) {
            throw new UnreadableDataset(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads CSV text with the labels of {@code level}.
     *
     * @param source names the input in error messages
     */
    public static List<LabelledRecord> read(Reader reader, String source, LabelLevel level) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<LabelledRecord> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema)
                .readValues(reader)) {
            int row = 0;
            while (rows.hasNextValue()) {
                Map<String, String> r = rows.nextValue();
                row++;
                String id = field(r, "record_id", source, row);
                if (id.isBlank()) {
                    throw new UnreadableDataset(source + ", record " + row + ", field record_id: expected an id, "
                            + "found it empty");
                }
                if (!ids.add(id)) {
                    throw new UnreadableDataset(source + ", record " + row + ", field record_id: id " + id
                            + " appears twice");
                }
                String label = field(r, level.column(), source, row).trim();
                if (!label.equals("0") && !label.equals("1")) {
                    throw new UnreadableDataset(source + ", record " + row + " (record_id " + id + "), field "
                            + level.column() + ": expected 0 or 1, found '" + label + "'");
                }
                out.add(new LabelledRecord(new RankableText(id, field(r, "title", source, row),
                        field(r, "abstract", source, row)), label.equals("1")));
            }
        } catch (RuntimeException e) {
            if (e instanceof UnreadableDataset u) {
                throw u;
            }
            throw new UnreadableDataset(source + ": not a readable CSV (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")", e);
        }
        if (out.isEmpty()) {
            throw new UnreadableDataset(source + ": no records");
        }
        return List.copyOf(out);
    }

    private static String field(Map<String, String> row, String column, String source, int record) {
        String value = row.get(column);
        if (value == null) {
            throw new UnreadableDataset(source + ", record " + record + ": no column " + column
                    + " (expected record_id, title, abstract, label_abstract_screening, label_included)");
        }
        return value;
    }
}
