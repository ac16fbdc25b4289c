package org.evsyn.cli.meta;

/** How {@code evsyn meta} prints its results. */
public enum OutputFormat {
    /** A summary for a reviewer to read. */
    TEXT,
    /** One JSON object per analysis, keyed as the conformance fixtures' {@code expected} block. */
    JSON
}
