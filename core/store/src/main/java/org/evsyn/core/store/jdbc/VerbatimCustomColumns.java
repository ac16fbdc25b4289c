package org.evsyn.core.store.jdbc;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reviewers' own {@code x_} columns of a stored extraction record, read back from its verbatim text (the sheet's
 * header and the study's rows, exactly as in the file), so they need no table of their own and every value is the
 * cell as written.
 */
final class VerbatimCustomColumns {

    private static final String PREFIX = "x_";

    private VerbatimCustomColumns() {
    }

    /**
     * Column name (lower case, spaces and hyphens as underscores) to the first non-empty cell, stripped; empty when
     * the text has no {@code x_} column or is not CSV.
     */
    static Map<String, String> read(String verbatim) {
        if (verbatim == null || !verbatim.toLowerCase(Locale.ROOT).contains(PREFIX)) {
            return Map.of();
        }
        String text = verbatim.startsWith("\uFEFF") ? verbatim.substring(1) : verbatim;
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        // The same choice as the sheet reader: comma, else semicolon, else tab.
        char separator = header.indexOf(',') >= 0 ? ',' : header.indexOf(';') >= 0 ? ';'
                : header.indexOf('\t') >= 0 ? '\t' : ',';
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        Map<String, String> out = new LinkedHashMap<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            if (!it.hasNext()) {
                return Map.of();
            }
            List<String> names = it.next().stream().map(VerbatimCustomColumns::name).toList();
            while (it.hasNext()) {
                List<String> cells = it.next();
                for (int i = 0; i < Math.min(cells.size(), names.size()); i++) {
                    String value = cells.get(i) == null ? "" : cells.get(i).strip();
                    if (names.get(i).startsWith(PREFIX) && !value.isEmpty()) {
                        out.putIfAbsent(names.get(i), value);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The record was accepted as CSV when it was stored; text that no longer parses has no own columns.
            return Map.of();
        }
        return out;
    }

    /** A header as the sheet reader matches it: trimmed, lower case, spaces and hyphens as underscores. */
    static String name(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }
}
