package org.evsyn.core.review.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time frames as registries post them, read in days; a list of time points is read as its latest. */
class TimeFramesTest {

    @ParameterizedTest(name = "''{0}'' is day {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Baseline; Weeks 4, 8, and 12                 | 84
            Weeks 4, 8 and 12                            | 84
            Week 2, Week 4, Week 8, Week 12              | 84
            Days 1, 15 and 29                            | 29
            Months 3, 6, 12                              | 360
            Week 12, 24 hours after the last dose        | 84
            Day 1 and 2 years                            | 730
            Weeks 1 & 2                                  | 14
            Week 12.5                                    | 87.5
            From Baseline to Week 52                     | 364
            Days 1-90                                    | 90
            Month 6 to 12                                | 360
            Day 7 and Day 90                             | 90
            Follow-up Visit (up to Week 60)              | 420
            Baseline (single timepoint only)             | 0
            Throughout the study                         | none
            """)
    void listsAndRangesOfTimePointsAreReadAsTheirLatest(String text, Double days) {
        if (days == null) {
            assertThat(TimeFrames.days(text)).isEmpty();
        } else {
            assertThat(TimeFrames.days(text)).hasValue(days);
        }
    }
}
