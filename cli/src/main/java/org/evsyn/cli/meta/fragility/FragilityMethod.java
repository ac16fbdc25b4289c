package org.evsyn.cli.meta.fragility;

import org.evsyn.stats.Tau2Method;

/** The pooled model: DerSimonian–Laird (the {@code fragility} package's default), REML or common effect. */
enum FragilityMethod {
    DL(Tau2Method.DL),
    REML(Tau2Method.REML),
    FE(Tau2Method.FE);

    final Tau2Method method;

    FragilityMethod(Tau2Method method) {
        this.method = method;
    }
}
