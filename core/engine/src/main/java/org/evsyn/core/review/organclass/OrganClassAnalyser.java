package org.evsyn.core.review.organclass;

import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.review.plan.ModelPlan;
import org.evsyn.core.review.plan.OrganClassPlan;
import org.evsyn.core.review.registry.OrganClassRegistryRows;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.adverse.OrganClassAnalysis;
import org.evsyn.stats.adverse.OrganClassCounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Pools adverse events by organ class from the sources the plan names. Where a sheet study and a registry record
 * are the same trial (the sheet names its registry id) and both give a class, the sheet is used, as for outcomes.
 * Pooling is by inverse variance with the review's τ² method (REML when the review pools by Mantel–Haenszel or
 * Peto), so that residuals and the small-study tests refer to the model pooled.
 */
public final class OrganClassAnalyser {

    /**
     * Pools every organ class.
     *
     * @param plan    the declaration
     * @param model   the review's model
     * @param studies the extraction sheets' studies
     * @param trials  the review's registry records with results
     * @return the pooled classes with sources and notes
     */
    public OrganClassResult analyse(OrganClassPlan plan, ModelPlan model, List<ExtractedStudy> studies,
                                    List<TrialRecord> trials) {
        List<String> notes = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<OrganClassCounts> counts = new ArrayList<>();
        if (plan.fromSheets()) {
            List<OrganClassCounts> sheet = SheetOrganClassRows.read(studies, notes);
            counts.addAll(sheet);
            sources.add("extraction sheets (" + OrganClassPlan.SHEET_PREFIX + " rows): " + rows(sheet.size()));
        }
        if (plan.fromRegistry()) {
            OrganClassRegistryRows.Result posted = new OrganClassRegistryRows().read(trials);
            notes.addAll(posted.leftOut());
            int used = 0;
            for (OrganClassRegistryRows.Row r : posted.rows()) {
                Optional<ExtractedStudy> same = studies.stream().filter(s -> s.registryIds().contains(r.trialId()))
                        .findFirst();
                String label = same.map(ExtractedStudy::studyId).orElse(r.trialId());
                if (counts.stream().anyMatch(c -> c.study().equals(label)
                        && c.organClass().toLowerCase(Locale.ROOT).equals(r.organClass().toLowerCase(Locale.ROOT)))) {
                    notes.add(r.trialId() + ", " + r.organClass() + ": the extraction sheet's row for " + label
                            + " is used, not the posted one");
                    continue;
                }
                counts.add(new OrganClassCounts(label, r.organClass(), r.treatEvents(), r.treatN(), r.ctrlEvents(),
                        r.ctrlN()));
                used++;
            }
            sources.add("posted registry results (one term per class, participants counted exactly): " + rows(used));
        }
        ModelOptions options = model.method().tau2Method().isPresent() ? model.options()
                : new ModelOptions(Tau2Method.REML, model.test(), model.level());
        if (model.method().tau2Method().isEmpty()) {
            notes.add("organ classes are pooled by inverse variance (REML), not " + model.method()
                    + ", so that residuals and small-study tests refer to the model pooled");
        }
        return new OrganClassResult(OrganClassAnalysis.analyse(counts, options, plan.biasMinStudies()), sources,
                notes);
    }

    private static String rows(int n) {
        return n == 1 ? "1 study-class row" : n + " study-class rows";
    }
}
