package org.evsyn.stats.dose;

import java.util.List;

/**
 * The dose meta-regressions asked for.
 *
 * @param studies   labels of the studies with both an effect size and a dose, in order
 * @param doses     their doses
 * @param fits      the models fitted, in the order asked
 * @param notFitted the models the data do not allow, with the reason
 */
public record DoseRegressionResult(List<String> studies, List<Double> doses, List<DoseModelFit> fits,
                                   List<DoseModelNotFitted> notFitted) {

    /** Copies the lists. */
    public DoseRegressionResult {
        studies = List.copyOf(studies);
        doses = List.copyOf(doses);
        fits = List.copyOf(fits);
        notFitted = List.copyOf(notFitted);
    }
}
