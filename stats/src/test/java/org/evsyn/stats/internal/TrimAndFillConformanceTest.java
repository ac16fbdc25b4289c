package org.evsyn.stats.internal;

import org.evsyn.stats.bias.TrimFillResult;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.conformance.CaseData;
import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.ConformanceCases;
import org.evsyn.stats.conformance.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Trim and fill (L0) reproduces every field of the fixtures' {@code trimfill} block. */
class TrimAndFillConformanceTest {

    static List<ConformanceCase> cases() {
        return ConformanceCases.withBlock("trimfill");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetaforTrimfill(ConformanceCase c) {
        JsonNode e = c.expected().path("trimfill");
        CaseData data = CaseData.of(c);
        // The fixtures' call passes the model's test on: trimfill(res, test=..., level=...).
        ModelOptions options = CaseData.modelOptions(c);
        if (e.has("error")) {
            assertThatThrownBy(() -> TrimAndFill.run(data.yi(), data.vi(), options, options.test()))
                    .as(c.name() + " trimfill must fail").isInstanceOf(StatsException.class);
            return;
        }
        TrimFillResult r = TrimAndFill.run(data.yi(), data.vi(), options, options.test());
        Tolerance tol = c.tolerance();
        String w = c.name() + " trimfill";
        tol.assertInt(w + ".k0", r.k0(), e.path("k0"));
        assertThat(r.side().label()).as(w + ".side").isEqualTo(e.path("side").asText());
        assertThat(r.estimator()).as(w + ".estimator").isEqualTo(e.path("estimator").asText());
        tol.assertNumber(w + ".estimate", r.model().estimate(), e.path("estimate"));
        tol.assertNumber(w + ".se", r.model().se(), e.path("se"));
        tol.assertNumber(w + ".ci_lower", r.model().ciLower(), e.path("ci_lower"));
        tol.assertNumber(w + ".ci_upper", r.model().ciUpper(), e.path("ci_upper"));
        tol.assertNumber(w + ".tau2", r.model().tau2(), e.path("tau2"));
        assertFilled(w + ".filled_yi", r.filledYi(), e.path("filled_yi"), tol);
        assertFilled(w + ".filled_vi", r.filledVi(), e.path("filled_vi"), tol);
        if (e.has("exp")) {
            JsonNode x = e.path("exp");
            tol.assertNumber(w + ".exp.estimate", Math.exp(r.model().estimate()), x.path("estimate"));
            tol.assertNumber(w + ".exp.ci_lower", Math.exp(r.model().ciLower()), x.path("ci_lower"));
            tol.assertNumber(w + ".exp.ci_upper", Math.exp(r.model().ciUpper()), x.path("ci_upper"));
        }
        assertThat(r.funnel().points()).as(w + " funnel points").hasSize(data.yi().length + r.k0());
    }

    /** Every filled study is compared, including those of fixtures whose data hold excluded studies. */
    private static void assertFilled(String where, double[] actual, JsonNode expected, Tolerance tol) {
        assertThat(actual.length).as(where + " length").isEqualTo(expected.size());
        for (int i = 0; i < actual.length; i++) {
            tol.assertNumber(where + "[" + i + "]", actual[i], expected.get(i));
        }
    }
}
