package org.evsyn.ingest.registry;

import static org.evsyn.ingest.registry.CtgovCsvColumns.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsyn.core.domain.Intervention;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.StudyDesign;
import org.evsyn.core.domain.TrialRecord;

/** One data row of a ClinicalTrials.gov CSV download to a registration (the download carries no results). */
final class CtgovCsvMapper {

    static final Pattern NCT_ID = Pattern.compile("NCT\\d{8}");
    // "DRUG: Sotatercept", "DIETARY_SUPPLEMENT: Vitamin D"; the type is a v2 code.
    private static final Pattern TYPED_INTERVENTION = Pattern.compile("([A-Z][A-Z_]*):\\s*(\\S.*)", Pattern.DOTALL);

    private final CtgovCsvColumns columns;

    CtgovCsvMapper(CtgovCsvColumns columns) {
        this.columns = columns;
    }

    /**
     * @throws InvalidRecordException naming the column when a value is unusable
     */
    TrialRecord map(List<String> cells) {
        String nctId = nctId(cells);
        StudyDesign design = StudyDesignText.fromParts(get(cells, STUDY_TYPE),
                StudyDesignText.parts(get(cells, STUDY_DESIGN).orElse(""), "\\|"));
        Registration registration = new Registration(
                "ClinicalTrials.gov",
                nctId,
                SecondaryIds.of(list(cells, OTHER_IDS), nctId),
                get(cells, STUDY_TITLE).orElse(""),
                Optional.empty(),
                get(cells, ACRONYM),
                get(cells, STUDY_STATUS),
                Optional.empty(),
                RegistryText.phases(get(cells, PHASES).orElse("")),
                design,
                RegistryText.wholeNumber(ENROLLMENT, get(cells, ENROLLMENT).orElse("")),
                Optional.empty(), // the download does not say whether the count is actual or estimated
                RegistryDates.required(START_DATE, get(cells, START_DATE).orElse("")),
                RegistryDates.required(PRIMARY_COMPLETION_DATE, get(cells, PRIMARY_COMPLETION_DATE).orElse("")),
                RegistryDates.required(COMPLETION_DATE, get(cells, COMPLETION_DATE).orElse("")),
                RegistryDates.required(FIRST_POSTED, get(cells, FIRST_POSTED).orElse("")),
                RegistryDates.required(LAST_UPDATE_POSTED, get(cells, LAST_UPDATE_POSTED).orElse("")),
                list(cells, CONDITIONS),
                get(cells, SPONSOR),
                countries(cells),
                List.of(),
                get(cells, STUDY_RESULTS).map(v -> v.equalsIgnoreCase("YES")).orElse(false));
        return TrialRecord.registrationOnly(registration, List.of(), interventions(cells));
    }

    /**
     * The row's NCT number.
     *
     * @throws InvalidRecordException when blank or not shaped like NCT followed by eight digits
     */
    String nctId(List<String> cells) {
        String id = get(cells, NCT_NUMBER).orElseThrow(() -> new InvalidRecordException(NCT_NUMBER, "is blank"));
        if (!NCT_ID.matcher(id).matches()) {
            throw new InvalidRecordException(NCT_NUMBER, "expected NCT followed by 8 digits, got \"" + id + "\"");
        }
        return id;
    }

    private Optional<String> get(List<String> cells, String column) {
        return columns.get(cells, column);
    }

    private List<String> list(List<String> cells, String column) {
        return RegistryText.splitDistinct(get(cells, column).orElse(""), "\\|");
    }

    private List<Intervention> interventions(List<String> cells) {
        List<Intervention> out = new ArrayList<>();
        for (String item : list(cells, INTERVENTIONS)) {
            Matcher m = TYPED_INTERVENTION.matcher(item);
            if (m.matches()) {
                out.add(new Intervention(m.group(2).strip(), Optional.of(m.group(1)), Optional.empty(), List.of(),
                        List.of()));
            } else {
                out.add(new Intervention(item, Optional.empty(), Optional.empty(), List.of(), List.of()));
            }
        }
        return out;
    }

    // Each location is "Facility, City, State, Zip, Country"; facility names hold commas, the country is last.
    private List<String> countries(List<String> cells) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String location : list(cells, LOCATIONS)) {
            int comma = location.lastIndexOf(',');
            String country = location.substring(comma + 1).strip();
            if (!country.isEmpty()) {
                out.add(country);
            }
        }
        return List.copyOf(out);
    }
}
