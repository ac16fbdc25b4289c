package org.evsyn.ingest.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each named column sits in one CSV download. Users choose and order the columns on the website, so the
 * adapter looks every value up by header name, never by position.
 */
final class CtgovCsvColumns {

    static final String NCT_NUMBER = "NCT Number";
    static final String STUDY_TITLE = "Study Title";
    static final String ACRONYM = "Acronym";
    static final String STUDY_STATUS = "Study Status";
    static final String STUDY_RESULTS = "Study Results";
    static final String CONDITIONS = "Conditions";
    static final String INTERVENTIONS = "Interventions";
    static final String SPONSOR = "Sponsor";
    static final String PHASES = "Phases";
    static final String ENROLLMENT = "Enrollment";
    static final String STUDY_TYPE = "Study Type";
    static final String STUDY_DESIGN = "Study Design";
    static final String OTHER_IDS = "Other IDs";
    static final String START_DATE = "Start Date";
    static final String PRIMARY_COMPLETION_DATE = "Primary Completion Date";
    static final String COMPLETION_DATE = "Completion Date";
    static final String FIRST_POSTED = "First Posted";
    static final String LAST_UPDATE_POSTED = "Last Update Posted";
    static final String LOCATIONS = "Locations";

    private final List<String> headers;
    private final Map<String, Integer> index;

    private CtgovCsvColumns(List<String> headers, Map<String, Integer> index) {
        this.headers = List.copyOf(headers);
        this.index = Map.copyOf(index);
    }

    /** Indexes a header row; names are trimmed, and the first of two equal names wins. */
    static CtgovCsvColumns of(List<String> headerCells) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < headerCells.size(); i++) {
            index.putIfAbsent(headerCells.get(i).strip(), i);
        }
        return new CtgovCsvColumns(headerCells, index);
    }

    boolean has(String name) {
        return index.containsKey(name);
    }

    /** The header cells as found, for messages. */
    List<String> headers() {
        return headers;
    }

    int size() {
        return headers.size();
    }

    /** The cell under {@code name}, trimmed; empty when the column is absent or the cell blank. */
    Optional<String> get(List<String> cells, String name) {
        Integer i = index.get(name);
        return i == null ? Optional.empty() : RegistryText.nonBlank(cells.get(i));
    }
}
