package org.evsyn.stats.dose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads the CSV fixtures of src/test/resources/dose. */
final class DoseFixtures {

    private DoseFixtures() {
    }

    static List<String[]> rows(String name) {
        try (InputStream in = DoseFixtures.class.getResourceAsStream("/dose/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().skip(1).filter(l -> !l.isBlank())
                    .map(l -> Arrays.stream(l.split(",", -1)).map(s -> s.replace("\"", "")).toArray(String[]::new))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value of dose_regression_expected.csv. */
    static double expected(String model, String key) {
        return rows("dose_regression_expected.csv").stream().filter(r -> r[0].equals(model) && r[1].equals(key))
                .mapToDouble(r -> Double.parseDouble(r[2])).findFirst().orElseThrow();
    }
}
