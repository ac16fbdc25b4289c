package org.evsyn.cli.meta.sequential;

import org.evsyn.stats.Tau2Method;

/** The models of the cumulative meta-analyses: DerSimonian–Laird (the TSA program's default), REML or common effect. */
enum TsaMethod {
    DL(Tau2Method.DL),
    REML(Tau2Method.REML),
    FE(Tau2Method.FE);

    final Tau2Method method;

    TsaMethod(Tau2Method method) {
        this.method = method;
    }
}
