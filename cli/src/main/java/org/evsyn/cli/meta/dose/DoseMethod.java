package org.evsyn.cli.meta.dose;

import org.evsyn.stats.Tau2Method;

/** How linear slopes are pooled: REML or DerSimonian–Laird random effects, or a common effect. */
enum DoseMethod {
    REML(Tau2Method.REML),
    DL(Tau2Method.DL),
    FE(Tau2Method.FE);

    final Tau2Method method;

    DoseMethod(Tau2Method method) {
        this.method = method;
    }
}
