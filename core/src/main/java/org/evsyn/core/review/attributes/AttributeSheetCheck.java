package org.evsyn.core.review.attributes;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.evsyn.core.input.StrictTextReader;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        try (Reader in = new StrictTextReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            java.io.StringWriter all = new java.io.StringWriter();
            in.transferTo(all);
            String text = all.toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            int end = text.indexOf('\n');
            String header = end < 0 ? text : text.substring(0, end);
            char separator = header.indexOf(',') >= 0 ? ',' : header.indexOf(';') >= 0 ? ';'
                    : header.indexOf('\t') >= 0 ? '\t' : ',';
            try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                    .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
                if (!it.hasNext()) {
                    return Optional.empty();
                }
                List<String> names = it.next().stream().map(h -> h == null ? "" : h.strip()
                        .toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_")).toList();
                int trial = -1;
                for (int i = 0; i < names.size() && trial < 0; i++) {
                    trial = TRIAL.contains(names.get(i)) ? i : -1;
                }
                List<int[]> numeric = new ArrayList<>();
                List<AttributeDef> numericDefs = new ArrayList<>();
                for (AttributeDef a : declared) {
                    int i = names.indexOf(a.column().get());
                    if (i >= 0) {
                        found.put(a.column().get(), true);
                        if (a.type() == AttributeType.NUMERIC) {
                            numeric.add(new int[]{i});
                            numericDefs.add(a);
                        }
                    }
                }
                int row = 1;
                while (it.hasNext()) {
                    List<String> cells = it.next();
                    row++;
                    for (int j = 0; j < numeric.size(); j++) {
                        int i = numeric.get(j)[0];
                        String v = i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
                        if (!v.isEmpty() && !(NUMBER.matcher(v).matches() && Double.isFinite(Double.parseDouble(v)))) {
                            String study = trial >= 0 && trial < cells.size() ? " (" + cells.get(trial).strip() + ")"
                                    : "";
                            AttributeDef a = numericDefs.get(j);
                            return Optional.of(name + ": row " + row + study + ": column " + a.column().get()
                                    + ": expected a number (attribute " + a.name() + " is numeric), found '" + v
                                    + "'");
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
