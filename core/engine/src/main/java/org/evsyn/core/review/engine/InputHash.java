package org.evsyn.core.review.engine;

import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.review.plan.ModelPlan;
import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.stats.model.PredictionForm;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A digest of everything an outcome's analysis depends on: the outcome's plan entry, the model and analysis
 * choices, the risk-of-bias judgements and every number that enters it. Equal digests mean re-running would
 * give the same result, which is how a living review knows what to re-analyse.
 */
final class InputHash {

    private InputHash() {
    }

    static String of(ReviewPlan plan, OutcomeDataset dataset, Optional<Map<String, ?>> rob) {
        StringBuilder sb = new StringBuilder();
        sb.append("outcome=").append(dataset.outcome()).append('\n');
        ModelPlan model = plan.modelFor(dataset.outcome());
        // The text earlier versions hashed, so an upgrade re-analyses nothing; a non-default choice adds a line.
        sb.append("model=ModelPlan[method=").append(model.method()).append(", test=").append(model.test())
                .append(", level=").append(model.level()).append("]\n");
        if (model.prediction() != PredictionForm.METAFOR) {
            sb.append("prediction=").append(model.prediction()).append('\n');
        }
        sb.append("subgroups=").append(plan.subgroups()).append('\n');
        sb.append("moderators=").append(plan.moderators()).append('\n');
        sb.append("sensitivity=").append(plan.sensitivity().stream().map(Enum::name).sorted().toList()).append('\n');
        sb.append("multiArm=").append(plan.multiArm()).append('\n');
        sb.append("indirectness=").append(plan.indirectness().get(dataset.outcome().name())).append('\n');
        Double baseline = plan.baselineRisk().get(dataset.outcome().name());
        if (baseline != null) {
            sb.append("baselineRisk=").append(baseline).append('\n');
        }
        // Records print their components in declaration order, so this text is canonical for the data.
        dataset.included().forEach(d -> sb.append("study=").append(d).append('\n'));
        dataset.missing().forEach(m -> sb.append("missing=").append(m).append('\n'));
        rob.ifPresent(r -> sb.append("rob=").append(r.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","))));
        return SourceRecord.sha256Hex(sb.toString());
    }
}
