package org.evsyn.stats.internal;

import org.evsyn.stats.ModelFit;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.effect.ContinuousStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.sensitivity.Refit;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The asthma education trials of metadat's {@code dat.gibson2002} (the 13 with means and SDs), mean differences:
 * their ML and REML likelihoods have two or three local maxima in the full data and in most subsets, and Fisher
 * scoring from the Hedges start stops on the lower one. Expected values are metafor 3.8.1's, with tight control
 * ({@code threshold=1e-10, tol=1e-12, maxiter=1000}); each was checked to be the global maximum of a 3,000-point
 * profile of {@code logLik()}:
 * <pre>
 * dat &lt;- escalc("MD", m1i=m1i, sd1i=sd1i, n1i=n1i, m2i=m2i, sd2i=sd2i, n2i=n2i, data=dat.gibson2002[1:13,])
 * rma(yi, vi, data=dat, method="ML")                      # tau2 0 (ll -39.2903; the local maximum 0.694 has -39.447)
 * cumul(rma(yi, vi, data=dat[order(dat$year, dat$author),], method="REML"))
 * leave1out(rma(yi, vi, data=dat, method="ML"))
 * </pre>
 */
class GlobalLikelihoodMaximumTest {

    private static final List<ContinuousStudy> GIBSON = List.of(
            new ContinuousStudy("Cote 1997", 50, 2.2, 12.73, 54, 5.2, 12.5),
            new ContinuousStudy("Ghosh 1998", 140, 17.6, 24.2, 136, 34.1, 38.8),
            new ContinuousStudy("Hayward 1996", 23, 0.38, 0.56, 19, 0.23, 0.29),
            new ContinuousStudy("Heard 1999", 97, 2.09, 5.93, 94, 2.66, 4.95),
            new ContinuousStudy("Ignacio-Garcia 1995", 35, 4.92, 6.05, 35, 20, 26.34),
            new ContinuousStudy("Knoell 1998", 45, 0.85, 4.75, 55, 2.31, 9.16),
            new ContinuousStudy("Lahdensuo 1996", 56, 2.8, 9, 59, 4.8, 7.2),
            new ContinuousStudy("Sommaruga 1995", 20, 24.1, 11.8, 20, 31.8, 17.9),
            new ContinuousStudy("Zeiger 1991", 128, 1.4, 3.3, 143, 2.3, 7.6),
            new ContinuousStudy("Garret 1994", 119, 6.23, 12.2, 100, 5.71, 8.57),
            new ContinuousStudy("Neri 1996", 32, 2.1, 8, 33, 5.1, 14),
            new ContinuousStudy("Hilton 1986", 86, 0.73, 1.48, 100, 0.47, 1.2),
            new ContinuousStudy("Gallefoss 1999", 25, 8, 32, 24, 26, 70));

    /** τ² that metafor leaves a hair above the boundary (its scoring creeps towards 0) compare absolutely. */
    private static final double TAU2_ABS = 1e-8;

    private static EffectSizes effects(List<ContinuousStudy> studies) {
        return EffectSizeCalculator.continuous(EffectMeasure.MD, studies);
    }

    private static ModelOptions options(Tau2Method method) {
        return new ModelOptions(method, TestMethod.Z, 95);
    }

    @Test
    void mlReturnsTheBoundaryMaximumWhereScoringStopsOnALocalOne() {
        EffectSizes es = effects(GIBSON);
        ModelFit fit = UnivariateModel.fit(es.yi(), es.vi(), options(Tau2Method.ML));
        assertThat(fit.tau2()).isCloseTo(0, within(TAU2_ABS));
        assertThat(fit.estimate()).isCloseTo(0.0892444910077, within(1e-9));
        assertThat(fit.se()).isCloseTo(0.107847727238, within(1e-9));
        assertThat(fit.ciLower()).isCloseTo(-0.122133170194, within(1e-9));
        assertThat(fit.ciUpper()).isCloseTo(0.300622152209, within(1e-9));
        assertThat(fit.warnings()).singleElement().isEqualTo("the ML likelihood of tau^2 has 2 local maxima "
                + "(tau^2 = 0, log-likelihood -39.2903; tau^2 = 0.694687, log-likelihood -39.4469); Fisher scoring "
                + "stopped at the lower one, tau^2 = 0.694687; the global maximum, tau^2 = 0, is reported");
    }

    @Test
    void remlKeepsTheInteriorMaximumAndSaysTheLikelihoodHasTwo() {
        EffectSizes es = effects(GIBSON);
        ModelFit fit = UnivariateModel.fit(es.yi(), es.vi(), options(Tau2Method.REML));
        assertThat(fit.tau2()).isCloseTo(9.67921400056, within(1e-6));
        assertThat(fit.estimate()).isCloseTo(-2.45702698433, within(1e-8));
        assertThat(fit.se()).isCloseTo(1.06403286059, within(1e-8));
        assertThat(fit.warnings()).singleElement().satisfies(w -> assertThat(w)
                .startsWith("the REML likelihood of tau^2 has 2 local maxima").contains("log-likelihood -37.5573")
                .endsWith("the global maximum, tau^2 = 9.67921, is reported"));
    }

    @Test
    void cumulativeRemlStepsEachReachTheGlobalMaximum() {
        List<ContinuousStudy> byYear = GIBSON.stream()
                .sorted(Comparator.comparing((ContinuousStudy s) -> s.label().substring(s.label().length() - 4))
                        .thenComparing(ContinuousStudy::label))
                .toList();
        EffectSizes es = effects(byYear);
        List<Refit> steps = Cumulative.of(es.labels(), es.yi(), es.vi(), options(Tau2Method.REML));
        double[] estimate = {0.26, -0.126411878675, -0.0030204081079, -2.44944202527, -3.05022587455,
            0.146711074996, 0.135656324239, 0.130934622668, 0.124844846978, -3.40399133605, -2.95021541962,
            -3.08161840083, -2.45702698433};
        double[] tau2 = {0, 0.408368011821, 0.213130509147, 25.804869304, 23.3828189663, 1.75201476288e-11,
            1.89404481949e-13, 1.53969800663e-11, 0, 19.8010639859, 14.4545381821, 14.9499564014, 9.67921400056};
        assertThat(steps).extracting(Refit::study).startsWith("Hilton 1986", "Zeiger 1991").contains("Cote 1997");
        for (int i = 0; i < steps.size(); i++) {
            assertThat(steps.get(i).estimate()).as("step %d", i + 1).isCloseTo(estimate[i], within(1e-6));
            assertThat(steps.get(i).tau2()).as("step %d tau2", i + 1)
                    .isCloseTo(tau2[i], within(Math.max(TAU2_ABS, 1e-6 * tau2[i])));
        }
        // Step 9 (+ Cote 1997) is the one scoring from the previous step's tau^2 used to get wrong.
        assertThat(steps.get(8).warnings()).anySatisfy(w -> assertThat(w).contains("2 local maxima"));
    }

    @Test
    void mlLeaveOneOutRefitsEachReachTheGlobalMaximum() {
        EffectSizes es = effects(GIBSON);
        List<Refit> refits = LeaveOneOut.of(es.labels(), es.yi(), es.vi(), options(Tau2Method.ML));
        double[] estimate = {0.0951128123831, 0.101904596338, -2.73821105173, -2.75281060835, 0.0977038309516,
            0.0981857609631, 0.0997484432136, 0.093188518266, -2.74898176538, -2.64377203583, 0.0937768429669,
            -2.71727127327, 0.0901028569373};
        double[] tau2 = {0, 5.34758955229e-12, 8.9975879457, 10.3750917449, 2.94117631288e-12, 0, 0, 0,
            10.7669308863, 8.36664757626, 0, 8.64235725944, 0};
        for (int i = 0; i < refits.size(); i++) {
            assertThat(refits.get(i).estimate()).as("without study %d", i + 1).isCloseTo(estimate[i], within(1e-6));
            assertThat(refits.get(i).tau2()).as("without study %d tau2", i + 1)
                    .isCloseTo(tau2[i], within(Math.max(TAU2_ABS, 1e-6 * tau2[i])));
        }
    }

    @Test
    void aUnimodalLikelihoodGivesNoWarning() {
        double[] yi = {-0.889, -1.585, -1.348, -1.442, -0.218, -0.786, -1.621, 0.012, -0.469, -1.371, -0.339, 0.446,
            -0.017};
        double[] vi = {0.326, 0.195, 0.415, 0.020, 0.051, 0.007, 0.223, 0.004, 0.056, 0.073, 0.012, 0.533, 0.071};
        ModelFit fit = UnivariateModel.fit(yi, vi, options(Tau2Method.REML));
        assertThat(fit.warnings()).isEmpty();
    }
}
