package org.evsyn.stats.sensitivity;

import java.util.Objects;

/**
 * Case-deletion diagnostics of one study (metafor's {@code influence}).
 *
 * @param study      the study's label
 * @param rstudent   externally studentised residual
 * @param dffits     change in the fitted value, in standard-error units
 * @param cooks      Cook's distance (θ − θ₍₋ᵢ₎)²/se²
 * @param covRatio   se₍₋ᵢ₎²/se²
 * @param tau2Del    τ² without the study
 * @param qeDel      Cochran's Q without the study
 * @param hat        leverage w*ᵢ/Σw*
 * @param weight     weight in percent (100·hat)
 * @param dfbetas    change in the estimate, scaled by its deleted-model variance
 */
public record StudyInfluence(String study, double rstudent, double dffits, double cooks, double covRatio,
                             double tau2Del, double qeDel, double hat, double weight, double dfbetas) {

    /**
     * Validates the components.
     */
    public StudyInfluence {
        Objects.requireNonNull(study, "study");
    }
}
