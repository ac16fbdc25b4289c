package org.evsyn.core.review.engine;

import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.review.plan.ReviewPlan;

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
        sb.append("model=").append(plan.modelFor(dataset.outcome())).append('\n');
        sb.append("subgroups=").append(plan.subgroups()).append('\n');
        sb.append("moderators=").append(plan.moderators()).append('\n');
        sb.append("sensitivity=").append(plan.sensitivity().stream().map(Enum::name).sorted().toList()).append('\n');
        sb.append("multiArm=").append(plan.multiArm()).append('\n');
        sb.append("indirectness=").append(plan.indirectness().get(dataset.outcome().name())).append('\n');
        // Records print their components in declaration order, so this text is canonical for the data.
        dataset.included().forEach(d -> sb.append("study=").append(d).append('\n'));
        dataset.missing().forEach(m -> sb.append("missing=").append(m).append('\n'));
        rob.ifPresent(r -> sb.append("rob=").append(r.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","))));
        return SourceRecord.sha256Hex(sb.toString());
    }
}
