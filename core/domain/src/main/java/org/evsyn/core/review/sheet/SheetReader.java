package org.evsyn.core.review.sheet;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.evsyn.core.input.InputLimits;
import org.evsyn.core.input.InvalidTextException;
import org.evsyn.core.input.RegularFiles;
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
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a small review sheet (screening decisions, RoB 2 judgements): UTF-8 CSV with a header, columns matched by
 * name ignoring case and surrounding spaces, at most {@link InputLimits#SHEET_BYTES} and
 * {@link InputLimits#SHEET_ROWS} rows; a byte that is not UTF-8 is refused with its line and offset. A missing required column or an unknown column is an error listing
 * what was expected and what was found, so a typo in a header never passes silently.
 */
public final class SheetReader {

    /** Reads every row; {@code required} columns must be present, others must be in {@code optional}. */
    public List<SheetRow> read(Path file, Set<String> required, Set<String> optional) {
        String name = file.getFileName().toString();
        Optional<String> notAFile = RegularFiles.problem(file);
        if (notAFile.isPresent()) {
            throw new SheetException(name + ": " + (notAFile.get().equals("no such file") ? "file not found"
                    : notAFile.get()));
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        MappingIterator<List<String>> it = null;
        int row = 0;
        try {
            if (Files.size(file) > InputLimits.SHEET_BYTES) {
                throw new SheetException(name + ": larger than " + InputLimits.bytes(InputLimits.SHEET_BYTES)
                        + " (the limit of a sheet, which is read into memory)");
            }
            try (Reader reader = new StrictTextReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                it = mapper.readerForListOf(String.class).readValues(reader);
                if (!it.hasNext()) {
                    throw new SheetException(name + ": empty file (expected a header with columns "
                            + String.join(", ", required) + ")");
                }
                List<String> header = it.next().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
                checkHeader(name, header, required, optional);
                List<SheetRow> rows = new ArrayList<>();
                while (it.hasNext()) {
                    List<String> cells = it.next();
                    row++;
                    if (row > InputLimits.SHEET_ROWS) {
                        throw new SheetException(name + ": more than " + InputLimits.SHEET_ROWS
                                + " rows (the limit of a sheet)");
                    }
                    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                        continue;
                    }
                    if (cells.size() > header.size()) {
                        throw new SheetException(name + ": row " + row + ": " + cells.size()
                                + " cells but the header has " + header.size() + " columns");
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < cells.size(); i++) {
                        String v = cells.get(i) == null ? "" : cells.get(i).trim();
                        if (!v.isEmpty()) {
                            values.put(header.get(i), v);
                        }
                    }
                    rows.add(new SheetRow(name, row, values));
                }
                return rows;
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetException se) {
                throw se;
            }
            // The CSV iterator wraps what the reader throws in an unchecked exception.
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof InvalidTextException bad) {
                    throw new SheetException(name + ": " + where(it, row) + ": " + bad.getMessage(), e);
                }
            }
            throw new SheetException(name + ": not a readable CSV sheet: " + e.getMessage(), e);
        }
    }

    /** "line L" of the failure as the CSV parser saw it, or the row reached. */
    private static String where(MappingIterator<?> it, int row) {
        int line = it == null ? 1 : it.getCurrentLocation().getLineNr();
        return line > 0 ? "line " + line : "row " + (row + 1);
    }

    private static void checkHeader(String name, List<String> header, Set<String> required, Set<String> optional) {
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(header);
        Set<String> unknown = new TreeSet<>(header);
        unknown.removeAll(required);
        unknown.removeAll(optional);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            StringBuilder sb = new StringBuilder(name + ": ");
            if (!missing.isEmpty()) {
                sb.append("missing column(s) ").append(String.join(", ", missing)).append("; ");
            }
            if (!unknown.isEmpty()) {
                sb.append("unknown column(s) ").append(String.join(", ", unknown)).append("; ");
            }
            Set<String> all = new TreeSet<>(required);
            all.addAll(optional);
            sb.append("expected columns: ").append(String.join(", ", all)).append("; found: ").append(String.join(", ", header));
            throw new SheetException(sb.toString());
        }
    }

}
