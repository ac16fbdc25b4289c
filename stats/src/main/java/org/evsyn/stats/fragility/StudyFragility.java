package org.evsyn.stats.fragility;

import org.evsyn.stats.effect.BinaryStudy;

import java.util.Objects;

/**
 * The Walsh fragility index of one 2×2 table (Walsh et al. 2014): events changed one at a time in one arm until
 * the two-sided Fisher exact p-value crosses α. A significant table gets events added to the arm with the lower
 * risk (Walsh's arm with fewer events, when the arms are equal in size); a non-significant one gets events removed
 * from that arm (the reverse fragility index).
 *
 * @param label        the study
 * @param significant  whether p &lt; α before any change
 * @param index        events changed until the result flips; 0 when nothing can flip it (see {@code flipped})
 * @param flipped      whether a change flipped it (false when the arm ran out of participants or events first)
 * @param arm          the arm changed
 * @param pBefore      Fisher exact p of the table as given
 * @param pAfter       Fisher exact p after the changes
 * @param changed      the table after the changes
 * @param participants participants in the table (treatment + control)
 */
public record StudyFragility(String label, boolean significant, int index, boolean flipped, Arm arm, double pBefore,
                             double pAfter, BinaryStudy changed, int participants) {

    /** Checks the parts. */
    public StudyFragility {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(arm, "arm");
        Objects.requireNonNull(changed, "changed");
    }

    /**
     * The fragility quotient index / participants.
     *
     * @return the quotient (0 when not flipped)
     */
    public double quotient() {
        return flipped ? (double) index / participants : 0;
    }
}
