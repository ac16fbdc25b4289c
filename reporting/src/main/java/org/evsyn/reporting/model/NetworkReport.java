package org.evsyn.reporting.model;

import org.evsyn.core.review.engine.NetworkAnalysis;
import org.evsyn.core.review.engine.NetworkAndSequential;
import org.evsyn.core.review.engine.ReviewAnalysis;
import org.evsyn.core.review.engine.TsaAndFragility;
import org.evsyn.core.review.plan.Direction;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.stats.effect.EffectMeasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the report shows beyond the pairwise analyses: each declared network meta-analysis, and per outcome its
 * trial sequential analysis and fragility index, as the engine computed them.
 *
 * @param networks  the network analyses, in plan order
 * @param outcomes  per outcome with a TSA or fragility index (or why not), in plan order
 */
public record NetworkReport(List<NetworkSection> networks, List<OutcomeSequential> outcomes) {

    /** Nothing beyond the pairwise analyses. */
    public static final NetworkReport NONE = new NetworkReport(List.of(), List.of());

    public NetworkReport {
        networks = List.copyOf(networks);
        outcomes = List.copyOf(outcomes);
    }

    /**
     * One network analysis with what figures need to name it.
     *
     * @param id       file-safe id (the outcome's name in the plan)
     * @param measure  the measure, for axes
     * @param analysis the engine's analysis
     */
    public record NetworkSection(String id, ReportMeasure measure, NetworkAnalysis analysis) {
        public NetworkSection {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(analysis, "analysis");
        }
    }

    /**
     * One outcome's trial sequential analysis and fragility.
     *
     * @param id        the outcome's name in the plan (also the report outcome's id)
     * @param label     how the report names the outcome
     * @param measure   the measure
     * @param direction which direction is benefit
     * @param analysis  the engine's TSA and fragility
     */
    public record OutcomeSequential(String id, String label, ReportMeasure measure, Direction direction,
                                    TsaAndFragility analysis) {
        public OutcomeSequential {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(analysis, "analysis");
        }
    }

    /** The parts of a review's analysis beyond the pairwise ones. */
    public static NetworkReport of(ReviewAnalysis analysis) {
        NetworkAndSequential beyond = analysis.beyondPairwise();
        List<NetworkSection> networks = new ArrayList<>();
        for (NetworkAnalysis n : beyond.networks()) {
            networks.add(new NetworkSection(n.plan().outcome(), ReportMeasure.of(EffectMeasure.valueOf(n.measure())), n));
        }
        List<OutcomeSequential> outcomes = new ArrayList<>();
        for (TsaAndFragility s : beyond.sequential()) {
            OutcomePlan o = analysis.plan().outcomes().stream().filter(x -> x.name().equals(s.outcome())).findFirst()
                    .orElseThrow();
            outcomes.add(new OutcomeSequential(o.name(), o.label(),
                    new ReportMeasure(EffectMeasure.valueOf(o.measure()), o.isRatio()), o.direction(), s));
        }
        return new NetworkReport(networks, outcomes);
    }

    /** The TSA and fragility of the outcome with this id, if any. */
    public Optional<OutcomeSequential> outcome(String id) {
        return outcomes.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** Whether there is nothing to show. */
    public boolean isEmpty() {
        return networks.isEmpty() && outcomes.isEmpty();
    }
}
