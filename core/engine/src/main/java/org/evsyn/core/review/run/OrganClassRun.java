package org.evsyn.core.review.run;

import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.review.organclass.OrganClassAnalyser;
import org.evsyn.core.review.organclass.OrganClassResult;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.stats.StatsException;

import java.util.List;

/** Runs the plan's organ-class analysis; a failure to pool is a data note, not a failed review. */
final class OrganClassRun {

    private OrganClassRun() {
    }

    static OrganClassResult analyse(ReviewPlan plan, List<ExtractedStudy> studies, List<TrialRecord> trials,
                                    List<String> dataNotes) {
        try {
            return new OrganClassAnalyser().analyse(plan.organClasses().orElseThrow(), plan.model(), studies, trials);
        } catch (StatsException e) {
            dataNotes.add("adverse events by organ class were not pooled: " + e.getMessage());
            return new OrganClassResult(List.of(), List.of(), List.of(e.getMessage()));
        }
    }
}
