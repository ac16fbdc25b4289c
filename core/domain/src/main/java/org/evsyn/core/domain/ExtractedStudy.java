package org.evsyn.core.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One study as reviewers extracted it from publications: characteristics, arms and per-arm outcome results.
 * It is the payload of the {@code extraction-csv} format, one per study id in a sheet.
 *
 * <p>Reviewers may keep characteristics and outcomes in two sheets (a trials sheet and a long-format outcomes
 * sheet) or in one combined sheet; {@link #part()} says which the payload came from, and {@link #merge} joins a
 * characteristics payload and an outcomes payload of the same study. Missing values stay missing: every
 * attribute a sheet can leave empty is an {@code Optional}.
 *
 * @param studyId              the study's id in the sheet (e.g. {@code TREASURE}); also the external id
 * @param part                 which part of the extraction this payload carries
 * @param firstAuthor          first author of the main report
 * @param year                 publication year of the main report
 * @param registryIdsAsPrinted the registry id cell as written, which may hold several ids and comments
 * @param registryIds          registry ids recognised in it, normalised (e.g. {@code NCT02961504})
 * @param country              country or countries as written
 * @param phase                phase as written (e.g. "2/3", "I/IIa")
 * @param blinding             blinding and control as written
 * @param intervention         what the intervention arms received: agent, origin, route, dose and timing;
 *                             {@code dosePerKg} is set only when there is exactly one per-kg dose
 * @param dosesPerKg           every per-kg dose (in the agent's unit, e.g. cells/kg), one per dose arm, in sheet order
 * @param bodyWeightKg         mean (or median) participant body weight the paper reports, in kg; what a printed
 *                             total dose is divided by to give a per-kg dose when none is printed
 * @param stageAsGiven         the condition's stage at treatment as the sheet gives it (e.g. "acute"); what it
 *                             means is for the attribute pack of the review's domain
 * @param followupMonths       follow-up in months
 * @param arms                 the arms, labels unique; every result refers to one of them
 * @param nBasis               what the arm sizes are (randomised, treated, analysed, from a secondary table)
 * @param results              per-arm outcome results in sheet order
 * @param sourceRefs           ids of the sources the characteristics were copied from
 * @param notes                reviewer's caveats on the study
 * @param customColumns        the reviewers' own {@code x_} columns: column name (lower case, spaces and hyphens as
 *                             underscores) to the first non-empty cell of the study's rows; the values of the
 *                             attributes a review plan declares
 */
public record ExtractedStudy(
        String studyId,
        Part part,
        Optional<String> firstAuthor,
        OptionalInt year,
        Optional<String> registryIdsAsPrinted,
        List<String> registryIds,
        Optional<String> country,
        Optional<String> phase,
        Optional<String> blinding,
        InterventionDetails intervention,
        List<Double> dosesPerKg,
        OptionalDouble bodyWeightKg,
        Optional<String> stageAsGiven,
        OptionalDouble followupMonths,
        List<ExtractedArm> arms,
        Optional<String> nBasis,
        List<ArmOutcomeResult> results,
        List<String> sourceRefs,
        Optional<String> notes,
        Map<String, String> customColumns) implements RecordPayload {

    /** Which part of an extraction a payload carries. */
    public enum Part {
        /** Study characteristics and arm sizes only (a trials sheet). */
        CHARACTERISTICS,
        /** Outcome results only (an outcomes sheet); the characteristics are empty. */
        OUTCOMES,
        /** Both (a combined sheet, or two parts merged). */
        COMBINED
    }

    public ExtractedStudy {
        Registration.requireText(studyId, "studyId");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(firstAuthor, "firstAuthor");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(registryIdsAsPrinted, "registryIdsAsPrinted");
        registryIds = List.copyOf(registryIds);
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(blinding, "blinding");
        Objects.requireNonNull(intervention, "intervention");
        dosesPerKg = List.copyOf(dosesPerKg);
        Objects.requireNonNull(bodyWeightKg, "bodyWeightKg");
        Objects.requireNonNull(stageAsGiven, "stageAsGiven");
        Objects.requireNonNull(followupMonths, "followupMonths");
        arms = List.copyOf(arms);
        Objects.requireNonNull(nBasis, "nBasis");
        results = List.copyOf(results);
        sourceRefs = List.copyOf(sourceRefs);
        Objects.requireNonNull(notes, "notes");
        // Sorted, so the record prints the same way on every run.
        customColumns = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(customColumns));
        if (year.isPresent() && (year.getAsInt() < 1800 || year.getAsInt() > 2200)) {
            throw new IllegalArgumentException(studyId + ": year out of range: " + year.getAsInt());
        }
        for (double d : dosesPerKg) {
            if (!(d > 0) || !Double.isFinite(d)) {
                throw new IllegalArgumentException(studyId + ": dose per kg must be positive: " + d);
            }
        }
        if (bodyWeightKg.isPresent()
                && (!(bodyWeightKg.getAsDouble() > 0) || !Double.isFinite(bodyWeightKg.getAsDouble()))) {
            throw new IllegalArgumentException(studyId + ": body weight must be positive: "
                    + bodyWeightKg.getAsDouble());
        }
        if (followupMonths.isPresent() && !(followupMonths.getAsDouble() >= 0)) {
            throw new IllegalArgumentException(studyId + ": follow-up must not be negative");
        }
        Set<String> labels = new HashSet<>();
        for (ExtractedArm arm : arms) {
            if (!labels.add(arm.label())) {
                throw new IllegalArgumentException(studyId + ": arm label used twice: " + arm.label());
            }
        }
        for (ArmOutcomeResult r : results) {
            if (!labels.contains(r.armLabel())) {
                throw new IllegalArgumentException(studyId + ": result for unknown arm " + r.armLabel());
            }
        }
    }

    /** A study without reviewers' own columns. */
    public ExtractedStudy(String studyId, Part part, Optional<String> firstAuthor, OptionalInt year,
                          Optional<String> registryIdsAsPrinted, List<String> registryIds, Optional<String> country,
                          Optional<String> phase, Optional<String> blinding,
                          InterventionDetails intervention,
                          List<Double> dosesPerKg, OptionalDouble bodyWeightKg, Optional<String> stageAsGiven,
                          OptionalDouble followupMonths, List<ExtractedArm> arms, Optional<String> nBasis,
                          List<ArmOutcomeResult> results, List<String> sourceRefs, Optional<String> notes) {
        this(studyId, part, firstAuthor, year, registryIdsAsPrinted, registryIds, country, phase, blinding, intervention,
                dosesPerKg, bodyWeightKg, stageAsGiven, followupMonths, arms, nBasis, results, sourceRefs, notes,
                Map.of());
    }

    /** This study with other results (everything else kept, the reviewers' own columns included). */
    public ExtractedStudy withResults(List<ArmOutcomeResult> newResults) {
        return new ExtractedStudy(studyId, part, firstAuthor, year, registryIdsAsPrinted, registryIds, country, phase,
                blinding, intervention, dosesPerKg, bodyWeightKg, stageAsGiven, followupMonths,
                arms, nBasis, newResults,
                sourceRefs, notes, customColumns);
    }

    /** This study with other arms (everything else kept); every result must still name one of them. */
    public ExtractedStudy withArms(List<ExtractedArm> newArms) {
        return new ExtractedStudy(studyId, part, firstAuthor, year, registryIdsAsPrinted, registryIds, country, phase,
                blinding, intervention, dosesPerKg, bodyWeightKg, stageAsGiven, followupMonths,
                newArms, nBasis, results,
                sourceRefs, notes, customColumns);
    }

    /** This study with these reviewers' own columns. */
    public ExtractedStudy withCustomColumns(Map<String, String> columns) {
        return new ExtractedStudy(studyId, part, firstAuthor, year, registryIdsAsPrinted, registryIds, country, phase,
                blinding, intervention, dosesPerKg, bodyWeightKg, stageAsGiven, followupMonths,
                arms, nBasis, results,
                sourceRefs, notes, columns);
    }

    @Override
    public String externalId() {
        return studyId;
    }

    /** The arm with this label, if any. */
    public Optional<ExtractedArm> arm(String label) {
        return arms.stream().filter(a -> a.label().equals(label)).findFirst();
    }

    /**
     * The treatment an arm of this study received: the one the source names, else, for the experimental arm of a
     * study with an agent (e.g. a cell type), that agent. A control arm gets no name the source did not give.
     *
     * @param arm one of this study's arms
     * @return the treatment's short name, or empty
     */
    public Optional<String> treatment(ExtractedArm arm) {
        if (arm.treatment().isPresent() || arm.role() != ExtractedArm.Role.EXPERIMENTAL) {
            return arm.treatment();
        }
        return intervention.agent();
    }

    /**
     * Joins two payloads of the same study, typically the characteristics from a trials sheet and the results
     * from an outcomes sheet. Attributes come from this payload where present, else from {@code other}; arms are
     * united by label (an arm size or treatment present in either is kept); results are this payload's followed by the other's.
     *
     * @throws IllegalArgumentException when the study ids differ, or both give different sizes or treatments for
     *                                  one arm
     */
    public ExtractedStudy merge(ExtractedStudy other) {
        if (!studyId.equals(other.studyId)) {
            throw new IllegalArgumentException("cannot merge " + studyId + " with " + other.studyId);
        }
        Map<String, ExtractedArm> byLabel = new LinkedHashMap<>();
        for (ExtractedArm a : arms) {
            byLabel.put(a.label(), a);
        }
        for (ExtractedArm b : other.arms) {
            ExtractedArm a = byLabel.get(b.label());
            if (a == null) {
                byLabel.put(b.label(), b);
                continue;
            }
            if (a.n().isPresent() && b.n().isPresent() && b.n().getAsInt() != a.n().getAsInt()) {
                throw new IllegalArgumentException(studyId + ": arm " + a.label() + " has n " + a.n().getAsInt()
                        + " in one part and " + b.n().getAsInt() + " in the other");
            }
            if (a.treatment().isPresent() && b.treatment().isPresent() && !a.treatment().equals(b.treatment())) {
                throw new IllegalArgumentException(studyId + ": arm " + a.label() + " has treatment "
                        + a.treatment().get() + " in one part and " + b.treatment().get() + " in the other");
            }
            byLabel.put(a.label(), new ExtractedArm(a.label(), a.role(), a.n().isPresent() ? a.n() : b.n(),
                    a.treatment().or(b::treatment)));
        }
        List<ArmOutcomeResult> allResults = new ArrayList<>(results);
        allResults.addAll(other.results);
        List<String> refs = new ArrayList<>(sourceRefs);
        other.sourceRefs.stream().filter(r -> !refs.contains(r)).forEach(refs::add);
        Part mergedPart = part == other.part ? part : Part.COMBINED;
        InterventionDetails t = intervention.equals(InterventionDetails.none()) ? other.intervention : intervention;
        Map<String, String> custom = new LinkedHashMap<>(other.customColumns);
        custom.putAll(customColumns);
        return new ExtractedStudy(studyId, mergedPart,
                firstAuthor.or(other::firstAuthor),
                year.isPresent() ? year : other.year,
                registryIdsAsPrinted.or(other::registryIdsAsPrinted),
                registryIds.isEmpty() ? other.registryIds : registryIds,
                country.or(other::country), phase.or(other::phase), blinding.or(other::blinding),
                t, dosesPerKg.isEmpty() ? other.dosesPerKg : dosesPerKg,
                bodyWeightKg.isPresent() ? bodyWeightKg : other.bodyWeightKg,
                stageAsGiven.or(other::stageAsGiven),
                followupMonths.isPresent() ? followupMonths : other.followupMonths,
                List.copyOf(byLabel.values()),
                nBasis.or(other::nBasis), allResults, refs, notes.or(other::notes), custom);
    }
}
