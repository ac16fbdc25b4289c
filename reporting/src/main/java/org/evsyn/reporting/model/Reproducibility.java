package org.evsyn.reporting.model;

import java.util.List;

/**
 * What identifies the inputs of the report, printed in its footer.
 *
 * @param storeHash      hash of the evidence store's content the analyses read
 * @param analysisRunIds identifiers of the analysis runs shown
 * @param evsynVersion   evsyn version that wrote the report
 * @param generatedOn    date of the report (ISO 8601); given, not read from the clock, so output is deterministic
 */
public record Reproducibility(String storeHash, List<String> analysisRunIds, String evsynVersion,
                              String generatedOn) {

    /** Requires the hash and version; copies the run ids. */
    public Reproducibility {
        Checks.text(storeHash, "storeHash");
        analysisRunIds = List.copyOf(analysisRunIds);
        Checks.text(evsynVersion, "evsynVersion");
        Checks.text(generatedOn, "generatedOn");
    }
}
