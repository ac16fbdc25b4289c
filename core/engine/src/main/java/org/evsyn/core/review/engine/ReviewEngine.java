package org.evsyn.core.review.engine;

import jakarta.inject.Inject;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.attributes.AttributePacks;
import org.evsyn.core.review.plan.NetworkPlan;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.core.review.rob.Rob2Assessment;
import org.evsyn.core.review.rob.RobJudgement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a review plan and the extracted studies into analyses, one per planned outcome. Pure: reads nothing and
 * writes nothing, so the same inputs always give the same analyses.
 */
public final class ReviewEngine {

    private final OutcomeDataExtractor extractor;
    private final OutcomeAnalyser analyser;
    private final AttributePacks packs;

    /** An engine that knows the attribute packs that ship with evsyn. */
    public ReviewEngine(OutcomeDataExtractor extractor, OutcomeAnalyser analyser) {
        this(extractor, analyser, new AttributePacks());
    }

    @Inject
    public ReviewEngine(OutcomeDataExtractor extractor, OutcomeAnalyser analyser, AttributePacks packs) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.analyser = Objects.requireNonNull(analyser, "analyser");
        this.packs = Objects.requireNonNull(packs, "packs");
    }

    /** Analyses every outcome of {@code plan}. */
    public ReviewAnalysis analyse(ReviewPlan plan, List<ExtractedStudy> studies, List<Rob2Assessment> riskOfBias) {
        Optional<Map<String, RobJudgement>> rob = Optional.empty();
        if (!riskOfBias.isEmpty()) {
            Map<String, RobJudgement> overall = new LinkedHashMap<>();
            // Study-level judgements (no outcome) apply to every outcome of the study.
            riskOfBias.stream().filter(a -> a.outcome().isEmpty())
                    .forEach(a -> overall.put(a.studyId(), a.overall()));
            rob = Optional.of(overall);
        }
        StudyAttributeReader attributes = new StudyAttributeReader(plan, packs);
        Map<String, StudyAttributes> values = attributes.read(studies);
        List<OutcomeAnalysis> analyses = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        List<TsaAndFragility> sequential = new ArrayList<>();
        for (OutcomePlan outcome : plan.outcomes()) {
            OutcomeDataset dataset = extractor.extract(outcome, studies, plan.multiArm(),
                    s -> values.get(s.studyId()));
            Optional<Map<String, RobJudgement>> robForOutcome = rob.map(m -> withOutcomeSpecific(m, riskOfBias, outcome));
            analyses.add(analyser.analyse(plan, dataset, robForOutcome));
            hashes.put(outcome.name(), InputHash.of(plan, dataset, robForOutcome.map(m -> m)));
            TsaAndFragility s = TsaAndFragilityAnalyser.analyse(plan, dataset);
            if (!s.isEmpty()) {
                sequential.add(s);
            }
        }
        List<NetworkAnalysis> networks = new ArrayList<>();
        for (NetworkPlan network : plan.beyondPairwise().networks()) {
            OutcomePlan outcome = plan.outcomes().stream().filter(o -> o.name().equals(network.outcome()))
                    .findFirst().orElseThrow();
            networks.add(NetworkAnalyser.analyse(network, outcome, plan.modelFor(outcome).level(), studies));
        }
        return new ReviewAnalysis(plan, studies, riskOfBias, analyses, hashes,
                attributes.characteristics(studies, values), new NetworkAndSequential(networks, sequential));
    }

    // An outcome-specific judgement overrides the study-level one for that outcome.
    private static Map<String, RobJudgement> withOutcomeSpecific(Map<String, RobJudgement> studyLevel,
                                                                 List<Rob2Assessment> all, OutcomePlan outcome) {
        Map<String, RobJudgement> m = new LinkedHashMap<>(studyLevel);
        all.stream().filter(a -> a.outcome().map(outcome::matches).orElse(false))
                .forEach(a -> m.put(a.studyId(), a.overall()));
        return m;
    }
}
