package org.evsyn.cli.serve;

import java.util.List;

/**
 * What the screening page shows beside the records, from the review plan's screening block: the words it
 * highlights and the exclusion reasons a reviewer picks from.
 *
 * @param includeKeywords  words that suggest a record is relevant (highlighted green)
 * @param excludeKeywords  words that suggest it is not (highlighted red)
 * @param exclusionReasons the review's list of exclusion reasons, in the order of the 1-9 shortcuts
 */
public record ScreeningSettings(List<String> includeKeywords, List<String> excludeKeywords,
                                List<String> exclusionReasons) {
    public ScreeningSettings {
        includeKeywords = List.copyOf(includeKeywords);
        excludeKeywords = List.copyOf(excludeKeywords);
        exclusionReasons = List.copyOf(exclusionReasons);
    }

    /** No keywords and no reasons: what a review without a screening block gets. */
    public static ScreeningSettings none() {
        return new ScreeningSettings(List.of(), List.of(), List.of());
    }
}
