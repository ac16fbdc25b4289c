package org.evsyn.stats.internal;

import org.evsyn.stats.bias.BeggResult;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.conformance.CaseData;
import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.ConformanceCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Begg's rank correlation test reproduces the fixtures' {@code begg} block. */
class BeggConformanceTest {

    static List<ConformanceCase> cases() {
        return ConformanceCases.withBlock("begg");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetaforRanktest(ConformanceCase c) {
        JsonNode e = c.expected().path("begg");
        CaseData data = CaseData.of(c);
        if (e.has("error")) {
            assertThatThrownBy(() -> BeggTest.run(data.yi(), data.vi()))
                    .as(c.name() + " begg must fail").isInstanceOf(StatsException.class);
            return;
        }
        BeggResult r = BeggTest.run(data.yi(), data.vi());
        c.tolerance().assertNumber(c.name() + " begg.tau", r.tau(), e.path("tau"));
        c.tolerance().assertNumber(c.name() + " begg.pval", r.pval(), e.path("pval"));
    }
}
