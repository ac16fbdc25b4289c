package org.evsyn.stats.conformance;

import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The synthetic benchmark inputs in {@code shared/bench-data}, found beside the project checkout by walking up from
 * the working directory (they are too large to keep in the repository). Tests using them skip when it is absent.
 */
public final class BenchData {

    private BenchData() {
    }

    /** The bench-data folder; skips the calling test when absent. */
    public static Path directory() {
        Path dir = null;
        for (Path d = Path.of("").toAbsolutePath(); d != null && dir == null; d = d.getParent()) {
            Path candidate = d.resolve("shared").resolve("bench-data");
            dir = Files.isDirectory(candidate) ? candidate : null;
        }
        Assumptions.assumeTrue(dir != null,
                "benchmark data not found (expected a 'shared/bench-data' folder beside the project); skipping");
        return dir;
    }

    /** Rows of a CSV file (plain or .gz) split on commas, header first; fields here are never quoted. */
    public static List<String[]> readCsv(String fileName) {
        Path p = directory().resolve(fileName);
        try (InputStream raw = Files.newInputStream(p);
             InputStream in = fileName.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                rows.add(line.split(",", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /** Strips the surrounding quotes of a CSV field. */
    public static String unquote(String field) {
        return field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")
                ? field.substring(1, field.length() - 1) : field;
    }
}
