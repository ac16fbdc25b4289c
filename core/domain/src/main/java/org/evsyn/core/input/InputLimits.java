package org.evsyn.core.input;

/**
 * The size and nesting limits of the readers of users' files. A reader refuses input beyond a limit with a
 * one-line error naming the file, the record and the limit, before memory runs short; docs/reliability.md lists
 * them. Streaming readers hold one record at a time, so only the record is bounded; readers that hold a whole
 * file (sheets, plans) bound the file and its rows.
 */
public final class InputLimits {

    /**
     * Most text one record of an export may have: a study (JSON or XML), an article (MEDLINE, RIS, PubMed XML),
     * a row of a registry CSV. Registry records run to a few megabytes at most; a record of 16 MiB is a damaged
     * file (an unclosed quote, a missing end tag), and reading one takes several times its size in memory.
     */
    public static final int RECORD_CHARS = 16 << 20;

    /** Most lines of one MEDLINE or RIS record; a record with thousands of authors has a few thousand. */
    public static final int RECORD_LINES = 100_000;

    /** Most elements of one registry XML record (each is a node in memory); large records have tens of thousands. */
    public static final int RECORD_ELEMENTS = 1_000_000;

    /** Deepest element or array/object nesting of an XML or JSON export; registry and PubMed files nest ~12. */
    public static final int NESTING_DEPTH = 256;

    /** Most cells of one CSV row; registry downloads and extraction sheets have a few dozen columns. */
    public static final int COLUMNS = 10_000;

    /**
     * Most bytes of an extraction, screening or risk-of-bias sheet. A sheet is held in memory (an extraction
     * sheet until its last row, since a study's rows need not be together), so it is bounded whole; the largest
     * real sheets are a few megabytes.
     */
    public static final long SHEET_BYTES = 32L << 20;

    /** Most rows of an extraction, screening or risk-of-bias sheet. */
    public static final int SHEET_ROWS = 500_000;

    /** Most bytes of a review's {@code review.json}; real plans are a few kilobytes. */
    public static final long PLAN_BYTES = 1L << 20;

    /** Deepest nesting of {@code review.json}; a plan nests four levels. */
    public static final int PLAN_DEPTH = 32;

    private InputLimits() {
    }

    /** A byte count in the unit a user reads best: "32 MiB", "1 GiB", "512 bytes". */
    public static String bytes(long n) {
        if (n >= 1L << 30 && n % (1L << 30) == 0) {
            return (n >> 30) + " GiB";
        }
        if (n >= 1L << 20 && n % (1L << 20) == 0) {
            return (n >> 20) + " MiB";
        }
        if (n >= 1L << 10 && n % (1L << 10) == 0) {
            return (n >> 10) + " KiB";
        }
        return n + " bytes";
    }
}
