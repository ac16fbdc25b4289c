package org.evsyn.reporting.model;

/**
 * Records identified in one source.
 *
 * @param source   the database or register, as named in the methods (e.g. "MEDLINE", "ClinicalTrials.gov")
 * @param kind     database or register (PRISMA 2020 lists them separately)
 * @param records  records identified
 */
public record SourceCount(String source, SourceKind kind, int records) {

    /** Kinds of source PRISMA 2020 distinguishes. */
    public enum SourceKind {
        /** Bibliographic database. */
        DATABASE,
        /** Trial register. */
        REGISTER
    }

    /** Requires a named source and a non-negative count. */
    public SourceCount {
        Checks.text(source, "source");
        java.util.Objects.requireNonNull(kind, "kind");
        Checks.count(records, "records");
    }
}
