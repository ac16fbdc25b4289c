package org.evsyn.ingest.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsyn.core.domain.PartialDate;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.StudyDesign;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.ingest.registry.IctrpRegistries.Entry;
import org.evsyn.ingest.registry.RegistryDates.NumericLayout;

/**
 * One ICTRP {@code <Trial>} to a registration. Element names are the export's own, misspellings included
 * ({@code Date_enrollement}); every element is optional except {@code TrialID}. Text is trimmed and runs of white
 * space folded (the export pads {@code Scientific_title} with hundreds of spaces); the verbatim record keeps it all.
 */
final class IctrpTrialMapper {

    // Labelled parts are separated by ". " (Allocation: Randomized. Masking: ...) or ", " before the next label;
    // a comma inside "Single (Participant, Investigator)" is not followed by a label and does not split.
    private static final String LABEL_SEPARATOR = "(?:\\.|,)\\s+(?=[A-Za-z][A-Za-z ]*:)|\\.\\s*$";
    private static final Pattern HTML_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern ARM_SIZE = Pattern.compile("[^:;]*:\\s*(\\d{1,9})\\s*");

    private IctrpTrialMapper() {
    }

    /**
     * The trial id.
     *
     * @throws InvalidRecordException when {@code TrialID} is missing
     */
    static String trialId(XmlNode trial) {
        return trial.text("TrialID").orElseThrow(() -> new InvalidRecordException("TrialID", "is missing"));
    }

    /**
     * @throws InvalidRecordException naming the element when a value is unusable
     */
    static TrialRecord map(XmlNode trial) {
        String id = trialId(trial);
        Optional<Entry> entry = IctrpRegistries.forTrialId(id);
        String registry = entry.map(Entry::code).or(() -> text(trial, "Source_Register"))
                .orElseThrow(() -> new InvalidRecordException("TrialID",
                        "prefix of \"" + id + "\" is no known registry and Source_Register is empty"));
        IctrpInterventions arms = IctrpInterventions.parse(trial.text("Intervention").orElse(""));
        OptionalInt targetSize = targetSize(trial.text("Target_size").orElse(""));
        Registration registration = new Registration(
                registry,
                id,
                SecondaryIds.of(secondaryIds(trial), id),
                text(trial, "Public_title").orElse(""),
                text(trial, "Scientific_title"),
                text(trial, "Acronym"),
                text(trial, "Recruitment_Status"),
                Optional.empty(),
                RegistryText.phases(trial.text("Phase").orElse("")),
                design(trial),
                targetSize,
                targetSize.isPresent() ? Optional.of("ESTIMATED") : Optional.empty(), // a target, not a count
                // Free text ("January 1996", "January 25, 2020", "2020-02-01"): what does not parse stays unknown.
                RegistryDates.parseText(trial.text("Date_enrollement").or(() -> trial.text("Date_enrolment"))
                        .orElse("")),
                Optional.empty(),
                Optional.empty(),
                registrationDate(trial, entry.map(Entry::layout)),
                // ICTRP's own refresh of the record, the closest it has to a last-update date.
                RegistryDates.parseText(trial.text("Last_Refreshed_on").orElse("")),
                RegistryText.splitDistinct(text(trial, "Condition").orElse(""), ";"),
                text(trial, "Primary_sponsor"),
                RegistryText.splitDistinct(text(trial, "Countries").orElse(""), ";"),
                List.of(),
                hasResults(trial));
        return TrialRecord.registrationOnly(registration, arms.arms(), arms.interventions());
    }

    /**
     * {@code Date_registration} in the source registry's layout, checked against {@code Date_registration3}
     * ({@code YYYYMMDD}) when both are present; the latter stands in when the former is absent.
     */
    static Optional<PartialDate> registrationDate(XmlNode trial, Optional<NumericLayout> layout) {
        Optional<String> given = trial.text("Date_registration");
        Optional<PartialDate> compact = trial.text("Date_registration3").flatMap(NumericLayout.COMPACT::parse);
        if (given.isEmpty()) {
            return compact;
        }
        Optional<PartialDate> parsed = layout.isPresent() ? layout.get().parse(given.get())
                : PartialDate.parseIso(given.get());
        if (parsed.isEmpty()) {
            if (compact.isPresent()) {
                return compact;
            }
            throw new InvalidRecordException("Date_registration", "\"" + given.get() + "\" is not in the layout "
                    + layout.map(Enum::name).orElse("ISO") + " this registry uses, and Date_registration3 is empty");
        }
        if (compact.isPresent() && !compact.equals(parsed)) {
            throw new InvalidRecordException("Date_registration", "\"" + given.get() + "\" read as "
                    + parsed.get() + " disagrees with Date_registration3 " + compact.get());
        }
        return parsed;
    }

    /**
     * A single number (ClinicalTrials.gov) or the sum of ChiCTR's per-arm sizes
     * {@code "Experimental group:100;Control group:100;"}; empty for anything else.
     */
    static OptionalInt targetSize(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        if (t.matches("\\d{1,9}")) {
            return OptionalInt.of(Integer.parseInt(t));
        }
        long sum = 0;
        int parts = 0;
        for (String part : t.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = ARM_SIZE.matcher(part);
            if (!m.matches()) {
                return OptionalInt.empty(); // free text: no number to trust
            }
            sum += Long.parseLong(m.group(1));
            parts++;
        }
        return parts > 0 && sum <= Integer.MAX_VALUE ? OptionalInt.of((int) sum) : OptionalInt.empty();
    }

    private static StudyDesign design(XmlNode trial) {
        Optional<String> studyType = trial.text("Study_type").map(IctrpTrialMapper::studyType);
        String text = trial.text("Study_design").orElse("");
        Map<String, String> parts = StudyDesignText.parts(text, LABEL_SEPARATOR);
        if (!parts.isEmpty()) {
            return StudyDesignText.fromParts(studyType, parts);
        }
        return unlabelled(studyType, text.toLowerCase(Locale.ROOT));
    }

    // ChiCTR's designs are short phrases ("Parallel", "Single arm", "Non randomized control"); only words that
    // say one thing are read, anything else stays unknown.
    private static StudyDesign unlabelled(Optional<String> studyType, String t) {
        Optional<String> allocation = t.contains("non random") || t.contains("non-random") || t.contains("nonrandom")
                ? Optional.of("NON_RANDOMIZED")
                : t.contains("random") ? Optional.of("RANDOMIZED") : Optional.empty();
        Optional<String> model = t.contains("single arm") || t.contains("single-arm") ? Optional.of("SINGLE_GROUP")
                : t.contains("parallel") ? Optional.of("PARALLEL")
                : t.contains("cross-over") || t.contains("crossover") ? Optional.of("CROSSOVER")
                : t.contains("factorial") ? Optional.of("FACTORIAL")
                : t.contains("sequential") ? Optional.of("SEQUENTIAL")
                : Optional.empty();
        return new StudyDesign(studyType, allocation, model, Optional.empty(), Optional.empty(), List.of());
    }

    // "Interventional study" (ChiCTR) and "Interventional" (ClinicalTrials.gov) are the same type.
    private static String studyType(String text) {
        String c = RegistryText.code(text);
        c = c.endsWith("_STUDY") ? c.substring(0, c.length() - "_STUDY".length()) : c;
        return c.startsWith("OBSERVATIONAL") ? "OBSERVATIONAL" : c;
    }

    // Newer exports carry Secondary_ID; the full CSV export names it SecondaryIDs.
    private static List<String> secondaryIds(XmlNode trial) {
        List<String> out = new ArrayList<>();
        for (String element : List.of("Secondary_ID", "SecondaryIDs", "Secondary_IDs")) {
            for (String value : trial.texts(element)) {
                out.addAll(RegistryText.splitDistinct(value, ";"));
            }
        }
        return out;
    }

    private static boolean hasResults(XmlNode trial) {
        return trial.text("results_yes_no").map(v -> v.equalsIgnoreCase("yes")).orElse(false)
                || trial.text("results_url_link").isPresent();
    }

    // Exports carry HTML line breaks as escaped text ("&lt;br&gt;"), which the parser turns into "<br>".
    private static Optional<String> text(XmlNode trial, String element) {
        return trial.text(element).map(t -> HTML_BREAK.matcher(t).replaceAll(" ")).flatMap(RegistryText::nonBlank)
                .map(RegistryText::collapse);
    }
}
