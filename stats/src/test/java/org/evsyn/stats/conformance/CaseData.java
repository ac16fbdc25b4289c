package org.evsyn.stats.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import org.evsyn.stats.ModelOptions;
import org.evsyn.stats.Tau2Method;
import org.evsyn.stats.TestMethod;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-study inputs of a case as the secondary analyses use them: the expected yi/vi with excluded studies
 * (JSON null) left out, plus the matching subgroup labels, moderator values and row indices.
 *
 * @param rows      input row index of every included study
 * @param yi        effect sizes of the included studies
 * @param vi        sampling variances of the included studies
 * @param subgroups subgroup label per included study (empty list when the case has none)
 * @param moderator moderator value per included study (empty array when the case has none)
 */
public record CaseData(int[] rows, double[] yi, double[] vi, List<String> subgroups, double[] moderator) {

    /** Reads the included studies of a case. */
    public static CaseData of(ConformanceCase c) {
        JsonNode yNode = c.expected().path("yi");
        JsonNode vNode = c.expected().path("vi");
        JsonNode studies = c.input().path("studies");
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < yNode.size(); i++) {
            if (!yNode.get(i).isNull() && !vNode.get(i).isNull()) {
                rows.add(i);
            }
        }
        int n = rows.size();
        int[] r = new int[n];
        double[] y = new double[n];
        double[] v = new double[n];
        List<String> labels = new ArrayList<>();
        boolean hasModerator = n > 0 && studies.get(rows.get(0)).has("moderator");
        double[] mod = new double[hasModerator ? n : 0];
        for (int j = 0; j < n; j++) {
            int i = rows.get(j);
            r[j] = i;
            y[j] = yNode.get(i).asDouble();
            v[j] = vNode.get(i).asDouble();
            JsonNode s = studies.get(i);
            if (s.has("subgroup")) {
                labels.add(s.get("subgroup").asText());
            }
            if (hasModerator) {
                mod[j] = s.get("moderator").asDouble();
            }
        }
        return new CaseData(r, y, v, List.copyOf(labels), mod);
    }

    /** True when the case's method is an inverse-variance τ² method (not MH or Peto). */
    public static boolean isInverseVariance(ConformanceCase c) {
        String m = c.options().path("method").asText();
        return !m.equals("MH") && !m.equals("PETO");
    }

    /** The case's level as a fraction-free percentage. */
    public static double level(ConformanceCase c) {
        return c.options().path("level").asDouble(95);
    }

    /** The case's inverse-variance options (method, test, level). */
    public static ModelOptions modelOptions(ConformanceCase c) {
        Tau2Method method = Tau2Method.valueOf(c.options().path("method").asText());
        boolean knha = c.options().path("test").asText("z").equalsIgnoreCase("knha");
        TestMethod test = knha ? TestMethod.KNHA : TestMethod.Z;
        return new ModelOptions(method, test, level(c));
    }
}
