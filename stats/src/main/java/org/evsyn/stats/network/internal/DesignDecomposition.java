package org.evsyn.stats.network.internal;

import org.evsyn.stats.model.ChiSquareTest;
import org.evsyn.stats.network.DesignQ;
import org.evsyn.stats.network.QDecomposition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decomposition of Q (Krahn, Binder &amp; König 2013): the design-by-treatment interaction model gives every design
 * its own effects; Q within designs is the sum of the per-design Q, Q between designs the rest of the total. Under
 * random effects τ² within designs is the generalised DerSimonian–Laird estimate from Q within, and Q between
 * designs is the consistency model's Q minus the design model's Q, both weighted by (V + τ²_within B)⁻¹.
 */
public final class DesignDecomposition {

    private DesignDecomposition() {
    }

    /**
     * Decomposes the model's Q.
     *
     * @param model the fit
     * @return the decomposition
     */
    public static QDecomposition of(NetworkModel model) {
        NetworkData data = model.data();
        Map<String, List<StudyBlock>> designs = byDesign(data);
        double qWithin = 0;
        int dfWithin = 0;
        double trace = 0;
        List<DesignQ> perDesign = new ArrayList<>();
        List<List<StudyBlock>> local = new ArrayList<>();
        List<Integer> localCounts = new ArrayList<>();
        for (Map.Entry<String, List<StudyBlock>> e : designs.entrySet()) {
            List<StudyBlock> studies = e.getValue();
            int t = studies.get(0).armCount();
            int df = Tau2Estimation.df(studies, t);
            if (df == 0) {
                continue;
            }
            List<StudyBlock> remapped = remap(studies);
            GlsResult fe = BlockGls.fit(remapped, t, 0, true);
            qWithin += fe.q();
            dfWithin += df;
            trace += fe.trPB();
            perDesign.add(new DesignQ(e.getKey(), ChiSquareTest.of(fe.q(), df)));
            local.add(remapped);
            localCounts.add(t);
        }
        ChiSquareTest total = model.q();
        int dfBetween = total.df() - dfWithin;
        double tau2Within = dfWithin > 0 && trace > 0 ? Math.max(0, (qWithin - dfWithin) / trace) : 0;
        double qRandomConsistency = BlockGls.fit(data.studies(), data.treatmentCount(), tau2Within, false).q();
        double qRandomWithin = 0;
        for (int i = 0; i < local.size(); i++) {
            qRandomWithin += BlockGls.fit(local.get(i), localCounts.get(i), tau2Within, false).q();
        }
        return new QDecomposition(total, ChiSquareTest.of(qWithin, dfWithin),
                ChiSquareTest.of(Math.max(0, total.stat() - qWithin), dfBetween), perDesign,
                ChiSquareTest.of(Math.max(0, qRandomConsistency - qRandomWithin), dfBetween), Math.sqrt(tau2Within));
    }

    /** Studies by design label (treatments in the fit's order joined by ':'), designs in label order. */
    static Map<String, List<StudyBlock>> byDesign(NetworkData data) {
        Map<String, List<StudyBlock>> designs = new TreeMap<>(TreatmentOrder.CODE_POINT);
        for (StudyBlock s : data.studies()) {
            designs.computeIfAbsent(label(s, data.treatments()), d -> new ArrayList<>()).add(s);
        }
        return new LinkedHashMap<>(designs);
    }

    /** A study's design: its treatments in the fit's order joined by ':'. */
    static String label(StudyBlock s, List<String> treatments) {
        int[] sorted = s.arms().clone();
        Arrays.sort(sorted);
        StringBuilder b = new StringBuilder();
        for (int t : sorted) {
            b.append(b.length() == 0 ? "" : ":").append(treatments.get(t));
        }
        return b.toString();
    }

    /** The studies of one design with treatments renumbered 0..t−1 in the fit's order. */
    private static List<StudyBlock> remap(List<StudyBlock> studies) {
        int[] sorted = studies.get(0).arms().clone();
        Arrays.sort(sorted);
        List<StudyBlock> out = new ArrayList<>(studies.size());
        for (StudyBlock s : studies) {
            int[] arms = new int[s.armCount()];
            for (int i = 0; i < arms.length; i++) {
                arms[i] = Arrays.binarySearch(sorted, s.arms()[i]);
            }
            out.add(s.withArms(arms));
        }
        return out;
    }
}
