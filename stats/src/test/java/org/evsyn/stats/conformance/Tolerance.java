package org.evsyn.stats.conformance;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The fixtures' comparison rule: |a − e| ≤ abs + rel·|e|, element by element; JSON null expects NaN.
 * Failures name the case and the field.
 */
public record Tolerance(double rel, double abs) {

    public boolean matches(double actual, double expected) {
        return Math.abs(actual - expected) <= abs + rel * Math.abs(expected);
    }

    /** Asserts one number; {@code expected} may be a JSON null (then {@code actual} must be NaN). */
    public void assertNumber(String where, double actual, JsonNode expected) {
        if (expected == null || expected.isMissingNode()) {
            fail(where + ": no expected value in fixture");
        }
        if (expected.isNull()) {
            assertThat(actual).as(where + " (expected not available)").isNaN();
            return;
        }
        double e = expected.asDouble();
        if (!matches(actual, e)) {
            fail(String.format("%s: expected %.12g but was %.12g (tolerance rel %.1g abs %.1g)",
                    where, e, actual, rel, abs));
        }
    }

    /** Asserts an array of numbers, same length, element by element. */
    public void assertArray(String where, double[] actual, JsonNode expected) {
        if (!expected.isArray()) {
            fail(where + ": fixture value is not an array: " + expected);
        }
        assertThat(actual.length).as(where + " length").isEqualTo(expected.size());
        for (int i = 0; i < actual.length; i++) {
            assertNumber(where + "[" + i + "]", actual[i], expected.get(i));
        }
    }

    /** Asserts an integer field exactly. */
    public void assertInt(String where, long actual, JsonNode expected) {
        assertThat(actual).as(where).isEqualTo(expected.asLong());
    }
}
