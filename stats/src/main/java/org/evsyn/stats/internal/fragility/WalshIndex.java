package org.evsyn.stats.internal.fragility;

import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.fragility.Arm;
import org.evsyn.stats.fragility.StudyFragility;

/**
 * The Walsh fragility index (Walsh et al. 2014, J Clin Epidemiol 67:622): in the arm with the lower risk, non-events
 * become events one at a time until the two-sided Fisher exact p is at least α. For a table that is not
 * significant, the reverse index: events of that arm become non-events until p &lt; α. Arm sizes never change.
 */
public final class WalshIndex {

    private WalshIndex() {
    }

    /**
     * The index of one table.
     *
     * @param study the table
     * @param alpha the significance level
     * @return the index
     */
    public static StudyFragility of(BinaryStudy study, double alpha) {
        double before = FisherExact.twoSided(study.treatEvents(), study.treatN(), study.ctrlEvents(), study.ctrlN());
        boolean significant = before < alpha;
        // The arm with the lower risk (Walsh's "fewer events" when the arms are equal in size; by count alone an
        // unequal arm with fewer events but the higher risk would be pushed away from the null and never flip),
        // on a tie the one with fewer events, then treatment.
        long treatRisk = (long) study.treatEvents() * study.ctrlN();
        long ctrlRisk = (long) study.ctrlEvents() * study.treatN();
        boolean treatment = treatRisk < ctrlRisk
                || (treatRisk == ctrlRisk && study.treatEvents() <= study.ctrlEvents());
        int step = significant ? 1 : -1;
        int events = treatment ? study.treatEvents() : study.ctrlEvents();
        int size = treatment ? study.treatN() : study.ctrlN();
        int changes = 0;
        double p = before;
        BinaryStudy current = study;
        while (significant == (p < alpha)) {
            int next = events + step * (changes + 1);
            if (next < 0 || next > size) {
                return new StudyFragility(study.label(), significant, 0, false, arm(treatment), before, p, current,
                        study.total());
            }
            changes++;
            current = treatment ? new BinaryStudy(study.label(), next, size, study.ctrlEvents(), study.ctrlN())
                    : new BinaryStudy(study.label(), study.treatEvents(), study.treatN(), next, size);
            p = FisherExact.twoSided(current.treatEvents(), current.treatN(), current.ctrlEvents(), current.ctrlN());
        }
        return new StudyFragility(study.label(), significant, changes, true, arm(treatment), before, p, current,
                study.total());
    }

    private static Arm arm(boolean treatment) {
        return treatment ? Arm.TREATMENT : Arm.CONTROL;
    }
}
