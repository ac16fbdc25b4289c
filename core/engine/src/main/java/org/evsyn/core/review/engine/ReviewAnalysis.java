package org.evsyn.core.review.engine;

import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.rob.Rob2Assessment;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A review analysed: the plan, the studies it drew on, risk of bias, and one analysis per planned outcome.
 *
 * @param plan        the plan
 * @param studies     the extracted studies, in sheet order
 * @param riskOfBias  RoB 2 assessments; empty when not assessed
 * @param outcomes    one per planned outcome, in plan order
 * @param inputHashes SHA-256 of each outcome's inputs (plan entry, model, data), keyed by outcome name; equal
 *                    hashes mean an unchanged analysis
 * @param characteristics the attribute columns of the study characteristics table (those of the enabled packs and
 *                    the attributes the plan uses)
 * @param beyondPairwise network meta-analyses, trial sequential analyses and fragility indices
 */
public record ReviewAnalysis(ReviewPlan plan, List<ExtractedStudy> studies, List<Rob2Assessment> riskOfBias,
                             List<OutcomeAnalysis> outcomes, Map<String, String> inputHashes,
                             List<CharacteristicColumn> characteristics, NetworkAndSequential beyondPairwise) {
    public ReviewAnalysis {
        Objects.requireNonNull(beyondPairwise, "beyondPairwise");
        characteristics = List.copyOf(characteristics);
        Objects.requireNonNull(plan, "plan");
        studies = List.copyOf(studies);
        riskOfBias = List.copyOf(riskOfBias);
        outcomes = List.copyOf(outcomes);
        inputHashes = Map.copyOf(inputHashes);
    }

    /** An analysis without network meta-analyses, trial sequential analyses or fragility indices. */
    public ReviewAnalysis(ReviewPlan plan, List<ExtractedStudy> studies, List<Rob2Assessment> riskOfBias,
                          List<OutcomeAnalysis> outcomes, Map<String, String> inputHashes,
                          List<CharacteristicColumn> characteristics) {
        this(plan, studies, riskOfBias, outcomes, inputHashes, characteristics, NetworkAndSequential.NONE);
    }

    /** An analysis without attribute columns in its characteristics table. */
    public ReviewAnalysis(ReviewPlan plan, List<ExtractedStudy> studies, List<Rob2Assessment> riskOfBias,
                          List<OutcomeAnalysis> outcomes, Map<String, String> inputHashes) {
        this(plan, studies, riskOfBias, outcomes, inputHashes, List.of());
    }

    /** Whether risk of bias was assessed. */
    public boolean riskOfBiasAssessed() {
        return !riskOfBias.isEmpty();
    }
}
