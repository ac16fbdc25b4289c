package org.evsyn.stats.network;

import org.evsyn.stats.StatsException;

/** Label checks shared by the input records; messages name the study and treatment. */
final class ArmChecks {

    private ArmChecks() {
    }

    static void labels(String study, String treatment) {
        if (study == null || study.isBlank()) {
            throw new StatsException("an arm has no study label (field study)");
        }
        if (treatment == null || treatment.isBlank()) {
            throw new StatsException("study '" + study + "': an arm has no treatment label (field treatment)");
        }
    }

    static String where(String study, String treatment) {
        return "study '" + study + "', treatment '" + treatment + "'";
    }
}
