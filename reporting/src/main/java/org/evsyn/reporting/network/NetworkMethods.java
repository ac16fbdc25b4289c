package org.evsyn.reporting.network;

import org.evsyn.reporting.model.NetworkReport;
import java.util.ArrayList;
import java.util.List;

/** The methods paragraph's sentences on network meta-analysis, trial sequential analysis and fragility, with sources. */
public final class NetworkMethods {

    private NetworkMethods() {
    }

    /** The sentences for what the review ran; none when it ran none of them. */
    public static List<String> sentences(NetworkReport report) {
        List<String> s = new ArrayList<>();
        List<NetworkReport.NetworkSection> fitted = report.networks().stream()
                .filter(n -> n.analysis().result().isPresent()).toList();
        if (!fitted.isEmpty()) {
            String model = NetworkTexts.model(fitted.get(0).analysis().result().orElseThrow());
            s.add("Treatments were compared in a frequentist network meta-analysis: a contrast-based " + model
                    + " with one between-study variance for all comparisons, every arm of a multi-arm study entering "
                    + "with its correlated contrasts (Rücker 2012; Rücker and Schwarzer, netmeta).");
            s.add("Treatments were ranked by P-scores (Rücker and Schwarzer 2015) and by SUCRA from simulated rank "
                    + "probabilities (Salanti, Ades and Ioannidis 2011); inconsistency was assessed by splitting Q "
                    + "into its parts within and between designs (Krahn, Binder and König 2013) and by comparing "
                    + "direct with indirect evidence of each comparison (node-splitting, Dias et al. 2010).");
        }
        if (report.outcomes().stream().anyMatch(o -> o.analysis().tsa().isPresent())) {
            s.add("Trial sequential analysis (Wetterslev, Thorlund, Brok and Gluud 2008) tested the cumulative Z "
                    + "against Lan-DeMets O'Brien-Fleming alpha-spending boundaries (Lan and DeMets 1983) and "
                    + "beta-spending futility boundaries, with a required information size adjusted for "
                    + "heterogeneity (diversity D\u00B2, Wetterslev et al. 2009, unless stated otherwise), as the "
                    + "Copenhagen Trial Unit's TSA program does.");
        }
        if (report.outcomes().stream().anyMatch(o -> o.analysis().fragility().isPresent())) {
            s.add("The fragility of pooled event outcomes was measured by the fragility index and quotient of the "
                    + "meta-analysis (Atal et al. 2019) and the Walsh fragility index of each trial (Walsh et al. "
                    + "2014).");
        }
        return s;
    }
}
