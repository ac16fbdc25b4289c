package org.evsyn.cli.serve;

import org.evsyn.core.review.team.TeamScreening;

import java.util.List;
import java.util.Objects;

/**
 * A review ready to screen in a test, on whatever store a harness provides.
 *
 * @param screening      its team screening
 * @param settings       keywords and exclusion reasons (at least two reasons)
 * @param recordKeys     every record to screen (at least five)
 * @param scriptTitleKey the record whose title holds a {@code <script>} tag
 * @param resources      what to close after the test (the store)
 */
record ScreeningFixture(TeamScreening screening, ScreeningSettings settings, List<String> recordKeys,
                        String scriptTitleKey, AutoCloseable resources) {
    ScreeningFixture {
        Objects.requireNonNull(screening, "screening");
        Objects.requireNonNull(settings, "settings");
        recordKeys = List.copyOf(recordKeys);
        Objects.requireNonNull(scriptTitleKey, "scriptTitleKey");
        Objects.requireNonNull(resources, "resources");
    }
}
