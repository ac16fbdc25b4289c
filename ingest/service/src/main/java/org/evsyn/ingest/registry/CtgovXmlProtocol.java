package org.evsyn.ingest.registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.evsyn.core.domain.ArmGroup;
import org.evsyn.core.domain.Intervention;
import org.evsyn.core.domain.PartialDate;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.Registration.SecondaryId;
import org.evsyn.core.domain.StudyDesign;

/**
 * The protocol part of a legacy {@code <clinical_study>}: ids, titles, status, phase, design, enrolment, dates,
 * conditions, arms, interventions, sponsor, countries and PubMed references. Display text becomes v2 codes
 * ({@code "Phase 2/Phase 3"} to PHASE2, PHASE3; {@code "Parallel Assignment"} to PARALLEL).
 */
final class CtgovXmlProtocol {

    private CtgovXmlProtocol() {
    }

    /**
     * The trial's NCT id.
     *
     * @throws InvalidRecordException when {@code id_info/nct_id} is missing or not NCT plus eight digits
     */
    static String nctId(XmlNode study) {
        String id = study.path("id_info", "nct_id").value()
                .orElseThrow(() -> new InvalidRecordException("id_info/nct_id", "is missing"));
        if (!CtgovCsvMapper.NCT_ID.matcher(id).matches()) {
            throw new InvalidRecordException("id_info/nct_id", "expected NCT followed by 8 digits, got \"" + id + "\"");
        }
        return id;
    }

    /**
     * @throws InvalidRecordException naming the element when a value is unusable
     */
    static Registration registration(XmlNode study, boolean hasResults) {
        String nctId = nctId(study);
        XmlNode enrollment = study.child("enrollment");
        return new Registration(
                "ClinicalTrials.gov",
                nctId,
                secondaryIds(study.child("id_info")),
                study.text("brief_title").orElse(""),
                study.text("official_title"),
                study.text("acronym"),
                study.text("overall_status"),
                study.text("last_known_status"),
                RegistryText.phases(study.text("phase").orElse("")),
                design(study),
                RegistryText.wholeNumber("enrollment", enrollment.value().orElse("")),
                enrollment.attr("type").map(CtgovXmlProtocol::countType),
                date(study, "start_date"),
                date(study, "primary_completion_date"),
                date(study, "completion_date"),
                date(study, "study_first_posted").or(() -> date(study, "firstreceived_date")),
                date(study, "last_update_posted").or(() -> date(study, "lastchanged_date")),
                study.texts("condition"),
                study.path("sponsors", "lead_sponsor").text("agency"),
                distinct(study.child("location_countries").texts("country")),
                pmids(study),
                hasResults);
    }

    /** Arms, each listing the interventions that name it (legacy XML links them from the intervention side). */
    static List<ArmGroup> arms(XmlNode study) {
        List<XmlNode> interventions = study.children("intervention");
        List<ArmGroup> out = new ArrayList<>();
        for (XmlNode arm : study.children("arm_group")) {
            Optional<String> label = arm.text("arm_group_label");
            if (label.isEmpty()) {
                throw new InvalidRecordException("arm_group/arm_group_label", "is missing");
            }
            List<String> names = new ArrayList<>();
            for (XmlNode i : interventions) {
                if (i.texts("arm_group_label").contains(label.get())) {
                    i.text("intervention_name").ifPresent(names::add);
                }
            }
            out.add(new ArmGroup(label.get(), arm.text("arm_group_type").map(RegistryText::code),
                    arm.text("description"), names));
        }
        return out;
    }

    static List<Intervention> interventions(XmlNode study) {
        List<Intervention> out = new ArrayList<>();
        for (XmlNode i : study.children("intervention")) {
            String name = i.text("intervention_name")
                    .orElseThrow(() -> new InvalidRecordException("intervention/intervention_name", "is missing"));
            out.add(new Intervention(name, i.text("intervention_type").map(RegistryText::code),
                    i.text("description"), i.texts("arm_group_label"), i.texts("other_name")));
        }
        return out;
    }

    private static List<SecondaryId> secondaryIds(XmlNode idInfo) {
        List<SecondaryId> out = new ArrayList<>();
        idInfo.text("org_study_id").ifPresent(id -> out.add(new SecondaryId(id, Optional.of("ORG_STUDY_ID"))));
        for (String id : idInfo.texts("secondary_id")) {
            out.add(new SecondaryId(id, SecondaryIds.kind(id)));
        }
        for (String id : idInfo.texts("nct_alias")) {
            out.add(new SecondaryId(id, Optional.of("NCT_ALIAS")));
        }
        return out;
    }

    private static StudyDesign design(XmlNode study) {
        XmlNode info = study.child("study_design_info");
        Optional<RegistryText.Masking> masking = info.text("masking").map(RegistryText::masking);
        return new StudyDesign(
                study.text("study_type").map(CtgovXmlProtocol::studyType),
                info.text("allocation").map(RegistryText::code),
                info.text("intervention_model").map(StudyDesignText::model),
                info.text("primary_purpose").map(RegistryText::code),
                masking.map(RegistryText.Masking::level),
                masking.map(RegistryText.Masking::who).orElse(List.of()));
    }

    // "Observational [Patient Registry]" is an observational study in v2 (with a patient-registry flag).
    private static String studyType(String text) {
        String c = RegistryText.code(text);
        return c.startsWith("OBSERVATIONAL") ? "OBSERVATIONAL" : c;
    }

    /** Legacy "Anticipated" and "Estimate" are v2's ESTIMATED. */
    private static String countType(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.startsWith("anticipated") || t.startsWith("estimate") ? "ESTIMATED" : RegistryText.code(text);
    }

    private static Optional<PartialDate> date(XmlNode study, String element) {
        return RegistryDates.required(element, study.text(element).orElse(""));
    }

    private static List<String> pmids(XmlNode study) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (XmlNode ref : study.children("reference")) {
            ref.text("PMID").ifPresent(out::add);
        }
        for (XmlNode ref : study.children("results_reference")) {
            ref.text("PMID").ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
