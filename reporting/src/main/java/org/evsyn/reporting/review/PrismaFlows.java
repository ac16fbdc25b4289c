package org.evsyn.reporting.review;

import org.evsyn.core.review.screening.PrismaCounts;
import org.evsyn.reporting.model.PrismaFlow;
import org.evsyn.reporting.model.ReasonCount;
import org.evsyn.reporting.model.SourceCount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The PRISMA flow the figure draws, from the counts the engine computed: shared by the report and the live
 * diagram of the screening app, so both show the same numbers the same way.
 */
public final class PrismaFlows {

    private PrismaFlows() {
    }

    /** The flow of {@code counts}; a count the review did not record is drawn as "not recorded", never 0. */
    public static PrismaFlow of(PrismaCounts counts) {
        List<SourceCount> sources = new ArrayList<>();
        counts.identifiedBySource().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sources.add(
                new SourceCount(e.getKey(), counts.isRegister(e.getKey()) ? SourceCount.SourceKind.REGISTER
                        : SourceCount.SourceKind.DATABASE, e.getValue())));
        List<ReasonCount> reasons = new ArrayList<>();
        counts.fullTextExcluded().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> reasons.add(new ReasonCount(e.getKey(), e.getValue())));
        boolean recorded = counts.screened().isPresent();
        return new PrismaFlow(sources, counts.duplicatesRemoved().orElse(0), 0, counts.screened().orElse(0),
                counts.excludedAtScreening().orElse(0), List.of(), counts.notRetrieved().orElse(0),
                counts.fullTextAssessed().orElse(0), reasons, counts.studiesIncluded(),
                counts.reportsIncluded().orElse(0), recorded);
    }
}
