package org.evsyn.core.review.registry;

import org.evsyn.core.domain.Measurement;
import org.evsyn.core.domain.ResultMeasure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A measure posted per visit: registries post repeated measurements as one measure whose classes are the visits
 * ("Baseline", "Week 2", "Week 4", "Week 8", "Week 12"), each with its own values.
 */
final class Visits {

    private Visits() {
    }

    /**
     * The visits of {@code m}, class title to day, in posting order; empty unless every cell has a class, there are
     * at least two classes, and each class title names a distinct time.
     */
    static Map<String, Double> of(ResultMeasure m) {
        Map<String, Double> visits = new LinkedHashMap<>();
        for (Measurement x : m.measurements()) {
            Optional<String> title = x.classTitle();
            if (title.isEmpty()) {
                return Map.of();
            }
            if (!visits.containsKey(title.get())) {
                OptionalDouble days = TimeFrames.days(title.get());
                if (days.isEmpty() || visits.containsValue(days.getAsDouble())) {
                    return Map.of();
                }
                visits.put(title.get(), days.getAsDouble());
            }
        }
        return visits.size() >= 2 ? visits : Map.of();
    }

    /** The measure with only the cells of one visit. */
    static ResultMeasure only(ResultMeasure m, String visit) {
        return new ResultMeasure(m.module(), m.type(), m.title(), m.description(), m.timeFrame(), m.paramType(),
                m.dispersionType(), m.dispersionAsGiven(), m.unit(), m.groups(),
                m.measurements().stream().filter(x -> x.classTitle().filter(visit::equals).isPresent()).toList(),
                m.analyses(), m.populationDescription());
    }
}
