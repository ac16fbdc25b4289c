package org.evsyn.stats.analysis;

import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.ConformanceCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole contract: for every metafor fixture, the orchestrator's result tree equals the fixture's
 * {@code expected} block, key for key and recursively, within the fixture tolerance.
 */
class MetaAnalysisConformanceTest {

    private final MetaAnalysisRunner runner = new MetaAnalysisRunner();

    static List<ConformanceCase> cases() {
        return ConformanceCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheFixture(ConformanceCase c) {
        AnalysisOutcome outcome = runner.run(FixtureInputs.input(c), FixtureInputs.options(c));
        Map<String, Object> tree = AnalysisDocument.of(outcome);
        List<String> mismatches = new TreeComparison(c.tolerance()).compare(c.expected(), tree);
        assertThat(mismatches).as(c.name()).isEmpty();
    }
}
