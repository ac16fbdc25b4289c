package org.evsyn.cli.meta.fragility;

import org.evsyn.stats.effect.EffectMeasure;

/** The measures of a meta-analysis fragility index. */
enum FragilityMeasure {
    OR(EffectMeasure.OR),
    RR(EffectMeasure.RR),
    RD(EffectMeasure.RD);

    final EffectMeasure measure;

    FragilityMeasure(EffectMeasure measure) {
        this.measure = measure;
    }
}
