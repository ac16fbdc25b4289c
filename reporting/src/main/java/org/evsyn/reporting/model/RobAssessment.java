package org.evsyn.reporting.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Study-level RoB 2 judgements (one row per study), or the plain statement that risk of bias was not assessed.
 */
public sealed interface RobAssessment permits RobAssessment.Assessed, RobAssessment.NotAssessed {

    /**
     * RoB 2 was applied.
     *
     * @param rows one row per study, in display order
     */
    record Assessed(List<RobRow> rows) implements RobAssessment {
        /** Requires at least one row. */
        public Assessed {
            rows = List.copyOf(rows);
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("an assessed RoB 2 table needs at least one study");
            }
        }
    }

    /**
     * Risk of bias was not assessed; the report says so plainly.
     *
     * @param reason why not (e.g. "risk of bias assessment is pending")
     */
    record NotAssessed(String reason) implements RobAssessment {
        /** Requires a reason. */
        public NotAssessed {
            Checks.text(reason, "reason");
        }
    }

    /**
     * One study's judgements.
     *
     * @param study   study label
     * @param domains judgement per domain; all five domains are required
     * @param overall overall judgement
     * @param weight  weight of the study in the summary bar plot (e.g. participants); must be positive
     */
    record RobRow(String study, Map<RobDomain, RobJudgement> domains, RobJudgement overall, double weight) {
        /** Requires all five domains and a positive weight. */
        public RobRow {
            Checks.text(study, "study");
            Objects.requireNonNull(domains, "domains");
            if (domains.size() != RobDomain.values().length) {
                throw new IllegalArgumentException(study + ": RoB 2 needs a judgement for each of D1-D5");
            }
            domains = Map.copyOf(new EnumMap<>(domains));
            Objects.requireNonNull(overall, "overall");
            if (!(weight > 0) || !Double.isFinite(weight)) {
                throw new IllegalArgumentException(study + ": weight must be positive, got " + weight);
            }
        }

        /** The judgement for one domain. */
        public RobJudgement judgement(RobDomain domain) {
            return domains.get(domain);
        }
    }
}
