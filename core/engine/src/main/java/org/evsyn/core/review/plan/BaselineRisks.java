package org.evsyn.core.review.plan;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads {@code grade.baseline_risk}: the declared assumed control risk per event outcome, a proportion. */
final class BaselineRisks {

    private BaselineRisks() {
    }

    static Map<String, Double> read(JsonFields plan, List<OutcomePlan> outcomes) {
        Map<String, Double> out = new LinkedHashMap<>();
        Optional<JsonFields> risks = plan.optionalObject("grade").flatMap(g -> g.optionalObject("baseline_risk"));
        if (risks.isEmpty()) {
            return out;
        }
        Iterator<String> names = risks.get().fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            OutcomePlan outcome = outcomes.stream().filter(o -> o.name().equals(name)).findFirst()
                    .orElseThrow(() -> risks.get().error(name, "not an outcome of this plan (outcomes: "
                            + String.join(", ", outcomes.stream().map(OutcomePlan::name).toList()) + ")"));
            if (outcome.isContinuous() || outcome.isGeneric()) {
                throw risks.get().error(name, "a baseline risk applies to event outcomes (RR, OR, RD, PETO), not "
                        + outcome.measure());
            }
            OptionalDouble p = risks.get().optionalNumber(name);
            if (p.isEmpty() || !(p.getAsDouble() > 0 && p.getAsDouble() < 1)) {
                throw risks.get().error(name, "expected a proportion strictly between 0 and 1 (e.g. 0.15 for "
                        + "150 per 1,000)");
            }
            out.put(name, p.getAsDouble());
        }
        return out;
    }
}
