package org.evsyn.ingest.literature;

import java.util.List;
import java.util.Locale;

/**
 * Names the database or vendor a RIS record came from, from its {@code DB}/{@code DP} fields, its links and
 * accession number, and file-level signs of an Ovid export. "RIS" when nothing is recognisable.
 */
final class RisVendor {

    static final String UNKNOWN = "RIS";

    private RisVendor() {
    }

    /**
     * @param databaseFields values of {@code DB} and {@code DP}
     * @param links          values of {@code UR}
     * @param accession      value of {@code AN}, or ""
     * @param ovidFile       whether the file shows Ovid's record numbering or "Ovid Full Text" lines
     */
    static String identify(List<String> databaseFields, List<String> links, String accession, boolean ovidFile) {
        String db = String.join(" | ", databaseFields).toLowerCase(Locale.ROOT);
        String urls = String.join(" | ", links).toLowerCase(Locale.ROOT);
        // Ovid first: it is the vendor even when the database is Embase or MEDLINE.
        if (ovidFile || db.contains("ovid") || urls.contains("ovid.com")) {
            return "Ovid";
        }
        if (db.contains("scopus") || urls.contains("scopus.com")) {
            return "Scopus";
        }
        if (db.contains("ebsco") || urls.contains("ebscohost")) {
            return "EBSCO";
        }
        if (db.contains("web of science") || db.contains("clarivate") || urls.contains("webofscience")
                || urls.contains("webofknowledge") || accession.toUpperCase(Locale.ROOT).startsWith("WOS:")) {
            return "Web of Science";
        }
        if (db.contains("embase") || urls.contains("embase.com")) {
            return "Embase";
        }
        return UNKNOWN;
    }
}
