package org.evsyn.cli.serve;

import java.nio.file.Path;
import java.time.Clock;

/** The browser test on the in-memory team screening. */
class InMemoryScreeningBrowserTest extends ScreeningBrowserTest {

    @Override
    ScreeningFixture fixture(Path dir) {
        InMemoryTeamScreening screening = new InMemoryTeamScreening(ScreeningRecords.some(6), ScreeningRecords.REASONS,
                Clock.systemUTC());
        return new ScreeningFixture(screening, new ScreeningSettings(java.util.List.of("stem cells"),
                java.util.List.of("mouse"), ScreeningRecords.REASONS),
                ScreeningRecords.some(6).stream().map(r -> r.recordKey()).toList(), "lit:1", () -> { });
    }
}
