package org.evsyn.core.review.plan;

/** How a trial with several experimental arms against one control enters a pairwise analysis (Cochrane Handbook 23.3.4). */
public enum MultiArmRule {
    /** Combine the experimental arms into one group (pooled n, mean and SD, or summed events). */
    COMBINE_ARMS,
    /** Compare each experimental arm with the control, splitting the control group's n (and events) between them. */
    SPLIT_CONTROL
}
