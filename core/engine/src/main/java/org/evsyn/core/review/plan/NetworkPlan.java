package org.evsyn.core.review.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A network meta-analysis the plan declares over one outcome ({@code review.json} {@code network}): every arm of
 * the outcome's studies enters with what it received (its treatment), multi-arm studies whole.
 *
 * @param outcome     the outcome's name in the plan
 * @param reference   the treatment every other is compared with (a network label, after {@code treatments})
 * @param method      how between-study variance is estimated
 * @param treatments  the plan's relabelling: each arm treatment as the sheets name it, mapped to its network label
 *                    (several names mapped to one label are merged into one node); names not listed keep their own
 * @param controlName the label of control arms whose treatment is not recorded (a sheet's plain control arm)
 * @param correctAll  event outcomes: whether 0.5 is added to every arm of every study ({@code "cc_rule": "all"}, as
 *                    metafor's documentation of dat.hasselblad1998 does) rather than only to the arms of studies
 *                    with a zero cell ({@code "only0"}, the default)
 */
public record NetworkPlan(String outcome, String reference, Method method, Map<String, String> treatments,
                          String controlName, boolean correctAll) {

    /** The default label of a control arm without a recorded treatment. */
    public static final String DEFAULT_CONTROL = "control";

    /** The effect measures a network analysis of arm data can use. */
    public static final List<String> MEASURES = List.of("OR", "RR", "MD");

    /** τ² estimation of the network model. */
    public enum Method {
        /** common effect: τ² = 0 */
        FE,
        /** restricted maximum likelihood */
        REML,
        /** maximum likelihood */
        ML,
        /** netmeta's generalised DerSimonian-Laird */
        DL
    }

    public NetworkPlan {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(method, "method");
        treatments = Map.copyOf(treatments);
        Objects.requireNonNull(controlName, "controlName");
    }

    /** The network label of an arm's treatment as recorded; a control arm without one takes {@link #controlName}. */
    public Optional<String> label(Optional<String> recorded, boolean controlArm) {
        if (recorded.isPresent()) {
            return Optional.of(treatments.getOrDefault(recorded.get(), recorded.get()));
        }
        return controlArm ? Optional.of(treatments.getOrDefault(controlName, controlName)) : Optional.empty();
    }
}
