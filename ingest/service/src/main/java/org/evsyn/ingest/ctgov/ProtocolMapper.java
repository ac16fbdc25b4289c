package org.evsyn.ingest.ctgov;

import static org.evsyn.ingest.ctgov.Json.array;
import static org.evsyn.ingest.ctgov.Json.obj;
import static org.evsyn.ingest.ctgov.Json.text;
import static org.evsyn.ingest.ctgov.Json.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evsyn.core.domain.ArmGroup;
import org.evsyn.core.domain.Intervention;
import org.evsyn.core.domain.PartialDate;
import org.evsyn.core.domain.ProtocolOutcome;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.StudyDesign;

/** Maps a v2 study's {@code protocolSection} (and {@code hasResults}) to registration, arms and interventions. */
final class ProtocolMapper {

    static final String REGISTRY = "ClinicalTrials.gov";

    private ProtocolMapper() {
    }

    static Registration registration(JsonNode study, String nctId) {
        JsonNode ps = obj(study, "protocolSection");
        JsonNode id = obj(ps, "identificationModule");
        JsonNode status = obj(ps, "statusModule");
        JsonNode design = obj(ps, "designModule");
        JsonNode enrollment = obj(design, "enrollmentInfo");
        return new Registration(
                REGISTRY,
                nctId,
                secondaryIds(id),
                Json.textOr(id, "briefTitle", ""),
                text(id, "officialTitle"),
                text(id, "acronym"),
                text(status, "overallStatus"),
                text(status, "lastKnownStatus"),
                texts(design, "phases"),
                design(design),
                Json.count(enrollment, "count", "designModule.enrollmentInfo"),
                text(enrollment, "type"),
                date(status, "startDateStruct"),
                date(status, "primaryCompletionDateStruct"),
                date(status, "completionDateStruct"),
                date(status, "studyFirstPostDateStruct"),
                date(status, "lastUpdatePostDateStruct"),
                texts(obj(ps, "conditionsModule"), "conditions"),
                text(obj(obj(ps, "sponsorCollaboratorsModule"), "leadSponsor"), "name"),
                countries(obj(ps, "contactsLocationsModule")),
                pmids(obj(ps, "referencesModule")),
                study.path("hasResults").asBoolean(false),
                citations(obj(ps, "referencesModule")),
                new Registration.DateTypes(text(obj(status, "startDateStruct"), "type"),
                        text(obj(status, "primaryCompletionDateStruct"), "type"),
                        text(obj(status, "completionDateStruct"), "type")));
    }

    /** {@code referencesModule.references}: each with its PMID, type and citation as posted. */
    private static List<Registration.Reference> citations(JsonNode references) {
        List<Registration.Reference> out = new ArrayList<>();
        for (JsonNode ref : array(references, "references")) {
            Registration.Reference r = new Registration.Reference(text(ref, "pmid"), text(ref, "type"),
                    text(ref, "citation"));
            if (r.pmid().isPresent() || r.citation().isPresent()) {
                out.add(r);
            }
        }
        return out;
    }

    /** {@code outcomesModule}: the primary, secondary and other outcomes the protocol registered. */
    static List<ProtocolOutcome> protocolOutcomes(JsonNode study) {
        JsonNode module = obj(obj(study, "protocolSection"), "outcomesModule");
        List<ProtocolOutcome> out = new ArrayList<>();
        registered(out, module, "primaryOutcomes", ProtocolOutcome.Kind.PRIMARY);
        registered(out, module, "secondaryOutcomes", ProtocolOutcome.Kind.SECONDARY);
        registered(out, module, "otherOutcomes", ProtocolOutcome.Kind.OTHER);
        return out;
    }

    private static void registered(List<ProtocolOutcome> out, JsonNode module, String field,
                                   ProtocolOutcome.Kind kind) {
        List<JsonNode> list = array(module, field);
        for (int i = 0; i < list.size(); i++) {
            JsonNode o = list.get(i);
            int index = i;
            String measure = text(o, "measure").orElseThrow(() -> new InvalidRecordException(
                    "outcomesModule." + field + "[" + index + "].measure", "missing"));
            out.add(new ProtocolOutcome(kind, measure, text(o, "description"), text(o, "timeFrame")));
        }
    }

    /** The org study id, the secondary ids with their types, and the NCT aliases. */
    private static List<Registration.SecondaryId> secondaryIds(JsonNode id) {
        List<Registration.SecondaryId> out = new ArrayList<>();
        text(obj(id, "orgStudyIdInfo"), "id")
                .ifPresent(s -> out.add(new Registration.SecondaryId(s, Optional.of("ORG_STUDY_ID"))));
        for (JsonNode s : array(id, "secondaryIdInfos")) {
            text(s, "id").ifPresent(v -> out.add(new Registration.SecondaryId(v, text(s, "type"))));
        }
        for (String alias : texts(id, "nctIdAliases")) {
            out.add(new Registration.SecondaryId(alias, Optional.of("NCT_ALIAS")));
        }
        return out;
    }

    private static StudyDesign design(JsonNode design) {
        JsonNode info = obj(design, "designInfo");
        JsonNode masking = obj(info, "maskingInfo");
        return new StudyDesign(
                text(design, "studyType"),
                text(info, "allocation"),
                text(info, "interventionModel"),
                text(info, "primaryPurpose"),
                text(masking, "masking"),
                texts(masking, "whoMasked"));
    }

    /**
     * A {@code *DateStruct.date}: {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws InvalidRecordException when present but not such a date
     */
    private static Optional<PartialDate> date(JsonNode status, String struct) {
        Optional<String> raw = text(obj(status, struct), "date");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<PartialDate> d = PartialDate.parseIso(raw.get());
        if (d.isEmpty()) {
            throw new InvalidRecordException("statusModule." + struct + ".date",
                    "expected YYYY-MM or YYYY-MM-DD, found \"" + raw.get() + "\"");
        }
        return d;
    }

    private static List<String> countries(JsonNode contacts) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode loc : array(contacts, "locations")) {
            text(loc, "country").ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private static List<String> pmids(JsonNode references) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode ref : array(references, "references")) {
            text(ref, "pmid").ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    static List<ArmGroup> arms(JsonNode study) {
        JsonNode module = obj(obj(study, "protocolSection"), "armsInterventionsModule");
        List<ArmGroup> out = new ArrayList<>();
        List<JsonNode> groups = array(module, "armGroups");
        for (int i = 0; i < groups.size(); i++) {
            JsonNode g = groups.get(i);
            String label = text(g, "label").orElseThrow(() -> new InvalidRecordException(
                    "armsInterventionsModule.armGroups[" + out.size() + "].label", "missing"));
            out.add(new ArmGroup(label, text(g, "type"), text(g, "description"), texts(g, "interventionNames")));
        }
        return out;
    }

    static List<Intervention> interventions(JsonNode study) {
        JsonNode module = obj(obj(study, "protocolSection"), "armsInterventionsModule");
        List<Intervention> out = new ArrayList<>();
        List<JsonNode> list = array(module, "interventions");
        for (int i = 0; i < list.size(); i++) {
            JsonNode iv = list.get(i);
            int index = i;
            String name = text(iv, "name").orElseThrow(() -> new InvalidRecordException(
                    "armsInterventionsModule.interventions[" + index + "].name", "missing"));
            out.add(new Intervention(name, text(iv, "type"), text(iv, "description"),
                    texts(iv, "armGroupLabels"), texts(iv, "otherNames")));
        }
        return out;
    }
}
