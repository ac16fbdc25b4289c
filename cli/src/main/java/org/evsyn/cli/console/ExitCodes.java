package org.evsyn.cli.console;

/** The process exit codes every command keeps. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Any failure other than a usage error. */
    public static final int FAILURE = 1;
    /** Wrong options or arguments. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
