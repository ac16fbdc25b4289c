package org.evsyn.stats.fragility;

import java.util.List;
import java.util.Objects;

/**
 * The fragility index of a pooled binary meta-analysis (Atal et al. 2019): the smallest number of event-status
 * changes, each in one arm of one study, that moves the pooled p-value to the other side of α.
 *
 * @param options        the options used
 * @param search         the search that ran: GREEDY or EXACT (never AUTO)
 * @param significant    whether the pooled result is significant (p &lt; α) before any change
 * @param index          the number of events changed; 0 when no change found flips the result
 * @param flipped        whether a set of changes flipping the result was found
 * @param participants   participants in all studies
 * @param estimate       pooled estimate before any change (analysis scale: log for OR and RR)
 * @param ciLower        its lower 1 − α confidence bound
 * @param ciUpper        its upper bound
 * @param pBefore        pooled p-value before any change
 * @param pAfter         pooled p-value after the changes
 * @param changes        the changes, one entry per study arm changed, in study order
 * @param studies        the Walsh index of each study on its own, in study order
 */
public record MetaFragility(FragilityOptions options, SearchMethod search, boolean significant, int index,
                            boolean flipped, int participants, double estimate, double ciLower, double ciUpper,
                            double pBefore, double pAfter, List<EventChange> changes, List<StudyFragility> studies) {

    /** Checks the parts and copies the lists. */
    public MetaFragility {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(search, "search");
        changes = List.copyOf(changes);
        studies = List.copyOf(studies);
    }

    /**
     * The fragility quotient index / participants (Ahmed et al. 2016; Atal et al. 2019).
     *
     * @return the quotient, 0 when not flipped
     */
    public double quotient() {
        return flipped ? (double) index / participants : 0;
    }
}
