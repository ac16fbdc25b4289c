package org.evsyn.stats.network.internal;

import org.evsyn.stats.network.NetworkEdge;
import org.evsyn.stats.network.NetworkGeometry;
import org.evsyn.stats.network.NetworkNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts the network's graph: studies, arms and participants per treatment and per direct comparison. */
public final class GeometryCount {

    private GeometryCount() {
    }

    /**
     * The geometry of an analysed (connected) network.
     *
     * @param data the network
     * @return nodes, edges, designs and the number of components
     */
    public static NetworkGeometry of(NetworkData data) {
        int t = data.treatmentCount();
        int[] nodeStudies = new int[t];
        double[] nodeParticipants = new double[t];
        Map<Long, double[]> edges = new TreeMap<>();
        for (StudyBlock s : data.studies()) {
            for (int a = 0; a < s.armCount(); a++) {
                nodeStudies[s.arms()[a]]++;
                nodeParticipants[s.arms()[a]] += s.participants()[a];
                for (int b = a + 1; b < s.armCount(); b++) {
                    long i = Math.min(s.arms()[a], s.arms()[b]);
                    long j = Math.max(s.arms()[a], s.arms()[b]);
                    double[] e = edges.computeIfAbsent(i * t + j, key -> new double[2]);
                    e[0]++;
                    e[1] += s.participants()[a] + s.participants()[b];
                }
            }
        }
        List<NetworkNode> nodes = new ArrayList<>(t);
        for (int i = 0; i < t; i++) {
            // One arm per treatment and study (the data step refuses duplicates), so arms equal studies.
            nodes.add(new NetworkNode(data.treatments().get(i), nodeStudies[i], nodeStudies[i], nodeParticipants[i]));
        }
        List<NetworkEdge> edgeList = new ArrayList<>(edges.size());
        for (Map.Entry<Long, double[]> e : edges.entrySet()) {
            int i = (int) (e.getKey() / t);
            int j = (int) (e.getKey() % t);
            edgeList.add(new NetworkEdge(data.treatments().get(i), data.treatments().get(j), (int) e.getValue()[0],
                    e.getValue()[1]));
        }
        List<String> designs = new ArrayList<>(DesignDecomposition.byDesign(data).keySet());
        int components = TreatmentOrder.components(data.treatments(),
                data.studies().stream().map(StudyBlock::arms).toList()).size();
        return new NetworkGeometry(nodes, edgeList, designs, components);
    }
}
