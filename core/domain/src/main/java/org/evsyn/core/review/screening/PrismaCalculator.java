package org.evsyn.core.review.screening;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/** Computes PRISMA 2020 counts from what the store holds and the screening decisions. */
public final class PrismaCalculator {

    /**
     * @param identifiedBySource records identified per source (from the ingested exports)
     * @param duplicates         records linked as duplicates of another record
     * @param decisions          screening decisions; empty when screening was not recorded
     * @param studiesIncluded    studies the review includes
     */
    public PrismaCounts compute(Map<String, Integer> identifiedBySource, int duplicates,
                                List<ScreeningDecision> decisions, int studiesIncluded) {
        boolean identified = !identifiedBySource.isEmpty();
        if (decisions.isEmpty()) {
            return new PrismaCounts(identifiedBySource, identified ? OptionalInt.of(duplicates) : OptionalInt.empty(),
                    OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Map.of(), studiesIncluded,
                    OptionalInt.empty());
        }
        List<ScreeningDecision> ta = decisions.stream()
                .filter(d -> d.stage() == ScreeningDecision.Stage.TITLE_ABSTRACT).toList();
        List<ScreeningDecision> ft = decisions.stream()
                .filter(d -> d.stage() == ScreeningDecision.Stage.FULL_TEXT).toList();
        Map<String, Integer> reasons = new TreeMap<>();
        ft.stream().filter(d -> !d.include())
                .forEach(d -> reasons.merge(d.reason().orElse("no reason given"), 1, Integer::sum));
        return new PrismaCounts(identifiedBySource, OptionalInt.of(duplicates), OptionalInt.of(ta.size()),
                OptionalInt.of((int) ta.stream().filter(d -> !d.include()).count()), OptionalInt.of(ft.size()),
                reasons, studiesIncluded, OptionalInt.of((int) ft.stream().filter(ScreeningDecision::include).count()));
    }
}
