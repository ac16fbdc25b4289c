package org.evsyn.core.store.jdbc;

import java.util.regex.Pattern;

/** Whether a screened record id names a registration or a literature record ({@code record_kind}). */
final class RecordKinds {

    // The id forms of the registries ICTRP federates, plus ClinicalTrials.gov and EudraCT (bare, or labelled as the
    // ingest adapters write it); anything else (PMID, DOI, an export's own id) is a literature record.
    private static final Pattern REGISTRY_ID = Pattern.compile("(?i)^(NCT\\d{8}|ChiCTR[-\\w]+|ISRCTN\\d+|CTRI/[\\d/]+"
            + "|ACTRN\\d+|DRKS\\d+|EUCTR[-\\w]+|(EudraCT\\s*)?\\d{4}-\\d{6}-\\d{2}|IRCT\\w+|JPRN-\\w+|KCT\\d+|NTR\\d+|NL\\d+"
            + "|PACTR\\d+|RBR-\\w+|TCTR\\d+|SLCTR/[\\d/]+|PER-[-\\w]+|LBCTR\\d+|ITMCTR\\d+|CTIS[-\\w]+)$");

    private RecordKinds() {
    }

    static String of(String recordId) {
        return REGISTRY_ID.matcher(recordId.trim()).matches() ? "REGISTRATION" : "LITERATURE";
    }
}
