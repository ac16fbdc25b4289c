package org.evsyn.ingest.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns an extraction sheet may have, matched by header name (case, spaces and hyphens ignored; a few
 * aliases accepted). Study columns describe the study and may repeat on every row of a long sheet; row columns
 * describe one arm's result for one outcome at one time point.
 */
enum SheetColumn {
    TRIAL(Scope.KEY, "trial", "study", "study_id", "trial_id", "trial_name", "study_name"),

    FIRST_AUTHOR(Scope.STUDY, "first_author", "author"),
    YEAR(Scope.STUDY, "year", "publication_year"),
    REGISTRY_ID(Scope.STUDY, "registry_id", "registry_ids", "registration"),
    COUNTRY(Scope.STUDY, "country", "countries"),
    PHASE(Scope.STUDY, "phase"),
    BLINDING(Scope.STUDY, "blinding", "masking"),
    // What the intervention arms received; the cell-therapy names came first and stay the documented ones.
    AGENT(Scope.STUDY, "cell_type", "agent"),
    ORIGIN(Scope.STUDY, "cell_source", "origin"),
    ROUTE(Scope.STUDY, "route"),
    DOSE_AS_PRINTED(Scope.STUDY, "dose_as_printed", "dose"),
    DOSE_CELLS_PER_KG(Scope.STUDY, "dose_cells_per_kg"),
    BODY_WEIGHT_KG(Scope.STUDY, "body_weight_kg"),
    TIMING_AS_PRINTED(Scope.STUDY, "timing_days_as_printed", "timing_as_printed", "timing"),
    TIMING_DAYS(Scope.STUDY, "timing_days"),
    STAGE(Scope.STUDY, "stage"),
    FOLLOWUP_MONTHS(Scope.STUDY, "followup_months", "follow_up_months"),
    N_CELL(Scope.STUDY, "n_cell"),
    N_CONTROL(Scope.STUDY, "n_control"),
    N_BASIS(Scope.STUDY, "n_basis"),
    STUDY_SOURCE_REF(Scope.STUDY, "study_source_ref"),
    STUDY_NOTES(Scope.STUDY, "study_notes"),

    OUTCOME(Scope.ROW, "outcome", "outcome_name"),
    TIMEPOINT_DAYS(Scope.ROW, "timepoint_days", "time_point_days"),
    TIMEPOINT_AS_PRINTED(Scope.ROW, "timepoint_as_printed", "time_point_as_printed", "timepoint"),
    ARM(Scope.ROW, "arm", "arm_label"),
    ARM_ROLE(Scope.ROW, "arm_role", "role"),
    TREATMENT(Scope.ROW, "treatment", "arm_treatment"),
    N(Scope.ROW, "n"),
    MEAN(Scope.ROW, "mean"),
    SD(Scope.ROW, "sd"),
    MEDIAN(Scope.ROW, "median"),
    Q1(Scope.ROW, "q1"),
    Q3(Scope.ROW, "q3"),
    EVENTS(Scope.ROW, "events"),
    EVENTS_KIND(Scope.ROW, "events_kind"),
    VALUE_TYPE(Scope.ROW, "value_type"),
    EFFECT(Scope.ROW, "effect"),
    EFFECT_SE(Scope.ROW, "effect_se"),
    EFFECT_CI_LOWER(Scope.ROW, "effect_ci_lower"),
    EFFECT_CI_UPPER(Scope.ROW, "effect_ci_upper"),
    EFFECT_CI_LEVEL(Scope.ROW, "effect_ci_level"),
    STATISTIC_AS_PRINTED(Scope.ROW, "statistic_as_printed"),
    TABLE_OR_PAGE(Scope.ROW, "table_or_page"),

    // Meaning depends on the sheet: the study's in a trials sheet, the row's in an outcomes or combined sheet.
    SOURCE_REF(Scope.SHARED, "source_ref", "source_refs"),
    NOTES(Scope.SHARED, "notes", "note");

    /** What a column describes. */
    enum Scope { KEY, STUDY, ROW, SHARED }

    /** Prefix of reviewers' own columns, which are kept in the verbatim rows and otherwise ignored. */
    static final String CUSTOM_PREFIX = "x_";

    private final Scope scope;
    private final List<String> names;

    SheetColumn(Scope scope, String... names) {
        this.scope = scope;
        this.names = List.of(names);
    }

    Scope scope() {
        return scope;
    }

    /** The name documented for the column. */
    String header() {
        return names.get(0);
    }

    /** Header text normalised for matching: trimmed, lower case, spaces and hyphens as underscores. */
    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }

    /** The column a header names, if any. */
    static Optional<SheetColumn> forHeader(String header) {
        String h = normalise(header);
        for (SheetColumn c : values()) {
            if (c.names.contains(h)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The known column name closest to an unknown header, for "did you mean" hints. */
    static Optional<String> closest(String header) {
        String h = normalise(header);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (SheetColumn c : values()) {
            for (String name : c.names) {
                int d = distance(h, name);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = name;
                }
            }
        }
        return bestDistance <= Math.max(2, h.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
