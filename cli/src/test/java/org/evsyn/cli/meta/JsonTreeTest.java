package org.evsyn.cli.meta;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The direct JSON writer prints exactly what the Jackson generator it replaced ({@link JacksonJsonTree}) printed:
 * the metafor fixtures' expected results, every analysis the conformance fixtures produce, every character in
 * strings and any double.
 */
class JsonTreeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonTree writer = new JsonTree();
    private final JacksonJsonTree jackson = new JacksonJsonTree();

    static List<ConformanceFixture> fixtures() {
        return MetaCommandConformanceTest.fixtures();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void writesTheFixtureResultsAsJacksonDid(ConformanceFixture f) throws IOException {
        // metafor's numbers, in the layout of the output.
        Map<String, Object> expected = tree(MAPPER.writeValueAsString(f.json().path("expected")));
        assertThat(writer.write(f.name(), expected)).isEqualTo(jackson.write(f.name(), expected));

        // What the command prints is what Jackson prints for the same values (doubles and integers keep their
        // kind through the round trip: a double always prints with a point or an exponent).
        CommandRun run = CommandRun.run(f.csv().getParent(),
                MetaCommandConformanceTest.arguments(f).toArray(String[]::new));
        String line = run.out().strip();
        assertThat(jackson.write(null, tree(line))).isEqualTo(line);
        assertThat(writer.write(null, tree(line))).isEqualTo(line);
    }

    @Test
    void escapesEveryCharacterAsJacksonDid() {
        for (int from = 0; from < 0x10000; from += 64) {
            StringBuilder s = new StringBuilder("x");
            for (int c = from; c < from + 64; c++) {
                s.append((char) c).append('y');
            }
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put(s.toString(), s.toString());
            tree.put("list", List.of(s.toString(), "", "\"\\/"));
            assertThat(writer.write(s.toString(), tree)).isEqualTo(jackson.write(s.toString(), tree));
        }
        String pairs = "😀 \uD83D \uDE00 end";
        assertThat(writer.write(pairs, Map.of("s", pairs))).isEqualTo(jackson.write(pairs, Map.of("s", pairs)));
    }

    @Test
    void printsDoublesAsJacksonsFastWriterDid() {
        List<Object> values = new ArrayList<>(Arrays.asList(0.0, -0.0, 1.0, -1.0, 0.1, 1e7, 9_999_999.999999998,
                1e-3, 0.0009999999999999998, 1e21, 1e22, 1e23, 123456789012345678.0, Double.MIN_VALUE,
                Double.MIN_NORMAL, Double.MAX_VALUE, Math.PI, 2.0 / 3, 1.7847106357827817E-10, 5e-324,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        SplittableRandom random = new SplittableRandom(20261206);
        for (int i = 0; i < 100_000; i++) {
            values.add(Double.longBitsToDouble(random.nextLong()));
            values.add(random.nextGaussian() * Math.pow(10, random.nextInt(-12, 12)));
        }
        for (int i = 0; i < values.size(); i += 500) {
            Map<String, Object> tree = Map.of("v", values.subList(i, Math.min(values.size(), i + 500)));
            assertThat(writer.write(null, tree)).isEqualTo(jackson.write(null, tree));
        }
    }

    @Test
    void writesOtherNumbersBooleansAndEmptyContainersAsJacksonDid() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("int", Integer.MIN_VALUE);
        tree.put("long", 12L);
        tree.put("float", 0.1f);
        tree.put("nanFloat", Float.NaN);
        tree.put("infLong", Double.POSITIVE_INFINITY);
        tree.put("yes", true);
        tree.put("no", false);
        tree.put("map", Map.of());
        tree.put("list", List.of());
        tree.put("nested", List.of(Map.of("a", List.of(1, 2.5)), List.of()));
        assertThat(writer.write("s", tree)).isEqualTo(jackson.write("s", tree));
        assertThat(writer.write(null, Map.of())).isEqualTo("{}");
    }

    @Test
    void refusesValuesThatAreNotJson() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("x", null);
        assertThatThrownBy(() -> writer.write(null, tree)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot write null as JSON");
    }

    /** A JSON object as the writer's tree: ordered maps, Integer or Double numbers, and NaN for null. */
    private static Map<String, Object> tree(String json) throws IOException {
        Map<String, Object> parsed = MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) nullsToNaN(parsed);
        return tree;
    }

    private static Object nullsToNaN(Object v) {
        if (v == null) {
            return Double.NaN;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k.toString(), nullsToNaN(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(JsonTreeTest::nullsToNaN).toList();
        }
        return v;
    }
}
