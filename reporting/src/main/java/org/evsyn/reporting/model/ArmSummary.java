package org.evsyn.reporting.model;

/** The summary data of one arm for one outcome, as shown in a forest plot's data columns. */
public sealed interface ArmSummary permits ArmSummary.Events, ArmSummary.Continuous {

    /** Participants analysed in the arm. */
    int total();

    /**
     * Events among participants (binary outcomes).
     *
     * @param events participants with the event
     * @param total  participants analysed
     */
    record Events(int events, int total) implements ArmSummary {
        /** Requires 0 ≤ events ≤ total. */
        public Events {
            Checks.count(events, "events");
            Checks.count(total, "total");
            if (events > total) {
                throw new IllegalArgumentException("events (" + events + ") exceed total (" + total + ")");
            }
        }
    }

    /**
     * Mean and standard deviation (continuous outcomes).
     *
     * @param mean  arm mean
     * @param sd    arm standard deviation
     * @param total participants analysed
     */
    record Continuous(double mean, double sd, int total) implements ArmSummary {
        /** Requires finite values and sd ≥ 0. */
        public Continuous {
            Checks.finite(mean, "mean");
            Checks.finite(sd, "sd");
            if (sd < 0) {
                throw new IllegalArgumentException("sd must be >= 0, got " + sd);
            }
            Checks.count(total, "total");
        }
    }
}
