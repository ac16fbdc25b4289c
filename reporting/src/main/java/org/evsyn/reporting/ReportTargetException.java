package org.evsyn.reporting;

/** A report cannot go where it was asked to (a symbolic link, a file, a folder of other files). */
public final class ReportTargetException extends RuntimeException {

    /** With a one-line message naming the folder. */
    public ReportTargetException(String message) {
        super(message);
    }
}
