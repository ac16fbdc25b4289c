package org.evsyn.cli.meta.sequential;

import org.evsyn.stats.effect.EffectMeasure;

/** The measures a trial sequential analysis takes. */
enum TsaMeasure {
    OR(EffectMeasure.OR),
    RR(EffectMeasure.RR),
    RD(EffectMeasure.RD),
    MD(EffectMeasure.MD);

    final EffectMeasure measure;

    TsaMeasure(EffectMeasure measure) {
        this.measure = measure;
    }
}
