package org.evsyn.core.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.StoredRecord;
import org.evsyn.core.store.StudyArm;
import org.evsyn.core.store.StudySummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What is stored reads back equal: every record kind with its provenance. */
public abstract class RoundTripContract {

    private EvidenceStore store;

    /** The implementation under test. */
    protected abstract StoreHarness harness();

    @BeforeEach
    void open() {
        store = harness().open("evidence");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aTrialWithResultsReadsBackEqualWithItsProvenance() {
        TrialRecord trial = TestRecords.trialWithResults("NCT01436487", "MASTERS");
        ParsedRecord parsed = TestRecords.parsed(trial, "1");
        ImportSummary summary = store.runImport(ImportRequests.lenient("masters.json"), w -> w.store(parsed));

        StoredRecord<TrialRecord> stored = store.registrations().current("NCT01436487").orElseThrow();
        assertThat(stored.payload()).isEqualTo(trial);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.source().batchId()).isEqualTo(summary.batchId());
        assertThat(stored.source().sha256()).isEqualTo(parsed.source().sha256());
        assertThat(store.sourceRecord(stored.source().sourceRecordId())).contains(parsed.source());
    }

    @Test
    void aRegistrationWithoutResultsReadsBackEqual() {
        TrialRecord trial = TestRecords.trialWithoutResults("NCT02961504", "TREASURE");
        store.runImport(ImportRequests.lenient("t.json"), w -> w.store(TestRecords.parsed(trial, "1")));
        assertThat(store.registrations().current("NCT02961504").orElseThrow().payload()).isEqualTo(trial);
        assertThat(store.registrations().current("NCT00000000")).isEmpty();
        assertThat(store.registrations().versions("NCT00000000")).isEmpty();
    }

    @Test
    void aLiteratureRecordReadsBackEqualAndIsFoundByTheTrialItMentions() {
        LiteratureRecord paper = TestRecords.literature("28320635", "Safety and efficacy of multipotent adult"
                + " progenitor cells in acute ischaemic stroke (MASTERS)");
        store.runImport(ImportRequests.lenient("pubmed.txt"), w -> w.store(TestRecords.parsed(paper, "PMID- 1")));

        assertThat(store.literature().current("pmid:28320635").orElseThrow().payload()).isEqualTo(paper);
        assertThat(store.literature().allCurrent()).extracting(StoredRecord::payload).containsExactly(paper);
        assertThat(store.literature().mentioning("NCT01436487")).extracting(StoredRecord::payload)
                .containsExactly(paper);
        assertThat(store.literature().mentioning("NCT99999999")).isEmpty();
    }

    @Test
    void armTreatmentsReadBackAsGivenAndAnExperimentalArmWithoutOneReadsAsTheCellType() {
        ExtractedStudy base = TestRecords.extraction("BANG2005", ExtractedStudy.Part.COMBINED, 30, 2.5);
        ExtractedStudy study = base.withArms(List.of(base.arms().get(0),
                base.arms().get(1).withTreatment(Optional.of("placebo"))));
        store.runImport(ImportRequests.lenient("sheet.csv"), w -> w.store(TestRecords.parsed(study, "sheet v1")));

        ExtractedStudy back = store.studies().current("BANG2005").orElseThrow();
        assertThat(back).isEqualTo(study);
        assertThat(back.arms()).extracting(ExtractedArm::treatment)
                .containsExactly(Optional.empty(), Optional.of("placebo"));
        assertThat(back.arms()).extracting(back::treatment)
                .containsExactly(Optional.of("BM-MSC"), Optional.of("placebo"));
        assertThat(store.studies().arms("BANG2005").get(1).interventions()).singleElement()
                .satisfies(i -> assertThat(i.name()).contains("placebo"));
    }

    @Test
    void anExtractedStudyReadsBackEqualWithArmsAndResults() {
        ExtractedStudy study = TestRecords.extraction("BANG2005", ExtractedStudy.Part.COMBINED, 30, 2.5);
        store.runImport(ImportRequests.lenient("sheet.csv"), w -> w.store(TestRecords.parsed(study, "sheet v1")));

        assertThat(store.studies().current("BANG2005")).contains(study);
        assertThat(store.studies().extractions("BANG2005")).extracting(StoredRecord::payload).containsExactly(study);
        assertThat(store.studies().outcomeResults("BANG2005")).isEqualTo(study.results());
        List<StudyArm> arms = store.studies().arms("BANG2005");
        assertThat(arms).extracting(StudyArm::label).containsExactly("cell", "control");
        assertThat(arms.get(0).n()).isEqualTo(OptionalInt.of(30));
        assertThat(arms.get(0).interventions()).singleElement()
                .satisfies(i -> assertThat(i.details()).isEqualTo(study.intervention()));
        assertThat(arms.get(1).interventions()).isEmpty();
        StudySummary summary = store.studies().study("BANG2005").orElseThrow();
        assertThat(summary.label()).isEqualTo(Optional.of("Bang 2005"));
        assertThat(summary.trialIds()).containsExactly("NCT00875654");
        assertThat(summary.sources()).hasSize(1);
        assertThat(store.studies().studies()).containsExactly(summary);
    }

    @Test
    void valueKindsAndBodyWeightReadBackAsWritten() {
        ExtractedStudy study = TestRecords.withChangeScoresAndWeight(
                TestRecords.extraction("BANG2005", ExtractedStudy.Part.COMBINED, 30, 2.5));
        store.runImport(ImportRequests.lenient("sheet.csv"), w -> w.store(TestRecords.parsed(study, "sheet v1")));

        ExtractedStudy back = store.studies().current("BANG2005").orElseThrow();
        assertThat(back).isEqualTo(study);
        assertThat(back.bodyWeightKg()).hasValue(72.5);
        assertThat(back.results()).extracting(ArmOutcomeResult::valueKind).containsExactly(
                ArmOutcomeResult.ValueKind.FINAL, ArmOutcomeResult.ValueKind.FINAL, ArmOutcomeResult.ValueKind.FINAL,
                ArmOutcomeResult.ValueKind.CHANGE, ArmOutcomeResult.ValueKind.CHANGE);
    }

    @Test
    void studyLevelEstimatesReadBackAsWritten() {
        ExtractedStudy s = TestRecords.extraction("BANG2005", ExtractedStudy.Part.COMBINED, 30, 2.5);
        List<ArmOutcomeResult> results = new java.util.ArrayList<>(s.results());
        ArmOutcomeResult r = s.results().get(0);
        // A hazard ratio with its 90% interval, and a difference with its standard error (made-up numbers).
        results.add(new ArmOutcomeResult("death", r.timepointDays(), r.timepointAsPrinted(), r.armLabel(), r.n(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), java.util.OptionalInt.empty(), ArmOutcomeResult.CountKind.PATIENTS,
                ArmOutcomeResult.ValueKind.FINAL, Optional.of("HR 0.74 (90% CI 0.55-0.99)"), r.sourceRefs(),
                r.tableOrPage(), r.notes(), Optional.of(new org.evsyn.core.domain.EffectEstimate(0.74,
                OptionalDouble.empty(), OptionalDouble.of(0.55), OptionalDouble.of(0.99), 90))));
        results.add(new ArmOutcomeResult("nihss", r.timepointDays(), r.timepointAsPrinted(), r.armLabel(), r.n(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), java.util.OptionalInt.empty(), ArmOutcomeResult.CountKind.PATIENTS,
                ArmOutcomeResult.ValueKind.FINAL, Optional.empty(), r.sourceRefs(), r.tableOrPage(), r.notes(),
                Optional.of(new org.evsyn.core.domain.EffectEstimate(-1.2, OptionalDouble.of(0.4),
                        OptionalDouble.empty(), OptionalDouble.empty(), 95))));
        ExtractedStudy study = new ExtractedStudy(s.studyId(), s.part(), s.firstAuthor(), s.year(),
                s.registryIdsAsPrinted(), s.registryIds(), s.country(), s.phase(), s.blinding(), s.intervention(),
                s.dosesPerKg(), s.bodyWeightKg(), s.stageAsGiven(), s.followupMonths(), s.arms(), s.nBasis(), results,
                s.sourceRefs(), s.notes());
        store.runImport(ImportRequests.lenient("sheet.csv"), w -> w.store(TestRecords.parsed(study, "sheet v1")));

        assertThat(store.studies().current("BANG2005")).contains(study);
    }

    @Test
    void aTrialsSheetAndAnOutcomesSheetMakeOneStudy() {
        ExtractedStudy characteristics = TestRecords.extraction("BANG2005", ExtractedStudy.Part.CHARACTERISTICS,
                30, 0);
        ExtractedStudy outcomes = TestRecords.extraction("BANG2005", ExtractedStudy.Part.OUTCOMES, 30, 2.5);
        store.runImport(ImportRequests.lenient("trials.csv"), w -> w.store(TestRecords.parsed(characteristics, "t")));
        store.runImport(ImportRequests.lenient("outcomes.csv"), w -> w.store(TestRecords.parsed(outcomes, "o")));

        ExtractedStudy current = store.studies().current("BANG2005").orElseThrow();
        assertThat(current.part()).isEqualTo(ExtractedStudy.Part.COMBINED);
        assertThat(current.firstAuthor()).contains("Bang");
        assertThat(current.intervention()).isEqualTo(characteristics.intervention());
        assertThat(current.results()).isEqualTo(outcomes.results());
        assertThat(store.studies().arms("BANG2005")).extracting(a -> a.label() + "=" + a.n())
                .containsExactly("cell=OptionalInt[30]", "control=OptionalInt[36]");
        assertThat(store.studies().study("BANG2005").orElseThrow().sources()).hasSize(2);
        assertThat(store.counts().studies()).isEqualTo(1);
        assertThat(store.counts().arms()).isEqualTo(2);
        assertThat(store.counts().outcomeResults()).isEqualTo(3);

        // A corrected outcomes sheet replaces the results and keeps the characteristics.
        ExtractedStudy corrected = TestRecords.extraction("BANG2005", ExtractedStudy.Part.OUTCOMES, 30, 2.7);
        store.runImport(ImportRequests.lenient("outcomes-v2.csv"), w -> w.store(TestRecords.parsed(corrected, "o2")));
        assertThat(store.studies().outcomeResults("BANG2005")).isEqualTo(corrected.results());
        assertThat(store.studies().current("BANG2005").orElseThrow().firstAuthor()).contains("Bang");
        assertThat(store.studies().extractions("BANG2005")).extracting(StoredRecord::version)
                .containsExactly(1, 2, 3);
        assertThat(store.counts().outcomeResults()).isEqualTo(3);
    }

    @Test
    void theReviewersOwnColumnsReadBackFromTheVerbatimRowsOfBothSheets() {
        ExtractedStudy characteristics = TestRecords.extraction("BANG2005", ExtractedStudy.Part.CHARACTERISTICS,
                30, 0).withCustomColumns(java.util.Map.of("x_age_group", "Adults"));
        ExtractedStudy outcomes = TestRecords.extraction("BANG2005", ExtractedStudy.Part.OUTCOMES, 30, 2.5)
                .withCustomColumns(java.util.Map.of("x_age_group", "children", "x_checked", "JS"));
        store.runImport(ImportRequests.lenient("trials.csv"), w -> w.store(TestRecords.parsed(characteristics,
                "trial,first_author,x_age_group\nBANG2005,Bang,Adults\n")));
        store.runImport(ImportRequests.lenient("outcomes.csv"), w -> w.store(TestRecords.parsed(outcomes,
                "trial,outcome,arm,n,X-Checked,x_age_group\nBANG2005,mrs,cell,30,,children\nBANG2005,mrs,control,36,JS,\n")));

        // The characteristics win where both sheets have a column, as for every study attribute.
        assertThat(store.studies().current("BANG2005").orElseThrow().customColumns()).containsExactly(
                java.util.Map.entry("x_age_group", "Adults"), java.util.Map.entry("x_checked", "JS"));
        assertThat(store.studies().extractions("BANG2005")).extracting(r -> r.payload().customColumns())
                .containsExactly(characteristics.customColumns(), outcomes.customColumns());
    }
}
