package org.evsyn.core.review.attributes;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.evsyn.core.input.StrictTextReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the declared attributes of a plan against its extraction sheets before anything is stored: each declared
 * column is in some sheet, and every cell of a numeric attribute's column is a number. A problem names the file,
 * the row, the study, the column and the value.
 */
public final class AttributeSheetCheck {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    /** The longest header line looked at to choose the separator. */
    private static final int HEADER_LIMIT = 1 << 20;
    private static final List<String> TRIAL = List.of("trial", "study", "study_id", "trial_id", "trial_name",
            "study_name");

    /** The problem a declared attribute has in these sheets, if any. */
    public Optional<String> problem(List<AttributeDef> attributes, Map<String, Path> sheets) {
        List<AttributeDef> declared = attributes.stream().filter(a -> a.column().isPresent()).toList();
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Boolean> found = new LinkedHashMap<>();
        declared.forEach(a -> found.put(a.column().get(), false));
        for (Map.Entry<String, Path> sheet : sheets.entrySet()) {
            Optional<String> p = check(declared, sheet.getKey(), sheet.getValue(), found);
            if (p.isPresent()) {
                return p;
            }
        }
        for (AttributeDef a : declared) {
            if (!found.get(a.column().get())) {
                return Optional.of("review.json: attribute " + a.name() + ": no extraction sheet has its column "
                        + a.column().get() + " (sheets: " + String.join(", ", sheets.keySet()) + ")");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> check(List<AttributeDef> declared, String name, Path file,
                                          Map<String, Boolean> found) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        // Streamed: the header line decides the separator, then the reader goes back to the start.
        try (BufferedReader in = new BufferedReader(new StrictTextReader(Files.newInputStream(file),
                StandardCharsets.UTF_8), HEADER_LIMIT)) {
            in.mark(HEADER_LIMIT);
            String header = Optional.ofNullable(in.readLine()).orElse("");
            in.reset();
            char separator = header.indexOf(',') >= 0 ? ',' : header.indexOf(';') >= 0 ? ';'
                    : header.indexOf('\t') >= 0 ? '\t' : ',';
            try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                    .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(in)) {
                if (!it.hasNext()) {
                    return Optional.empty();
                }
                List<String> names = it.next().stream().map(h -> h == null ? "" : h.replace("\uFEFF", "").strip()
                        .toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_")).toList();
                int trial = -1;
                for (int i = 0; i < names.size() && trial < 0; i++) {
                    trial = TRIAL.contains(names.get(i)) ? i : -1;
                }
                Map<Integer, AttributeDef> numeric = new LinkedHashMap<>();
                for (AttributeDef a : declared) {
                    int i = names.indexOf(a.column().get());
                    if (i >= 0) {
                        found.put(a.column().get(), true);
                        if (a.type() == AttributeType.NUMERIC) {
                            numeric.put(i, a);
                        }
                    }
                }
                // Row numbers as the sheet reader counts them: the header is row 1.
                int row = 1;
                while (!numeric.isEmpty() && it.hasNext()) {
                    List<String> cells = it.next();
                    row++;
                    for (Map.Entry<Integer, AttributeDef> c : numeric.entrySet()) {
                        int i = c.getKey();
                        String v = i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
                        if (!v.isEmpty() && !(NUMBER.matcher(v).matches() && Double.isFinite(Double.parseDouble(v)))) {
                            String study = trial >= 0 && trial < cells.size() ? " (" + cells.get(trial).strip() + ")"
                                    : "";
                            return Optional.of(name + ": row " + row + study + ": column " + c.getValue().column().get()
                                    + ": expected a number (attribute " + c.getValue().name() + " is numeric), found '"
                                    + v + "'");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The sheet's own reader reports files that cannot be read; this check has nothing to add.
            return Optional.empty();
        }
        return Optional.empty();
    }
}
