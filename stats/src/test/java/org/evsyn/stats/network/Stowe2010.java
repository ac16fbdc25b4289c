package org.evsyn.stats.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * netmeta's dataset Stowe2010 (Parkinson's disease, mean off-time reduction; src/test/resources/network/stowe2010.csv,
 * wide format with up to three arms per study), read into arms. The reference numbers in the tests come from
 * Balduzzi et al., "netmeta: An R Package for Network Meta-Analysis Using Frequentist Methods", Journal of
 * Statistical Software 106(2), 2023, section 5.1, as collected in the project's shared oracle README.
 */
final class Stowe2010 {

    private Stowe2010() {
    }

    /** The arms, study by study, in the file's order. */
    static List<ContinuousArm> arms() {
        List<ContinuousArm> arms = new ArrayList<>();
        try (InputStream in = Stowe2010.class.getResourceAsStream("/network/stowe2010.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                List<String> f = fields(line);
                for (int a = 0; a < 3; a++) {
                    String t = f.get(2 + 4 * a);
                    if (!t.isEmpty() && !t.equals("NA")) {
                        arms.add(new ContinuousArm(f.get(0), t, Double.parseDouble(f.get(3 + 4 * a)),
                                Double.parseDouble(f.get(4 + 4 * a)), Double.parseDouble(f.get(5 + 4 * a))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return arms;
    }

    /** Splits one CSV line; quoted fields may hold commas and doubled quotes. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    b.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }
}
