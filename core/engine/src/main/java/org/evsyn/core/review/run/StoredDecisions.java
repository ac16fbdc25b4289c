package org.evsyn.core.review.run;

import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.review.dedup.CandidateRecord;
import org.evsyn.core.review.dedup.DuplicateFinder;
import org.evsyn.core.review.dedup.DuplicateGroup;
import org.evsyn.core.review.dedup.StudyLinker;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.rob.Rob2Assessment;
import org.evsyn.core.review.screening.ScreeningDecision;
import org.evsyn.core.store.DecisionChanges;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ReviewDecisionRepository;
import org.evsyn.core.store.StoredRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The review's decisions a run stores: screening, risk of bias, duplicate links among its exports, study links. */
final class StoredDecisions {

    private StoredDecisions() {
    }

    /**
     * Duplicate groups among the review's exports: papers by DOI, PMID or title and year; registrations by registry id
     * or title and year. A paper and a registration are never duplicates, nor are two papers citing one trial: PRISMA
     * 2020 counts them as reports of one study (see {@link #linkStudies}).
     */
    static List<DuplicateGroup> duplicateGroups(EvidenceStore store, FileRecords exported) {
        List<CandidateRecord> papers = new ArrayList<>();
        for (String key : exported.literature()) {
            store.literature().current(key).map(StoredRecord::payload).ifPresent(l -> papers.add(
                    new CandidateRecord("lit:" + key, l.source(), List.of(), l.doi(), l.pmid(), l.title(), l.year())));
        }
        List<CandidateRecord> registrations = new ArrayList<>();
        for (String trialId : exported.registrations()) {
            store.registrations().current(trialId).map(StoredRecord::payload).ifPresent(t -> {
                var r = t.registration();
                List<String> regIds = new ArrayList<>(List.of(r.trialId()));
                r.secondaryIds().forEach(x -> regIds.add(x.id()));
                registrations.add(new CandidateRecord("reg:" + trialId, r.registry(), regIds, Optional.empty(),
                        Optional.empty(), r.officialTitle().orElse(r.briefTitle()),
                        r.startDate().map(d -> OptionalInt.of(d.year())).orElse(OptionalInt.empty())));
            });
        }
        DuplicateFinder finder = new DuplicateFinder();
        List<DuplicateGroup> groups = new ArrayList<>(finder.find(papers));
        groups.addAll(finder.find(registrations));
        return groups;
    }

    /** Makes the sheets' decisions and the duplicates found the review's decisions in force, and says what moved. */
    static DecisionsStored record(ReviewDecisionRepository decided, EvidenceStore store,
                                                   ReviewPlan plan, List<ScreeningDecision> decisions,
                                                   List<Rob2Assessment> judgements, List<DuplicateGroup> groups) {
        // Checked before anything is saved, so a bad sheet leaves every decision as it was.
        for (Rob2Assessment a : judgements) {
            if (store.studies().study(a.studyId()).isEmpty()) {
                throw new IllegalStateException(plan.files().riskOfBias().orElse("risk-of-bias sheet")
                        + ": study \"" + a.studyId() + "\" is judged but no extraction sheet has it");
            }
        }
        DecisionChanges screened = decided.saveScreening(plan.id(), decisions);
        DecisionChanges judged = decided.saveRiskOfBias(plan.id(), judgements);
        DecisionChanges linked = decided.saveDuplicates(plan.id(), groups);
        return new DecisionsStored(screened, judged, linked);
    }

    /** Links each study to the registrations and papers among the review's exports that report it. */
    static void linkStudies(EvidenceStore store, List<ExtractedStudy> studies, FileRecords exported) {
        List<Registration> registrations = new ArrayList<>();
        exported.registrations().forEach(id -> store.registrations().current(id)
                .ifPresent(r -> registrations.add(r.payload().registration())));
        Map<String, LiteratureRecord> papers = new LinkedHashMap<>();
        exported.literature().forEach(key -> store.literature().current(key)
                .ifPresent(l -> papers.put(key, l.payload())));
        StudyLinker linker = new StudyLinker();
        for (ExtractedStudy study : studies) {
            StudyLinker.Links links = linker.link(study.registryIds(), registrations, papers);
            store.reviewDecisions().linkToStudy(study.studyId(), links.trialIds(), links.literatureKeys());
        }
    }
}
