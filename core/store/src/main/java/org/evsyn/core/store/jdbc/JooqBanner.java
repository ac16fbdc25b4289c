package org.evsyn.core.store.jdbc;

/**
 * jOOQ prints a logo and tips on first use unless told not to; the CLI must print nothing it did not ask for.
 * Setting the properties only when absent leaves an explicit -D on the command line in charge.
 */
final class JooqBanner {

    private JooqBanner() {
    }

    static void silence() {
        if (System.getProperty("org.jooq.no-logo") == null) {
            System.setProperty("org.jooq.no-logo", "true");
        }
        if (System.getProperty("org.jooq.no-tips") == null) {
            System.setProperty("org.jooq.no-tips", "true");
        }
    }
}
