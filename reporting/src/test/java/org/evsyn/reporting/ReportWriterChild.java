package org.evsyn.reporting;

import com.google.inject.Guice;

import java.nio.file.Path;

/**
 * A separate process that writes the test report into {@code args[0]} with the title {@code args[1]}, at 300 dpi:
 * run under a file-size limit, it meets a write failure as on a full disk. Prints the error and exits 1 on failure.
 */
public final class ReportWriterChild {

    private ReportWriterChild() {
    }

    public static void main(String[] args) {
        try {
            Guice.createInjector(new ReportingModule()).getInstance(ReportWriter.class)
                    .write(TestReports.report(args[1]), Path.of(args[0]), ReportOptions.defaults().withDpi(96));
        } catch (RuntimeException e) {
            System.out.println("failed: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("written");
    }
}
