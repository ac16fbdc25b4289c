package org.evsyn.stats.sequential;

import java.util.Objects;

/**
 * One point of the cumulative Z curve: the meta-analysis of the first {@code trial} trials, with the boundaries at
 * its information fraction. Boundaries are signed on the scale of {@code z} (benefit on the side given by {@link
 * AssumedEffect#benefitSign()}); beyond the required information size they are the conventional z<sub>1−α/sides</sub>.
 *
 * @param trial        1-based number of trials pooled
 * @param label        the trial added at this point
 * @param participants accumulated participants
 * @param fraction     participants / adjusted required information size (may exceed 1)
 * @param estimate     pooled estimate of the first {@code trial} trials (analysis scale: log for OR and RR)
 * @param se           its standard error
 * @param z            cumulative Z = estimate / se
 * @param benefit      benefit (alpha-spending) boundary, signed
 * @param harm         harm boundary, signed (the mirror of benefit), NaN for a one-sided design
 * @param futility     futility boundary on the benefit side, signed, NaN where none applies (no inner wedge: a
 *                     two-sided design's futility value is not beyond zero toward benefit, or the size is reached)
 * @param futilityHarm its mirror on the harm side for a two-sided design, NaN otherwise
 */
public record TsaPoint(int trial, String label, double participants, double fraction, double estimate, double se,
                       double z, double benefit, double harm, double futility, double futilityHarm) {

    /** Checks the label. */
    public TsaPoint {
        Objects.requireNonNull(label, "label");
    }
}
