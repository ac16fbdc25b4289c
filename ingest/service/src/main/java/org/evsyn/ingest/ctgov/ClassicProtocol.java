package org.evsyn.ingest.ctgov;

import static org.evsyn.ingest.ctgov.ClassicTree.copy;
import static org.evsyn.ingest.ctgov.ClassicTree.copyCode;
import static org.evsyn.ingest.ctgov.ClassicTree.copyCount;
import static org.evsyn.ingest.ctgov.ClassicTree.copyItems;
import static org.evsyn.ingest.ctgov.ClassicTree.copyTexts;
import static org.evsyn.ingest.ctgov.ClassicTree.object;
import static org.evsyn.ingest.ctgov.ClassicTree.putIfAny;
import static org.evsyn.ingest.ctgov.ClassicTree.text;
import static org.evsyn.ingest.ctgov.ClassicTree.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A classic (v1) {@code ProtocolSection} as the API v2 {@code protocolSection} of the same study: the modules and
 * fields evsyn reads, with display text turned into v2 codes and prose dates into ISO dates.
 */
final class ClassicProtocol {

    private ClassicProtocol() {
    }

    static ObjectNode protocolSection(JsonNode ps) {
        ObjectNode out = object();
        putIfAny(out, "identificationModule", identification(ps.path("IdentificationModule")));
        putIfAny(out, "statusModule", status(ps.path("StatusModule")));
        ObjectNode sponsor = object();
        ObjectNode lead = object();
        copy(lead, "name", ps.path("SponsorCollaboratorsModule").path("LeadSponsor"), "LeadSponsorName");
        putIfAny(sponsor, "leadSponsor", lead);
        putIfAny(out, "sponsorCollaboratorsModule", sponsor);
        ObjectNode conditions = object();
        copyTexts(conditions, "conditions", texts(ps.path("ConditionsModule"), "ConditionList", "Condition"));
        putIfAny(out, "conditionsModule", conditions);
        putIfAny(out, "designModule", design(ps.path("DesignModule")));
        putIfAny(out, "armsInterventionsModule", armsInterventions(ps.path("ArmsInterventionsModule")));
        putIfAny(out, "outcomesModule", outcomes(ps.path("OutcomesModule")));
        ObjectNode locations = object();
        copyItems(locations, "locations", ps.path("ContactsLocationsModule"), "LocationList", "Location", l -> {
            ObjectNode o = object();
            copy(o, "facility", l, "LocationFacility");
            copy(o, "city", l, "LocationCity");
            copy(o, "state", l, "LocationState");
            copy(o, "country", l, "LocationCountry");
            return o;
        });
        putIfAny(out, "contactsLocationsModule", locations);
        ObjectNode references = object();
        copyItems(references, "references", ps.path("ReferencesModule"), "ReferenceList", "Reference", r -> {
            ObjectNode o = object();
            copy(o, "pmid", r, "ReferencePMID");
            copyCode(o, "type", r, "ReferenceType");
            copy(o, "citation", r, "ReferenceCitation");
            return o;
        });
        putIfAny(out, "referencesModule", references);
        return out;
    }

    private static ObjectNode identification(JsonNode id) {
        ObjectNode out = object();
        copy(out, "nctId", id, "NCTId");
        ObjectNode org = object();
        copy(org, "id", id.path("OrgStudyIdInfo"), "OrgStudyId");
        putIfAny(out, "orgStudyIdInfo", org);
        copyItems(out, "secondaryIdInfos", id, "SecondaryIdInfoList", "SecondaryIdInfo", s -> {
            ObjectNode o = object();
            copy(o, "id", s, "SecondaryId");
            copyCode(o, "type", s, "SecondaryIdType");
            copy(o, "domain", s, "SecondaryIdDomain");
            return o;
        });
        copyTexts(out, "nctIdAliases", texts(id, "NCTIdAliasList", "NCTIdAlias"));
        copy(out, "briefTitle", id, "BriefTitle");
        copy(out, "officialTitle", id, "OfficialTitle");
        copy(out, "acronym", id, "Acronym");
        return out;
    }

    private static ObjectNode status(JsonNode s) {
        ObjectNode out = object();
        copyCode(out, "overallStatus", s, "OverallStatus");
        copyCode(out, "lastKnownStatus", s, "LastKnownStatus");
        date(out, "startDateStruct", s.path("StartDateStruct"), "StartDate");
        date(out, "primaryCompletionDateStruct", s.path("PrimaryCompletionDateStruct"), "PrimaryCompletionDate");
        date(out, "completionDateStruct", s.path("CompletionDateStruct"), "CompletionDate");
        date(out, "studyFirstPostDateStruct", s.path("StudyFirstPostDateStruct"), "StudyFirstPostDate");
        date(out, "resultsFirstPostDateStruct", s.path("ResultsFirstPostDateStruct"), "ResultsFirstPostDate");
        date(out, "lastUpdatePostDateStruct", s.path("LastUpdatePostDateStruct"), "LastUpdatePostDate");
        return out;
    }

    /** {@code StartDateStruct: {StartDate: "July 2001", StartDateType: "Actual"}} to {@code {date, type}}. */
    private static void date(ObjectNode out, String v2Key, JsonNode struct, String classicKey) {
        ObjectNode o = object();
        text(struct, classicKey).ifPresent(d -> o.put("date", ClassicCodes.date(d)));
        copyCode(o, "type", struct, classicKey + "Type");
        putIfAny(out, v2Key, o);
    }

    private static ObjectNode design(JsonNode d) {
        ObjectNode out = object();
        copyCode(out, "studyType", d, "StudyType");
        copyTexts(out, "phases", texts(d, "PhaseList", "Phase").stream().map(ClassicCodes::phase).toList());
        JsonNode info = d.path("DesignInfo");
        ObjectNode designInfo = object();
        copyCode(designInfo, "allocation", info, "DesignAllocation");
        text(info, "DesignInterventionModel").ifPresent(m -> designInfo.put("interventionModel", ClassicCodes.model(m)));
        copyCode(designInfo, "primaryPurpose", info, "DesignPrimaryPurpose");
        JsonNode masking = info.path("DesignMaskingInfo");
        ObjectNode maskingInfo = object();
        copyCode(maskingInfo, "masking", masking, "DesignMasking");
        copyTexts(maskingInfo, "whoMasked", texts(masking, "DesignWhoMaskedList", "DesignWhoMasked").stream()
                .map(ClassicCodes::code).toList());
        putIfAny(designInfo, "maskingInfo", maskingInfo);
        putIfAny(out, "designInfo", designInfo);
        ObjectNode enrollment = object();
        copyCount(enrollment, "count", d.path("EnrollmentInfo"), "EnrollmentCount");
        copyCode(enrollment, "type", d.path("EnrollmentInfo"), "EnrollmentType");
        putIfAny(out, "enrollmentInfo", enrollment);
        return out;
    }

    private static ObjectNode armsInterventions(JsonNode m) {
        ObjectNode out = object();
        copyItems(out, "armGroups", m, "ArmGroupList", "ArmGroup", a -> {
            ObjectNode o = object();
            copy(o, "label", a, "ArmGroupLabel");
            copyCode(o, "type", a, "ArmGroupType");
            copy(o, "description", a, "ArmGroupDescription");
            copyTexts(o, "interventionNames", texts(a, "ArmGroupInterventionList", "ArmGroupInterventionName"));
            return o;
        });
        copyItems(out, "interventions", m, "InterventionList", "Intervention", i -> {
            ObjectNode o = object();
            copyCode(o, "type", i, "InterventionType");
            copy(o, "name", i, "InterventionName");
            copy(o, "description", i, "InterventionDescription");
            copyTexts(o, "armGroupLabels", texts(i, "InterventionArmGroupLabelList", "InterventionArmGroupLabel"));
            copyTexts(o, "otherNames", texts(i, "InterventionOtherNameList", "InterventionOtherName"));
            return o;
        });
        return out;
    }

    private static ObjectNode outcomes(JsonNode m) {
        ObjectNode out = object();
        for (String kind : new String[] {"Primary", "Secondary", "Other"}) {
            copyItems(out, kind.toLowerCase(java.util.Locale.ROOT) + "Outcomes", m, kind + "OutcomeList",
                    kind + "Outcome", o -> {
                        ObjectNode v = object();
                        copy(v, "measure", o, kind + "OutcomeMeasure");
                        copy(v, "description", o, kind + "OutcomeDescription");
                        copy(v, "timeFrame", o, kind + "OutcomeTimeFrame");
                        return v;
                    });
        }
        return out;
    }
}
