/**
 * evsyn's meta-analysis statistics, numerically matching R's metafor. The front door is
 * {@link org.evsyn.stats.Meta}: effect sizes ({@code escalc}), a fitted model ({@code rma}, {@code rma.mh},
 * {@code rma.peto}) and methods on the fit. The exported packages hold that door and the records it returns;
 * {@code org.evsyn.stats.analysis} adds the convenience that runs every analysis that applies;
 * {@code org.evsyn.stats.network} is the front door of network meta-analysis. The numerical engines in
 * {@code org.evsyn.stats.internal} and {@code org.evsyn.stats.network.internal} are not exported.
 */
module org.evsyn.stats {
    // commons-math3 3.6.1 has no Automatic-Module-Name entry: this is the name derived from its file name.
    requires commons.math3;

    exports org.evsyn.stats;
    exports org.evsyn.stats.analysis;
    exports org.evsyn.stats.bias;
    exports org.evsyn.stats.conversion;
    exports org.evsyn.stats.effect;
    exports org.evsyn.stats.model;
    exports org.evsyn.stats.network;
    exports org.evsyn.stats.regression;
    exports org.evsyn.stats.sensitivity;
    exports org.evsyn.stats.subgroup;
    exports org.evsyn.stats.sequential;
    exports org.evsyn.stats.fragility;
}
