package org.evsyn.core.review.run;

import org.evsyn.core.review.dose.DoseResponseResult;
import org.evsyn.core.review.engine.OutcomeAnalyser;
import org.evsyn.core.review.engine.OutcomeAnalysis;
import org.evsyn.core.review.engine.ReviewAnalysis;
import org.evsyn.core.review.living.OutcomeChange;
import org.evsyn.core.review.organclass.OrganClassResult;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.registry.OrganSystemEvents;
import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.stats.analysis.AnalysisOutcome;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one run of a review produced: what a console or a report shows is read from here, nothing is computed
 * after it.
 *
 * @param plan          the review's plan
 * @param analysis      every planned outcome with its fits (main model, subgroups, meta-regressions, sensitivity
 *                      analyses, leave-one-out, influence, cumulative, small-study tests), the studies used and
 *                      the data each outcome left out, with reasons
 * @param prisma        the PRISMA flow counts
 * @param changes       per outcome, whether its result moved since the previous recorded run
 * @param dataNotes     statements about the data: sheet/registry conflicts, unusable registry measures, study links,
 *                      adverse-event sources, rejected rows
 * @param adverseEvents adverse events from posted registry results: totals first, then by organ system
 * @param rejected      every row of the review's files that was read but not stored ({@link ReviewMode#RUN}; in
 *                      {@link ReviewMode#REPORT} nothing is stored and this is empty)
 * @param ingest        what ingesting the review's files did ({@link ReviewMode#RUN} only)
 * @param decisions     how the decisions in force changed when stored ({@link ReviewMode#RUN} only)
 * @param storeSha256   SHA-256 of the store file once the run was done, lower-case hex; empty for a store on
 *                      PostgreSQL (no file)
 * @param runIds        the recorded analysis runs the result shows
 * @param version       evsyn version
 * @param date          the report date
 * @param doseResponse  the plan's dose-response meta-regressions, in plan order
 * @param organClasses  adverse events pooled by system organ class, when the plan asks for them
 */
public record ReviewResult(ReviewPlan plan, ReviewAnalysis analysis, PrismaCounts prisma, List<OutcomeChange> changes,
                           List<String> dataNotes, List<OrganSystemEvents> adverseEvents, List<RejectedRow> rejected,
                           Optional<IngestTotals> ingest, Optional<DecisionsStored> decisions, String storeSha256,
                           List<Long> runIds, String version, LocalDate date,
                           List<DoseResponseResult> doseResponse, Optional<OrganClassResult> organClasses) {

    /** Checks that nothing is missing and copies the lists. */
    public ReviewResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(prisma, "prisma");
        changes = List.copyOf(changes);
        dataNotes = List.copyOf(dataNotes);
        adverseEvents = List.copyOf(adverseEvents);
        rejected = List.copyOf(rejected);
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(storeSha256, "storeSha256");
        runIds = List.copyOf(runIds);
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(date, "date");
        doseResponse = List.copyOf(doseResponse);
        Objects.requireNonNull(organClasses, "organClasses");
    }

    /**
     * Each outcome's change since the previous run in words ("first analysis", "unchanged", what moved), ratios
     * shown on their natural scale; by outcome name, in plan order.
     */
    public Map<String, String> changeTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (OutcomeChange c : changes) {
            boolean ratio = plan.outcomes().stream().filter(o -> o.name().equals(c.outcome())).findFirst()
                    .map(OutcomePlan::isRatio).orElse(false);
            texts.put(c.outcome(), c.describe(ratio ? Math::exp : x -> x));
        }
        return texts;
    }

    /** {@link #changeTexts()} of the outcomes whose result moved since the previous run. */
    public Map<String, String> movedTexts() {
        Map<String, String> all = changeTexts();
        Map<String, String> moved = new LinkedHashMap<>();
        changes.stream().filter(c -> c.status() == OutcomeChange.Status.CHANGED)
                .forEach(c -> moved.put(c.outcome(), all.get(c.outcome())));
        return moved;
    }

    /**
     * Participants of the studies {@code outcome}'s pooled estimate uses (a double-zero study left out does not
     * count); 0 when its main analysis did not complete.
     */
    public int pooledParticipants(OutcomeAnalysis outcome) {
        return outcome.main().filter(m -> m instanceof AnalysisOutcome.Completed)
                .map(m -> OutcomeAnalyser.pooledParticipants(outcome.dataset().included(),
                        ((AnalysisOutcome.Completed) m).result()))
                .orElse(0);
    }
}
