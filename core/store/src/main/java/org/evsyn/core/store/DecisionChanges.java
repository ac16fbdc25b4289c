package org.evsyn.core.store;

/**
 * What saving a review's decisions changed in the store.
 *
 * @param added     decisions that were not there before
 * @param changed   decisions that replace a different one on the same record (the old one is superseded)
 * @param withdrawn decisions no longer made (superseded, not deleted)
 * @param unchanged decisions already in force as given
 */
public record DecisionChanges(int added, int changed, int withdrawn, int unchanged) {

    /** Checks the counts. */
    public DecisionChanges {
        if (added < 0 || changed < 0 || withdrawn < 0 || unchanged < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** True when the store already held exactly these decisions. */
    public boolean none() {
        return added == 0 && changed == 0 && withdrawn == 0;
    }
}
