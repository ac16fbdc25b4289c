package org.evsyn.stats.internal;

import org.evsyn.stats.model.StudyEstimate;

import org.evsyn.stats.conformance.ConformanceCase;
import org.evsyn.stats.conformance.ConformanceCases;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StudyEstimatesTest {

    @Test
    void weightsMatchMetaforsInfluenceWeightsAndSumToHundred() {
        ConformanceCase c = ConformanceCases.all().stream().filter(x -> x.name().equals("bcg_rr_reml")).findFirst()
                .orElseThrow();
        var e = c.expected();
        int k = e.get("yi").size();
        double[] yi = new double[k];
        double[] vi = new double[k];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            yi[i] = e.get("yi").get(i).asDouble();
            vi[i] = e.get("vi").get(i).asDouble();
            labels.add("s" + i);
        }
        List<StudyEstimate> s = StudyEstimates.of(labels, yi, vi, e.get("tau2").asDouble(), 95);
        double sum = 0;
        for (int i = 0; i < k; i++) {
            // metafor's influence()$inf$weight, recorded in the fixture's influence block
            c.tolerance().assertNumber("weight[" + i + "]", s.get(i).weightPercent(),
                    e.get("influence").get("weight").get(i));
            sum += s.get(i).weightPercent();
            assertThat(s.get(i).ciLower()).isCloseTo(yi[i] - 1.959963984540054 * Math.sqrt(vi[i]), within(1e-12));
        }
        assertThat(sum).isCloseTo(100, within(1e-9));
    }
}
