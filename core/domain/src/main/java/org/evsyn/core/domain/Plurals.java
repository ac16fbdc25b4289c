package org.evsyn.core.domain;

/** A count with its noun in the right number, for every text evsyn prints: "1 study", "2 studies". */
public final class Plurals {

    private Plurals() {
    }

    /**
     * The count and the noun.
     *
     * @param count    how many
     * @param singular the noun for exactly one
     * @param plural   the noun otherwise
     * @return e.g. "1 month", "0 months", "2.5 months"
     */
    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /** As {@link #of(long, String, String)} for a count already written out (e.g. "1", "1.5"). */
    public static String of(String count, String singular, String plural) {
        return count + " " + (count.equals("1") ? singular : plural);
    }
}
