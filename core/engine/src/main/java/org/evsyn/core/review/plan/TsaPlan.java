package org.evsyn.core.review.plan;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Trial sequential analysis settings of one outcome ({@code review.json} {@code outcomes[].tsa}): what the required
 * information size is computed from. Event outcomes give the assumed control risk and relative risk reduction;
 * continuous outcomes the mean difference to detect and the SD.
 *
 * @param controlRisk assumed risk of the event without the intervention, a proportion (event outcomes)
 * @param rrr         relative risk reduction to detect, a proportion (event outcomes)
 * @param md          mean difference to detect (continuous outcomes)
 * @param sd          standard deviation of the outcome (continuous outcomes)
 * @param alpha       two-sided type I error
 * @param power       power (1 - type II error)
 * @param adjust      how the information size is corrected for heterogeneity
 */
public record TsaPlan(OptionalDouble controlRisk, OptionalDouble rrr, OptionalDouble md, OptionalDouble sd,
                      double alpha, double power, Adjust adjust) {

    /** The default type I error. */
    public static final double DEFAULT_ALPHA = 0.05;
    /** The default power. */
    public static final double DEFAULT_POWER = 0.8;

    /** Heterogeneity correction of the required information size. */
    public enum Adjust {
        /** by diversity D² (the Copenhagen Trial Unit's default) */
        D2,
        /** by I² */
        I2,
        /** none */
        NONE
    }

    public TsaPlan {
        Objects.requireNonNull(controlRisk, "controlRisk");
        Objects.requireNonNull(rrr, "rrr");
        Objects.requireNonNull(md, "md");
        Objects.requireNonNull(sd, "sd");
        Objects.requireNonNull(adjust, "adjust");
        if (!(alpha > 0 && alpha < 1) || !(power > 0 && power < 1)) {
            throw new IllegalArgumentException("alpha and power must lie strictly between 0 and 1");
        }
        if (controlRisk.isPresent() != rrr.isPresent() || md.isPresent() != sd.isPresent()
                || controlRisk.isPresent() == md.isPresent()) {
            throw new IllegalArgumentException("either control risk with relative risk reduction, or mean difference "
                    + "with SD");
        }
    }

    /** Whether these are an event outcome's settings (control risk and relative risk reduction). */
    public boolean binary() {
        return controlRisk.isPresent();
    }
}
