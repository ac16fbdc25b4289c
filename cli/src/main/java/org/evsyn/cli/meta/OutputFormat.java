package org.evsyn.cli.meta;

/** How the command-line front ends of stats ({@code meta}, {@code nma}, {@code tsa}, {@code fragility}) print. */
public enum OutputFormat {
    /** A summary for a reviewer to read. */
    TEXT,
    /** One JSON object per analysis, keyed as the conformance fixtures' {@code expected} block. */
    JSON
}
