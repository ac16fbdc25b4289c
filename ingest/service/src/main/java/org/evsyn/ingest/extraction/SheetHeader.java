package org.evsyn.ingest.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.ingest.spi.IngestException;

/**
 * The header row of an extraction sheet: which column is where, and which kind of sheet it is.
 *
 * <ul>
 *   <li>a <b>trials sheet</b> ({@link ExtractedStudy.Part#CHARACTERISTICS}): {@code trial} and study columns,
 *       one row per study;</li>
 *   <li>an <b>outcomes sheet</b> ({@link ExtractedStudy.Part#OUTCOMES}): {@code trial}, {@code outcome},
 *       {@code arm} and result columns, one row per study, arm, outcome and time point;</li>
 *   <li>a <b>combined sheet</b> ({@link ExtractedStudy.Part#COMBINED}): an outcomes sheet that also has study
 *       columns, repeated on each row of a study.</li>
 * </ul>
 */
final class SheetHeader {

    private final Map<SheetColumn, Integer> index;
    private final Map<String, Integer> custom;
    private final ExtractedStudy.Part part;
    private final int width;

    private SheetHeader(Map<SheetColumn, Integer> index, Map<String, Integer> custom, ExtractedStudy.Part part,
                        int width) {
        this.index = index;
        this.custom = custom;
        this.part = part;
        this.width = width;
    }

    /**
     * Reads a header row.
     *
     * @throws IngestException when required columns are missing, a column is unknown or given twice
     */
    static SheetHeader read(String file, List<String> cells) {
        Map<SheetColumn, Integer> index = new EnumMap<>(SheetColumn.class);
        Map<String, Integer> custom = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i);
            if (name.isBlank()) {
                continue;
            }
            if (SheetColumn.normalise(name).startsWith(SheetColumn.CUSTOM_PREFIX)) {
                custom.putIfAbsent(SheetColumn.normalise(name), i);
                continue;
            }
            Optional<SheetColumn> column = SheetColumn.forHeader(name);
            if (column.isEmpty()) {
                problems.add("unknown column '" + name.strip() + "'"
                        + SheetColumn.closest(name).map(c -> " (did you mean '" + c + "'?)").orElse(""));
            } else if (index.putIfAbsent(column.get(), i) != null) {
                problems.add("column '" + column.get().header() + "' appears twice (columns "
                        + (index.get(column.get()) + 1) + " and " + (i + 1) + ")");
            }
        }
        boolean hasStudyColumns = index.keySet().stream().anyMatch(c -> c.scope() == SheetColumn.Scope.STUDY);
        boolean hasRowColumns = index.keySet().stream().anyMatch(c -> c.scope() == SheetColumn.Scope.ROW);
        ExtractedStudy.Part part;
        List<SheetColumn> required = new ArrayList<>(List.of(SheetColumn.TRIAL));
        if (hasRowColumns || !hasStudyColumns) {
            part = hasStudyColumns ? ExtractedStudy.Part.COMBINED : ExtractedStudy.Part.OUTCOMES;
            required.add(SheetColumn.OUTCOME);
            required.add(SheetColumn.ARM);
        } else {
            part = ExtractedStudy.Part.CHARACTERISTICS;
        }
        List<String> missing = required.stream().filter(c -> !index.containsKey(c)).map(SheetColumn::header)
                .toList();
        if (!missing.isEmpty()) {
            problems.add(0, "missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        if (!problems.isEmpty()) {
            String found = cells.stream().map(String::strip).collect(Collectors.joining(", "));
            throw IngestException.at(file, "row 1 (header)", String.join("; ", problems) + ". Found columns: "
                    + found + ". Reviewers' own columns can be kept by starting their name with '"
                    + SheetColumn.CUSTOM_PREFIX + "'; docs/formats.md lists the known columns.");
        }
        return new SheetHeader(index, Map.copyOf(custom), part, cells.size());
    }

    /** Which part of an extraction the sheet holds. */
    ExtractedStudy.Part part() {
        return part;
    }

    /** Number of header cells. */
    int width() {
        return width;
    }

    boolean has(SheetColumn column) {
        return index.containsKey(column);
    }

    /** The cell of a row under a column, stripped; "" when the column is absent or the row is short. */
    String cell(List<String> cells, SheetColumn column) {
        Integer i = index.get(column);
        return i == null || i >= cells.size() ? "" : cells.get(i).strip();
    }

    /** The reviewers' own columns ({@code x_...}, names normalised) and where they are. */
    Map<String, Integer> customColumns() {
        return custom;
    }

    /** Whether {@link SheetColumn#SOURCE_REF} and {@link SheetColumn#NOTES} belong to the study. */
    boolean sharedColumnsDescribeStudy() {
        return part == ExtractedStudy.Part.CHARACTERISTICS;
    }
}
