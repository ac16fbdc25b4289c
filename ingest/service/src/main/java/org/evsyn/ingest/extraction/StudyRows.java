package org.evsyn.ingest.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.EffectEstimate;
import org.evsyn.core.domain.InterventionDetails;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.ingest.literature.RegistryIds;

/**
 * The accepted rows of one study while a sheet is read, and the {@link ExtractedStudy} they make. A row is
 * checked completely before anything of it is kept, so a rejected row leaves no trace.
 */
final class StudyRows {

    /** A study attribute as first given, with the row it came from. */
    private record Attribute(String value, int row) {
    }

    /** Plausible range of an adult trial population's mean body weight. */
    private static final double MIN_BODY_WEIGHT_KG = 30;
    private static final double MAX_BODY_WEIGHT_KG = 250;

    private final String studyId;
    private final SheetHeader header;
    private final Map<SheetColumn, Attribute> attributes = new EnumMap<>(SheetColumn.class);
    private final Map<String, ExtractedArm.Role> armRoles = new LinkedHashMap<>();
    /** The treatment each arm label was given on some row. */
    private final Map<String, String> armTreatments = new LinkedHashMap<>();
    private final List<ArmOutcomeResult> results = new ArrayList<>();
    private final List<CsvRow> rows = new ArrayList<>();
    /** The reviewers' own columns: the first non-empty cell of the study's rows. */
    private final Map<String, String> custom = new LinkedHashMap<>();

    StudyRows(String studyId, SheetHeader header) {
        this.studyId = studyId;
        this.header = header;
    }

    /** Checks a row and keeps it. */
    void add(CsvRow row) throws RowProblem {
        List<String> cells = row.cells();
        Map<SheetColumn, String> newAttributes = new EnumMap<>(SheetColumn.class);
        for (SheetColumn column : SheetColumn.values()) {
            if (!isStudyColumn(column) || !header.has(column)) {
                continue;
            }
            String value = header.cell(cells, column);
            if (value.isEmpty()) {
                continue;
            }
            checkStudyValue(column, value);
            Attribute known = attributes.get(column);
            if (known != null && !known.value().equals(value)) {
                throw new RowProblem("column " + column.header() + ": expected the same value as row " + known.row()
                        + " of study " + studyId + " ('" + known.value() + "'), found '" + value
                        + "'; study columns must agree on all rows of a study");
            }
            newAttributes.put(column, value);
        }
        Optional<ArmOutcomeResult> result = Optional.empty();
        Optional<ExtractedArm.Role> role = Optional.empty();
        Optional<String> treatment = Optional.empty();
        if (header.part() != ExtractedStudy.Part.CHARACTERISTICS) {
            result = Optional.of(result(cells));
            role = Optional.of(role(cells, result.get().armLabel()));
            treatment = treatment(cells, result.get().armLabel());
        }
        newAttributes.forEach((c, v) -> attributes.putIfAbsent(c, new Attribute(v, row.number())));
        header.customColumns().forEach((name, i) -> {
            String value = i < cells.size() ? cells.get(i).strip() : "";
            if (!value.isEmpty()) {
                custom.putIfAbsent(name, value);
            }
        });
        if (result.isPresent()) {
            results.add(result.get());
            armRoles.putIfAbsent(result.get().armLabel(), role.get());
            String arm = result.get().armLabel();
            treatment.ifPresent(t -> armTreatments.putIfAbsent(arm, t));
        }
        rows.add(row);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    List<CsvRow> rows() {
        return List.copyOf(rows);
    }

    /** The study made of the accepted rows. */
    ExtractedStudy build() throws RowProblem {
        List<Double> doses = CellValues.positiveList(SheetColumn.DOSE_CELLS_PER_KG, get(SheetColumn.DOSE_CELLS_PER_KG));
        InterventionDetails intervention = new InterventionDetails(
                text(SheetColumn.AGENT),
                text(SheetColumn.ORIGIN).map(StudyRows::origin),
                text(SheetColumn.ROUTE),
                text(SheetColumn.DOSE_AS_PRINTED),
                doses.size() == 1 ? OptionalDouble.of(doses.get(0)) : OptionalDouble.empty(),
                text(SheetColumn.TIMING_AS_PRINTED),
                CellValues.nonNegative(SheetColumn.TIMING_DAYS, get(SheetColumn.TIMING_DAYS)));
        // n_cell and n_control size the arms labelled cell and control: every study of a trials sheet has both,
        // a long sheet has them when it gives their size or has rows for them.
        boolean trialsSheet = header.part() == ExtractedStudy.Part.CHARACTERISTICS;
        Map<String, ExtractedArm.Role> roles = new LinkedHashMap<>();
        if (trialsSheet || !get(SheetColumn.N_CELL).isEmpty()) {
            roles.put("cell", armRoles.getOrDefault("cell", ExtractedArm.Role.EXPERIMENTAL));
        }
        if (trialsSheet || !get(SheetColumn.N_CONTROL).isEmpty()) {
            roles.put("control", armRoles.getOrDefault("control", ExtractedArm.Role.CONTROL));
        }
        armRoles.forEach(roles::putIfAbsent);
        List<ExtractedArm> arms = new ArrayList<>();
        for (Map.Entry<String, ExtractedArm.Role> arm : roles.entrySet()) {
            OptionalInt n = switch (arm.getKey()) {
                case "cell" -> CellValues.count(SheetColumn.N_CELL, get(SheetColumn.N_CELL));
                case "control" -> CellValues.count(SheetColumn.N_CONTROL, get(SheetColumn.N_CONTROL));
                default -> OptionalInt.empty();
            };
            // Only the treatment the sheet names: a cell type is the experimental arm's treatment by default
            // (ExtractedStudy.treatment), and a control arm is never given a name the sheet did not write.
            arms.add(new ExtractedArm(arm.getKey(), arm.getValue(), n,
                    Optional.ofNullable(armTreatments.get(arm.getKey()))));
        }
        Optional<String> registry = text(SheetColumn.REGISTRY_ID);
        boolean studyOwnsShared = header.sharedColumnsDescribeStudy();
        List<String> refs = CellValues.list(
                get(studyOwnsShared ? SheetColumn.SOURCE_REF : SheetColumn.STUDY_SOURCE_REF));
        Optional<String> notes = text(studyOwnsShared ? SheetColumn.NOTES : SheetColumn.STUDY_NOTES);
        try {
            return new ExtractedStudy(studyId, header.part(),
                    text(SheetColumn.FIRST_AUTHOR),
                    CellValues.count(SheetColumn.YEAR, get(SheetColumn.YEAR)),
                    registry,
                    registry.map(RegistryIds::find).orElse(List.of()),
                    text(SheetColumn.COUNTRY), text(SheetColumn.PHASE), text(SheetColumn.BLINDING),
                    intervention, doses, CellValues.number(SheetColumn.BODY_WEIGHT_KG, get(SheetColumn.BODY_WEIGHT_KG)),
                    text(SheetColumn.STAGE),
                    CellValues.nonNegative(SheetColumn.FOLLOWUP_MONTHS, get(SheetColumn.FOLLOWUP_MONTHS)),
                    arms, text(SheetColumn.N_BASIS), results, refs, notes, custom);
        } catch (IllegalArgumentException e) {
            throw new RowProblem(e.getMessage());
        }
    }

    private boolean isStudyColumn(SheetColumn column) {
        return column.scope() == SheetColumn.Scope.STUDY
                || (column.scope() == SheetColumn.Scope.SHARED && header.sharedColumnsDescribeStudy());
    }

    /** Type checks of study columns, so a bad value is reported on the row that has it. */
    private static void checkStudyValue(SheetColumn column, String value) throws RowProblem {
        switch (column) {
            case YEAR -> {
                OptionalInt y = CellValues.count(column, value);
                if (y.getAsInt() < 1800 || y.getAsInt() > 2200) {
                    throw RowProblem.at(column, "a four-digit publication year", value);
                }
            }
            case N_CELL, N_CONTROL -> CellValues.count(column, value);
            case DOSE_CELLS_PER_KG -> CellValues.positiveList(column, value);
            case TIMING_DAYS, FOLLOWUP_MONTHS -> CellValues.nonNegative(column, value);
            case BODY_WEIGHT_KG -> {
                // Mean or median weight of adult participants: outside this range it is a typo or another unit.
                OptionalDouble w = CellValues.number(column, value);
                if (w.getAsDouble() < MIN_BODY_WEIGHT_KG || w.getAsDouble() > MAX_BODY_WEIGHT_KG) {
                    throw RowProblem.at(column, "the participants' mean body weight in kg, between "
                            + (int) MIN_BODY_WEIGHT_KG + " and " + (int) MAX_BODY_WEIGHT_KG, value);
                }
            }
            case ORIGIN -> {
                if (origin(value) == null) {
                    throw RowProblem.at(column, "autologous or allogeneic", value);
                }
            }
            default -> {
                // Free text.
            }
        }
    }

    private ArmOutcomeResult result(List<String> cells) throws RowProblem {
        String outcome = header.cell(cells, SheetColumn.OUTCOME);
        if (outcome.isEmpty()) {
            throw RowProblem.at(SheetColumn.OUTCOME, "an outcome name such as mrs or death", "");
        }
        String arm = header.cell(cells, SheetColumn.ARM);
        if (arm.isEmpty()) {
            throw RowProblem.at(SheetColumn.ARM, "an arm label such as cell or control", "");
        }
        OptionalInt n = CellValues.count(SheetColumn.N, header.cell(cells, SheetColumn.N));
        OptionalInt events = CellValues.count(SheetColumn.EVENTS, header.cell(cells, SheetColumn.EVENTS));
        OptionalDouble median = CellValues.number(SheetColumn.MEDIAN, header.cell(cells, SheetColumn.MEDIAN));
        OptionalDouble q1 = CellValues.number(SheetColumn.Q1, header.cell(cells, SheetColumn.Q1));
        OptionalDouble q3 = CellValues.number(SheetColumn.Q3, header.cell(cells, SheetColumn.Q3));
        ArmOutcomeResult.CountKind kind = countKind(header.cell(cells, SheetColumn.EVENTS_KIND), outcome);
        ArmOutcomeResult.ValueKind valueKind = valueKind(header.cell(cells, SheetColumn.VALUE_TYPE));
        if (kind == ArmOutcomeResult.CountKind.PATIENTS && events.isPresent() && n.isPresent()
                && events.getAsInt() > n.getAsInt()) {
            throw RowProblem.at(SheetColumn.EVENTS, "at most n (" + n.getAsInt() + ") because it counts patients"
                    + " (name the outcome ..._events or set events_kind to events for event counts)",
                    header.cell(cells, SheetColumn.EVENTS));
        }
        if (q1.isPresent() && q3.isPresent() && q1.getAsDouble() > q3.getAsDouble()) {
            throw RowProblem.at(SheetColumn.Q1, "at most q3 (" + header.cell(cells, SheetColumn.Q3) + ")",
                    header.cell(cells, SheetColumn.Q1));
        }
        if (median.isPresent() && ((q1.isPresent() && q1.getAsDouble() > median.getAsDouble())
                || (q3.isPresent() && q3.getAsDouble() < median.getAsDouble()))) {
            throw RowProblem.at(SheetColumn.MEDIAN, "a value between q1 and q3",
                    header.cell(cells, SheetColumn.MEDIAN));
        }
        try {
            return new ArmOutcomeResult(outcome,
                    CellValues.nonNegative(SheetColumn.TIMEPOINT_DAYS, header.cell(cells, SheetColumn.TIMEPOINT_DAYS)),
                    CellValues.text(header.cell(cells, SheetColumn.TIMEPOINT_AS_PRINTED)),
                    arm, n,
                    CellValues.number(SheetColumn.MEAN, header.cell(cells, SheetColumn.MEAN)),
                    CellValues.nonNegative(SheetColumn.SD, header.cell(cells, SheetColumn.SD)),
                    median, q1, q3, events, kind, valueKind,
                    CellValues.text(header.cell(cells, SheetColumn.STATISTIC_AS_PRINTED)),
                    CellValues.list(header.cell(cells, SheetColumn.SOURCE_REF)),
                    CellValues.text(header.cell(cells, SheetColumn.TABLE_OR_PAGE)),
                    CellValues.text(header.cell(cells, SheetColumn.NOTES)), estimate(cells));
        } catch (IllegalArgumentException e) {
            throw new RowProblem(e.getMessage());
        }
    }

    /** A study-level estimate with its standard error or confidence interval, when the row gives one. */
    private Optional<EffectEstimate> estimate(List<String> cells) throws RowProblem {
        String effect = header.cell(cells, SheetColumn.EFFECT);
        String se = header.cell(cells, SheetColumn.EFFECT_SE);
        String lower = header.cell(cells, SheetColumn.EFFECT_CI_LOWER);
        String upper = header.cell(cells, SheetColumn.EFFECT_CI_UPPER);
        String level = header.cell(cells, SheetColumn.EFFECT_CI_LEVEL);
        if (effect.isEmpty() && se.isEmpty() && lower.isEmpty() && upper.isEmpty() && level.isEmpty()) {
            return Optional.empty();
        }
        if (effect.isEmpty()) {
            throw RowProblem.at(SheetColumn.EFFECT, "the study's estimate, as the row gives its standard error or"
                    + " confidence interval", "");
        }
        double e = CellValues.number(SheetColumn.EFFECT, effect).getAsDouble();
        OptionalDouble s = CellValues.number(SheetColumn.EFFECT_SE, se);
        if (s.isPresent() && !(s.getAsDouble() > 0)) {
            throw RowProblem.at(SheetColumn.EFFECT_SE, "a standard error > 0", se);
        }
        OptionalDouble lo = CellValues.number(SheetColumn.EFFECT_CI_LOWER, lower);
        OptionalDouble hi = CellValues.number(SheetColumn.EFFECT_CI_UPPER, upper);
        if (lo.isPresent() != hi.isPresent()) {
            SheetColumn missing = lo.isEmpty() ? SheetColumn.EFFECT_CI_LOWER : SheetColumn.EFFECT_CI_UPPER;
            throw RowProblem.at(missing, "both bounds of the confidence interval", "");
        }
        if (s.isEmpty() && lo.isEmpty()) {
            throw RowProblem.at(SheetColumn.EFFECT_SE, "the estimate's standard error, or its confidence interval in"
                    + " effect_ci_lower and effect_ci_upper (neither is given, so the estimate cannot be weighted)", "");
        }
        if (lo.isPresent() && !(lo.getAsDouble() <= e && e <= hi.getAsDouble())) {
            throw RowProblem.at(SheetColumn.EFFECT_CI_LOWER, "a confidence interval that contains the estimate ("
                    + effect + ")", lower + " to " + upper);
        }
        OptionalDouble l = CellValues.number(SheetColumn.EFFECT_CI_LEVEL, level);
        if (l.isPresent() && lo.isEmpty()) {
            throw RowProblem.at(SheetColumn.EFFECT_CI_LEVEL, "empty, as the row gives no confidence interval", level);
        }
        if (l.isPresent() && !(l.getAsDouble() > 0 && l.getAsDouble() < 100)) {
            throw RowProblem.at(SheetColumn.EFFECT_CI_LEVEL, "a level in percent between 0 and 100, such as 95",
                    level);
        }
        return Optional.of(new EffectEstimate(e, s, lo, hi, l.orElse(95)));
    }

    /** The arm's treatment as this row names it; an arm has one treatment on all its rows. */
    private Optional<String> treatment(List<String> cells, String arm) throws RowProblem {
        String given = header.cell(cells, SheetColumn.TREATMENT);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        String known = armTreatments.get(arm);
        if (known != null && !known.equals(given)) {
            throw RowProblem.at(SheetColumn.TREATMENT, "the treatment arm '" + arm + "' has on earlier rows ('"
                    + known + "')", given);
        }
        return Optional.of(given);
    }

    private ExtractedArm.Role role(List<String> cells, String arm) throws RowProblem {
        String given = header.cell(cells, SheetColumn.ARM_ROLE);
        ExtractedArm.Role role;
        if (given.isEmpty()) {
            role = armRoles.containsKey(arm) ? armRoles.get(arm)
                    : ExtractedArm.Role.parse(arm).orElse(ExtractedArm.Role.OTHER);
        } else {
            role = ExtractedArm.Role.parse(given).orElseThrow(() -> RowProblem.at(SheetColumn.ARM_ROLE,
                    "cell, control or other", given));
        }
        ExtractedArm.Role known = armRoles.get(arm);
        if (known != null && known != role) {
            throw RowProblem.at(SheetColumn.ARM_ROLE, "the role arm '" + arm + "' has on earlier rows ("
                    + known.name().toLowerCase(Locale.ROOT) + ")", given);
        }
        return role;
    }

    private static ArmOutcomeResult.CountKind countKind(String given, String outcome) throws RowProblem {
        if (given.isEmpty()) {
            return ArmOutcomeResult.CountKind.forOutcome(outcome);
        }
        return switch (given.toLowerCase(Locale.ROOT)) {
            case "patients", "participants" -> ArmOutcomeResult.CountKind.PATIENTS;
            case "events" -> ArmOutcomeResult.CountKind.EVENTS;
            default -> throw RowProblem.at(SheetColumn.EVENTS_KIND, "patients or events", given);
        };
    }

    private static ArmOutcomeResult.ValueKind valueKind(String given) throws RowProblem {
        return switch (given.toLowerCase(Locale.ROOT)) {
            case "", "final" -> ArmOutcomeResult.ValueKind.FINAL;
            case "change" -> ArmOutcomeResult.ValueKind.CHANGE;
            default -> throw RowProblem.at(SheetColumn.VALUE_TYPE,
                    "final or change (change from baseline); empty means final", given);
        };
    }

    private static InterventionDetails.Origin origin(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "autologous" -> InterventionDetails.Origin.AUTOLOGOUS;
            case "allogeneic", "allogenic" -> InterventionDetails.Origin.ALLOGENEIC;
            default -> null;
        };
    }

    private String get(SheetColumn column) {
        Attribute a = attributes.get(column);
        return a == null ? "" : a.value();
    }

    private Optional<String> text(SheetColumn column) {
        return CellValues.text(get(column));
    }
}
