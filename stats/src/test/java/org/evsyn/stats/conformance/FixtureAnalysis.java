package org.evsyn.stats.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;
import org.evsyn.stats.effect.BinaryStudy;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.ContinuousStudy;
import org.evsyn.stats.effect.CorrectionRule;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.internal.EffectSizeCalculator;
import org.evsyn.stats.internal.EffectSizes;
import org.evsyn.stats.effect.GenericStudy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A conformance case translated into the engine's inputs: measure, studies, continuity correction and model
 * options.
 */
public record FixtureAnalysis(ConformanceCase fixture) {

    public EffectMeasure measure() {
        return EffectMeasure.valueOf(fixture.input().path("measure").asText());
    }

    /** "MH", "PETO" or the name of a τ² method. */
    public String method() {
        return fixture.options().path("method").asText();
    }

    public boolean isMantelHaenszel() {
        return method().equals("MH");
    }

    public boolean isPeto() {
        return method().equals("PETO");
    }

    /** True for the inverse-variance models fitted with {@code rma(yi, vi, ...)}. */
    public boolean isInverseVariance() {
        return !isMantelHaenszel() && !isPeto();
    }

    public double level() {
        return fixture.options().path("level").asDouble(95);
    }

    public ModelOptions modelOptions() {
        TestMethod test = TestMethod.valueOf(fixture.options().path("test").asText("z").toUpperCase(Locale.ROOT));
        return new ModelOptions(Tau2Method.valueOf(method()), test, level());
    }

    public ContinuityCorrection correction() {
        JsonNode o = fixture.options();
        return new ContinuityCorrection(o.path("cc").asDouble(0.5),
                CorrectionRule.valueOf(o.path("cc_rule").asText("only0").toUpperCase(Locale.ROOT)),
                o.path("drop_double_zero").asBoolean(false));
    }

    public List<BinaryStudy> binaryStudies() {
        List<BinaryStudy> out = new ArrayList<>();
        for (JsonNode s : fixture.input().path("studies")) {
            out.add(new BinaryStudy(s.path("study").asText(), s.path("treat_events").asInt(), s.path("treat_n").asInt(),
                    s.path("ctrl_events").asInt(), s.path("ctrl_n").asInt()));
        }
        return out;
    }

    public List<ContinuousStudy> continuousStudies() {
        List<ContinuousStudy> out = new ArrayList<>();
        for (JsonNode s : fixture.input().path("studies")) {
            out.add(new ContinuousStudy(s.path("study").asText(), s.path("treat_n").asInt(),
                    s.path("treat_mean").asDouble(), s.path("treat_sd").asDouble(), s.path("ctrl_n").asInt(),
                    s.path("ctrl_mean").asDouble(), s.path("ctrl_sd").asDouble()));
        }
        return out;
    }

    public List<GenericStudy> genericStudies() {
        List<GenericStudy> out = new ArrayList<>();
        for (JsonNode s : fixture.input().path("studies")) {
            out.add(new GenericStudy(s.path("study").asText(), s.path("yi").asDouble(), s.path("vi").asDouble()));
        }
        return out;
    }

    /** Per-study effect sizes as the case's {@code yi_vi} call computes them. */
    public EffectSizes effectSizes() {
        EffectMeasure m = measure();
        if (m.isBinary()) {
            return EffectSizeCalculator.binary(m, binaryStudies(), correction());
        }
        if (m.isContinuous()) {
            return EffectSizeCalculator.continuous(m, continuousStudies());
        }
        return EffectSizeCalculator.generic(genericStudies());
    }
}
