package org.evsyn.core.review.grade;

import java.util.Arrays;
import java.util.Optional;

/**
 * Turns a pooled relative effect into risks per 1,000 at an assumed control risk (ACR), as GRADEpro and the
 * Cochrane Handbook (chapter 14.1.5) do: RR: ACR × RR; OR: ACR × OR / (1 − ACR + ACR × OR); RD: ACR + RD. The
 * confidence bounds of the effect give those of the risk. Risks are kept within [0, 1].
 */
public final class AbsoluteRisks {

    private AbsoluteRisks() {
    }

    /**
     * The absolute effect, or empty for measures without one (continuous and generic outcomes).
     *
     * @param measure  the outcome's measure: RR, OR, PETO (an odds ratio) or RD
     * @param acr      assumed control risk, a proportion
     * @param source   where the assumed risk comes from
     * @param estimate pooled effect on the analysis scale (log for RR, OR and PETO)
     * @param lower    lower confidence bound, analysis scale
     * @param upper    upper confidence bound, analysis scale
     * @return the absolute effect
     */
    public static Optional<AbsoluteEffect> of(String measure, double acr, AbsoluteEffect.RiskSource source,
                                              double estimate, double lower, double upper) {
        if (!(acr >= 0 && acr <= 1)) {
            return Optional.empty();
        }
        return switch (measure) {
            case "RR" -> Optional.of(new AbsoluteEffect(acr, source, clamp(acr * Math.exp(estimate)),
                    clamp(acr * Math.exp(lower)), clamp(acr * Math.exp(upper))));
            case "OR", "PETO" -> Optional.of(new AbsoluteEffect(acr, source, odds(acr, Math.exp(estimate)),
                    odds(acr, Math.exp(lower)), odds(acr, Math.exp(upper))));
            case "RD" -> Optional.of(new AbsoluteEffect(acr, source, clamp(acr + estimate), clamp(acr + lower),
                    clamp(acr + upper)));
            default -> Optional.empty();
        };
    }

    /** The median of the control arms' risks (events / participants); empty when there are none. */
    public static Optional<Double> medianRisk(double[] risks) {
        if (risks.length == 0) {
            return Optional.empty();
        }
        double[] s = risks.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return Optional.of(s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2);
    }

    private static double odds(double acr, double or) {
        return clamp(acr * or / (1 - acr + acr * or));
    }

    private static double clamp(double p) {
        return Math.min(1, Math.max(0, p));
    }
}
