package org.evsyn.stats.examples;

import org.evsyn.stats.Meta;
import org.evsyn.stats.RmaFit;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.effect.EffectSizeTable;
import org.evsyn.stats.model.HeterogeneityInterval;
import org.evsyn.stats.model.PredictionInterval;

import java.util.List;

/** The BCG vaccine trials (metafor's dat.bcg): tuberculosis cases and arm sizes, vaccinated versus not. */
public class BcgVaccine {
    public static void main(String[] args) {
        List<BinaryStudy> trials = List.of(
                new BinaryStudy("Aronson 1948", 4, 123, 11, 139),
                new BinaryStudy("Ferguson & Simes 1949", 6, 306, 29, 303),
                new BinaryStudy("Rosenthal et al 1960", 3, 231, 11, 220),
                new BinaryStudy("Hart & Sutherland 1977", 62, 13598, 248, 12867),
                new BinaryStudy("Frimodt-Moller et al 1973", 33, 5069, 47, 5808),
                new BinaryStudy("Stein & Aronson 1953", 180, 1541, 372, 1451),
                new BinaryStudy("Vandiviere et al 1973", 8, 2545, 10, 629),
                new BinaryStudy("TPT Madras 1980", 505, 88391, 499, 88391),
                new BinaryStudy("Coetzee & Berjak 1968", 29, 7499, 45, 7277),
                new BinaryStudy("Rosenthal et al 1961", 17, 1716, 65, 1665),
                new BinaryStudy("Comstock et al 1974", 186, 50634, 141, 27338),
                new BinaryStudy("Comstock & Webster 1969", 5, 2498, 3, 2341),
                new BinaryStudy("Comstock et al 1976", 27, 16913, 29, 17854));

        EffectSizeTable effects = Meta.escalc(EffectMeasure.RR, trials); // escalc(measure = "RR", ...)
        RmaFit fit = Meta.rma(effects);                                    // rma(yi, vi): REML, z test, 95%
        System.out.printf("estimate %.4f, se %.4f, tau2 %.4f%n", fit.estimate(), fit.se(), fit.tau2());

        PredictionInterval pi = fit.predict();                             // predict(res, transf = exp)
        System.out.printf("risk ratio %.2f, 95%% CI %.2f to %.2f, prediction interval %.2f to %.2f%n",
                Math.exp(fit.estimate()), Math.exp(fit.ciLower()), Math.exp(fit.ciUpper()),
                Math.exp(pi.lower()), Math.exp(pi.upper()));
        HeterogeneityInterval ci = fit.confint();                          // confint(res)
        System.out.printf("tau2 95%% CI %.4f to %.4f%n", ci.tau2Lower(), ci.tau2Upper());
        var filled = fit.trimAndFill();                                    // trimfill(res)
        System.out.printf("trim and fill: %d missing on the %s, estimate %.4f%n", filled.k0(),
                filled.side().label(), filled.model().estimate());
    }
}
