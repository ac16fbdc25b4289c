package org.evsyn.core.review.screening;

import jakarta.inject.Inject;
import org.evsyn.core.review.sheet.SheetReader;
import org.evsyn.core.review.sheet.SheetRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads screening decisions: columns {@code record_id, stage, decision} and optional {@code reason, reviewer}.
 * Stage is {@code title_abstract} or {@code full_text}; decision {@code include} or {@code exclude}; a full-text
 * exclusion needs a reason. A record decided twice at one stage is an error.
 */
public final class ScreeningSheetReader {

    private final SheetReader sheets;

    @Inject
    public ScreeningSheetReader(SheetReader sheets) {
        this.sheets = Objects.requireNonNull(sheets, "sheets");
    }

    /** A decision with the sheet row it came from (1 = the first row under the header), for errors. */
    public record SheetDecision(int row, ScreeningDecision decision) {
    }

    /** The decisions in sheet order. */
    public List<ScreeningDecision> read(Path file) {
        return readRows(file).stream().map(SheetDecision::decision).toList();
    }

    /** The decisions in sheet order, each with its row. */
    public List<SheetDecision> readRows(Path file) {
        List<SheetDecision> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : sheets.read(file, Set.of("record_id", "stage", "decision"), Set.of("reason", "reviewer"))) {
            String stageText = row.require("stage").toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            ScreeningDecision.Stage stage = switch (stageText) {
                case "title_abstract", "title_and_abstract", "ta" -> ScreeningDecision.Stage.TITLE_ABSTRACT;
                case "full_text", "fulltext", "ft" -> ScreeningDecision.Stage.FULL_TEXT;
                default -> throw row.error("stage", "expected title_abstract or full_text, got \"" + row.require("stage") + "\"");
            };
            String decision = row.require("decision").toLowerCase(Locale.ROOT);
            boolean include = switch (decision) {
                case "include", "included" -> true;
                case "exclude", "excluded" -> false;
                default -> throw row.error("decision", "expected include or exclude, got \"" + row.require("decision") + "\"");
            };
            if (!include && stage == ScreeningDecision.Stage.FULL_TEXT && row.get("reason").isEmpty()) {
                throw row.error("reason", "a full-text exclusion needs a reason (PRISMA reports them)");
            }
            String id = row.require("record_id");
            Integer previous = seen.put(id + "\u0000" + stage, row.row());
            if (previous != null) {
                throw row.error("record_id", "\"" + id + "\" was already decided at this stage in row " + previous);
            }
            out.add(new SheetDecision(row.row(),
                    new ScreeningDecision(id, stage, include, row.get("reason"), row.get("reviewer"))));
        }
        return out;
    }
}
