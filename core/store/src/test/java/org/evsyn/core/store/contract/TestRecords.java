package org.evsyn.core.store.contract;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.evsyn.core.domain.AdverseEvent;
import org.evsyn.core.domain.AdverseEventReporting;
import org.evsyn.core.domain.AdverseEventTotal;
import org.evsyn.core.domain.ArmGroup;
import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.InterventionDetails;
import org.evsyn.core.domain.DispersionType;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.FlowMilestone;
import org.evsyn.core.domain.Intervention;
import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.Measurement;
import org.evsyn.core.domain.NumericValue;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.PartialDate;
import org.evsyn.core.domain.ProtocolOutcome;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.ResultGroup;
import org.evsyn.core.domain.ResultGroup.ResultModule;
import org.evsyn.core.domain.ResultMeasure;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.domain.StatisticalAnalysis;
import org.evsyn.core.domain.StudyDesign;
import org.evsyn.core.domain.TrialRecord;

/** Domain records for store tests: a two-arm trial with posted results, a literature record, an extraction. */
public final class TestRecords {

    public static final String CTGOV = "ctgov-json";

    private TestRecords() {
    }

    public static Registration registration(String trialId, String title) {
        return new Registration("ClinicalTrials.gov", trialId,
                List.of(new Registration.SecondaryId("2011-001234-56", Optional.of("EUDRACT_NUMBER")),
                        new Registration.SecondaryId("MSC-STROKE-01", Optional.empty())),
                title, Optional.of("A Randomised Trial of " + title), Optional.of("MASTERS"),
                Optional.of("COMPLETED"), Optional.empty(), List.of("PHASE2", "PHASE3"),
                new StudyDesign(Optional.of("INTERVENTIONAL"), Optional.of("RANDOMIZED"), Optional.of("PARALLEL"),
                        Optional.of("TREATMENT"), Optional.of("DOUBLE"), List.of("PARTICIPANT", "OUTCOMES_ASSESSOR")),
                OptionalInt.of(129), Optional.of("ACTUAL"), PartialDate.parseIso("2011-10"),
                Optional.of(PartialDate.of(2015, 2, 11)), PartialDate.parseIso("2016"),
                Optional.of(PartialDate.of(2011, 9, 20)), Optional.of(PartialDate.of(2019, 1, 3)),
                List.of("Ischemic Stroke"), Optional.of("Athersys, Inc"), List.of("United States", "United Kingdom"),
                List.of("28320635"), true,
                List.of(new Registration.Reference(Optional.of("28320635"), Optional.of("RESULT"),
                                Optional.of("Hess DC et al. Lancet Neurol 2017")),
                        new Registration.Reference(Optional.empty(), Optional.of("BACKGROUND"),
                                Optional.of("Abstract, ESOC 2016"))),
                new Registration.DateTypes(Optional.of("ACTUAL"), Optional.of("ACTUAL"), Optional.of("ESTIMATED")));
    }

    /** A trial with every part of a results record filled, including bounds, NA and a multi-arm measure. */
    public static TrialRecord trialWithResults(String trialId, String title) {
        List<ArmGroup> arms = List.of(
                new ArmGroup("MultiStem 400M", Optional.of("EXPERIMENTAL"), Optional.of("Single IV dose"),
                        List.of("MultiStem")),
                new ArmGroup("MultiStem 1200M", Optional.of("EXPERIMENTAL"), Optional.empty(), List.of("MultiStem")),
                new ArmGroup("Placebo", Optional.of("PLACEBO_COMPARATOR"), Optional.empty(), List.of("Placebo")));
        List<Intervention> interventions = List.of(
                new Intervention("MultiStem", Optional.of("BIOLOGICAL"), Optional.of("Allogeneic MAPC"),
                        List.of("MultiStem 400M", "MultiStem 1200M"), List.of("MAPC")),
                new Intervention("Placebo", Optional.of("OTHER"), Optional.empty(), List.of("Placebo"), List.of()));
        List<ResultGroup> moduleGroups = List.of(
                new ResultGroup(ResultModule.PARTICIPANT_FLOW, "FG000", "MultiStem", Optional.of("all doses")),
                new ResultGroup(ResultModule.PARTICIPANT_FLOW, "FG001", "Placebo", Optional.empty()),
                new ResultGroup(ResultModule.BASELINE, "BG000", "MultiStem", Optional.empty()),
                new ResultGroup(ResultModule.ADVERSE_EVENTS, "EG000", "MultiStem", Optional.empty()),
                new ResultGroup(ResultModule.ADVERSE_EVENTS, "EG001", "Placebo", Optional.empty()));
        List<FlowMilestone> flow = List.of(
                new FlowMilestone("Overall Study", "STARTED", false, "FG000", NumericValue.of(67), Optional.empty()),
                new FlowMilestone("Overall Study", "STARTED", false, "FG001", NumericValue.of(62), Optional.empty()),
                new FlowMilestone("Overall Study", "Withdrawal by Subject", true, "FG001", NumericValue.parse("2"),
                        Optional.of("before dosing")));
        ResultMeasure age = new ResultMeasure(ResultModule.BASELINE, Optional.empty(), "Age, Continuous",
                Optional.empty(), Optional.empty(), Optional.of("MEAN"), DispersionType.STANDARD_DEVIATION,
                Optional.of("STANDARD_DEVIATION"), Optional.of("years"),
                List.of(new ResultGroup(ResultModule.BASELINE, "BG000", "MultiStem", Optional.empty())),
                List.of(new Measurement("BG000", Optional.empty(), Optional.empty(), NumericValue.of(67),
                        NumericValue.parse("61.6"), NumericValue.parse("11.2"), NumericValue.missing(),
                        NumericValue.missing(), Optional.empty())),
                List.of());
        ResultMeasure mrs = new ResultMeasure(ResultModule.OUTCOME, Optional.of("PRIMARY"),
                "Global Stroke Recovery at Day 90", Optional.of("mRS <= 1, NIHSS improvement >= 75%, BI >= 95"),
                Optional.of("Day 90"), Optional.of("COUNT_OF_PARTICIPANTS"), DispersionType.NONE, Optional.empty(),
                Optional.of("Participants"),
                List.of(new ResultGroup(ResultModule.OUTCOME, "OG000", "MultiStem 400M", Optional.empty()),
                        new ResultGroup(ResultModule.OUTCOME, "OG001", "MultiStem 1200M", Optional.empty()),
                        new ResultGroup(ResultModule.OUTCOME, "OG002", "Placebo", Optional.of("matching"))),
                List.of(cell("OG000", "mRS 0-1", 33, "5"), cell("OG001", "mRS 0-1", 32, "7"),
                        cell("OG002", "mRS 0-1", 62, "NA")),
                List.of(new StatisticalAnalysis(List.of("OG001", "OG002"), Optional.of("Cochran-Mantel-Haenszel"),
                        Optional.of("Odds Ratio (OR)"), NumericValue.parse("1.08"), NumericValue.parse("95"),
                        NumericValue.parse("0.55"), NumericValue.parse("2.1"), NumericValue.parse("<0.001"),
                        Optional.empty(), NumericValue.missing(), Optional.of("1200M against placebo"),
                        Optional.of("SUPERIORITY"), Optional.of("TWO_SIDED"))),
                Optional.of("Modified intention-to-treat: dosed participants"));
        ResultMeasure nihss = new ResultMeasure(ResultModule.OUTCOME, Optional.of("SECONDARY"), "NIHSS change",
                Optional.empty(), Optional.of("Baseline to Day 365"), Optional.of("MEDIAN"),
                DispersionType.INTER_QUARTILE_RANGE, Optional.of("Inter-Quartile Range"), Optional.of("points"),
                List.of(new ResultGroup(ResultModule.OUTCOME, "OG000", "MultiStem", Optional.empty())),
                List.of(new Measurement("OG000", Optional.of("All"), Optional.empty(), NumericValue.of(60),
                        NumericValue.parse("-4"), NumericValue.missing(), NumericValue.parse("-7.5"),
                        NumericValue.parse(">=-1"), Optional.of("median of change"))),
                List.of());
        List<AdverseEvent> events = List.of(
                new AdverseEvent("Pneumonia", Optional.of("Infections and infestations"), true,
                        Optional.of("MedDRA 19.0"), Optional.of("SYSTEMATIC_ASSESSMENT"),
                        List.of(new AdverseEvent.Count("EG000", OptionalInt.of(3), OptionalInt.of(65), OptionalInt.of(4)),
                                new AdverseEvent.Count("EG001", OptionalInt.of(1), OptionalInt.of(61),
                                        OptionalInt.empty()))),
                new AdverseEvent("Headache", Optional.empty(), false, Optional.empty(), Optional.empty(), List.of()));
        List<ProtocolOutcome> registered = List.of(
                new ProtocolOutcome(ProtocolOutcome.Kind.PRIMARY, "Global Stroke Recovery",
                        Optional.of("mRS <= 1, NIHSS improvement >= 75%, BI >= 95"), Optional.of("Day 90")),
                new ProtocolOutcome(ProtocolOutcome.Kind.SECONDARY, "Excellent outcome", Optional.empty(),
                        Optional.of("Day 365")));
        AdverseEventReporting reporting = new AdverseEventReporting(Optional.of("Through day 365"),
                Optional.of("Systematic collection at each visit"), NumericValue.parse("5"), List.of(
                new AdverseEventTotal("EG000", AdverseEventTotal.Kind.DEATHS, OptionalInt.of(11), OptionalInt.of(65)),
                new AdverseEventTotal("EG000", AdverseEventTotal.Kind.SERIOUS, OptionalInt.of(20), OptionalInt.of(65)),
                new AdverseEventTotal("EG001", AdverseEventTotal.Kind.DEATHS, OptionalInt.of(8), OptionalInt.of(61)),
                new AdverseEventTotal("EG001", AdverseEventTotal.Kind.OTHER, OptionalInt.empty(), OptionalInt.of(61))));
        return new TrialRecord(registration(trialId, title), arms, interventions, moduleGroups, flow, List.of(age),
                List.of(mrs, nihss), events, registered, reporting);
    }

    private static Measurement cell(String group, String category, int n, String value) {
        return new Measurement(group, Optional.empty(), Optional.of(category), NumericValue.of(n),
                NumericValue.parse(value), NumericValue.missing(), NumericValue.missing(), NumericValue.missing(),
                value.equals("NA") ? Optional.of("not collected") : Optional.empty());
    }

    public static TrialRecord trialWithoutResults(String trialId, String title) {
        return TrialRecord.registrationOnly(registration(trialId, title),
                List.of(new ArmGroup("Cells", Optional.of("EXPERIMENTAL"), Optional.empty(), List.of("BM-MNC"))),
                List.of(new Intervention("BM-MNC", Optional.of("BIOLOGICAL"), Optional.empty(), List.of("Cells"),
                        List.of())));
    }

    /** The same trial as the registry posted it on another day: only its last-update date differs. */
    public static TrialRecord lastUpdated(TrialRecord t, String iso) {
        Registration r = t.registration();
        Registration dated = new Registration(r.registry(), r.trialId(), r.secondaryIds(), r.briefTitle(),
                r.officialTitle(), r.acronym(), r.overallStatus(), r.lastKnownStatus(), r.phases(), r.design(),
                r.enrollment(), r.enrollmentType(), r.startDate(), r.primaryCompletionDate(), r.completionDate(),
                r.firstPosted(), PartialDate.parseIso(iso), r.conditions(), r.sponsor(), r.countries(), r.references(),
                r.hasResults(), r.citations(), r.dateTypes());
        return new TrialRecord(dated, t.arms(), t.interventions(), t.resultGroups(), t.flow(), t.baseline(),
                t.outcomes(), t.adverseEvents(), t.protocolOutcomes(), t.adverseEventReporting());
    }

    /** A parsed record whose verbatim content is derived from the payload, so other content means another hash. */
    public static ParsedRecord parsed(TrialRecord trial, String contentSalt) {
        String content = "{\"nctId\":\"" + trial.registration().trialId() + "\",\"title\":\""
                + trial.registration().briefTitle() + "\",\"updated\":\""
                + trial.registration().lastUpdated().map(PartialDate::toIso).orElse("") + "\",\"salt\":\""
                + contentSalt + "\"}";
        return new ParsedRecord(SourceRecord.of(CTGOV, trial.registration().trialId(), "studies[0]", content), trial);
    }

    public static LiteratureRecord literature(String pmid, String title) {
        return new LiteratureRecord("PubMed", Optional.of("rec-" + pmid), Optional.of(pmid),
                Optional.of("10.1016/s1474-4422(17)30046-7"), title, List.of("Hess DC", "Wechsler LR"),
                OptionalInt.of(2017), Optional.of("Lancet Neurol"), Optional.of("16"), Optional.of("5"),
                Optional.of("360-368"), Optional.of("Background\n\nMethods"), List.of("Stroke", "Stem Cells"),
                List.of("Randomized Controlled Trial"), Optional.of("eng"), List.of("NCT01436487"));
    }

    public static ParsedRecord parsed(LiteratureRecord record, String content) {
        return new ParsedRecord(SourceRecord.of("pubmed-medline", record.pmid().orElseThrow(), "record 1", content),
                record);
    }

    public static ExtractedStudy extraction(String studyId, ExtractedStudy.Part part, int nCell, double mrsMean) {
        boolean characteristics = part != ExtractedStudy.Part.OUTCOMES;
        boolean outcomes = part != ExtractedStudy.Part.CHARACTERISTICS;
        InterventionDetails intervention = characteristics
                ? new InterventionDetails(Optional.of("BM-MSC"), Optional.of(InterventionDetails.Origin.AUTOLOGOUS),
                Optional.of("IV"), Optional.of("1x10^8 cells"), OptionalDouble.of(1.5e6), Optional.of("4-5 weeks"),
                OptionalDouble.of(31))
                : InterventionDetails.none();
        List<ExtractedArm> arms = List.of(
                new ExtractedArm("cell", ExtractedArm.Role.EXPERIMENTAL, characteristics ? OptionalInt.of(nCell)
                        : OptionalInt.empty()),
                new ExtractedArm("control", ExtractedArm.Role.CONTROL, characteristics ? OptionalInt.of(36)
                        : OptionalInt.empty()));
        List<ArmOutcomeResult> results = !outcomes ? List.of() : List.of(
                result("mrs", "cell", OptionalInt.of(nCell), OptionalDouble.of(mrsMean), OptionalInt.empty()),
                result("mrs", "control", OptionalInt.of(36), OptionalDouble.of(3.1), OptionalInt.empty()),
                result("death", "cell", OptionalInt.of(nCell), OptionalDouble.empty(), OptionalInt.of(4)));
        return new ExtractedStudy(studyId, part,
                characteristics ? Optional.of("Bang") : Optional.empty(),
                characteristics ? OptionalInt.of(2005) : OptionalInt.empty(),
                characteristics ? Optional.of("NCT00875654; see text") : Optional.empty(),
                characteristics ? List.of("NCT00875654") : List.of(),
                characteristics ? Optional.of("Korea") : Optional.empty(), Optional.empty(), Optional.empty(),
                intervention, characteristics ? List.of(1.5e6) : List.of(), OptionalDouble.empty(),
                characteristics ? Optional.of("subacute") : Optional.empty(),
                characteristics ? OptionalDouble.of(12) : OptionalDouble.empty(), arms,
                characteristics ? Optional.of("randomised") : Optional.empty(), results,
                characteristics ? List.of("S01") : List.of(), Optional.empty());
    }

    private static ArmOutcomeResult result(String outcome, String arm, OptionalInt n, OptionalDouble mean,
                                           OptionalInt events) {
        return new ArmOutcomeResult(outcome, OptionalDouble.of(90), Optional.of("Day 90"), arm, n, mean,
                mean.isPresent() ? OptionalDouble.of(1.2) : OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), events, ArmOutcomeResult.CountKind.PATIENTS,
                ArmOutcomeResult.ValueKind.FINAL, Optional.of("3.0 (1.2)"), List.of("S01", "S02"),
                Optional.of("Table 2"), Optional.empty());
    }

    public static ParsedRecord parsed(ExtractedStudy study, String content) {
        return new ParsedRecord(SourceRecord.of("extraction-csv", study.studyId(), "rows 2-4", content), study);
    }

    /** The test study with a body weight, and change scores for mRS besides its final values. */
    public static ExtractedStudy withChangeScoresAndWeight(ExtractedStudy s) {
        List<ArmOutcomeResult> results = new java.util.ArrayList<>(s.results());
        for (ArmOutcomeResult r : s.results().subList(0, 2)) {
            results.add(new ArmOutcomeResult(r.outcome(), r.timepointDays(), r.timepointAsPrinted(), r.armLabel(),
                    r.n(), OptionalDouble.of(-1.5), r.sd(), r.median(), r.q1(), r.q3(), r.events(), r.countKind(),
                    ArmOutcomeResult.ValueKind.CHANGE, r.statisticAsPrinted(), r.sourceRefs(), r.tableOrPage(),
                    r.notes()));
        }
        return new ExtractedStudy(s.studyId(), s.part(), s.firstAuthor(), s.year(), s.registryIdsAsPrinted(),
                s.registryIds(), s.country(), s.phase(), s.blinding(), s.intervention(), s.dosesPerKg(),
                OptionalDouble.of(72.5), s.stageAsGiven(), s.followupMonths(), s.arms(), s.nBasis(), results, s.sourceRefs(),
                s.notes());
    }
}
