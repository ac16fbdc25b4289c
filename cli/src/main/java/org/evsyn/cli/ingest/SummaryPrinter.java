package org.evsyn.cli.ingest;

import java.io.PrintWriter;
import org.evsyn.cli.console.TerminalText;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.ingest.FileResult;
import org.evsyn.ingest.IngestReport;

/**
 * Prints the per-file and total counts of an ingest run, and one error line per failed file. File names, notes and
 * rejections quote the files' content, so each goes through {@link TerminalText}.
 */
final class SummaryPrinter {

    private SummaryPrinter() {
    }

    static void print(IngestReport report, PrintWriter out, PrintWriter err) {
        for (FileResult f : report.files()) {
            if (f.summary().isPresent()) {
                ImportSummary s = f.summary().get();
                out.printf("%s (%s): read %,d, stored %,d, unchanged %,d, new versions %,d, %srejected %,d%n",
                        TerminalText.line(f.name()), f.formatId().orElse("?"), s.read(), s.stored(), s.unchanged(), s.newVersions(),
                        s.history() == 0 ? "" : String.format("older versions kept as history %,d, ", s.history()),
                        s.rejected().size());
                for (String note : s.notes()) {
                    out.printf("  %s%n", TerminalText.line(note));
                }
                for (ImportSummary.Rejection r : s.rejected()) {
                    out.printf("  rejected %s: %s%n", TerminalText.line(r.recordRef()), TerminalText.line(r.reason()));
                }
            } else {
                err.println("evsyn: " + TerminalText.line(f.error().orElse("failed")).trim());
            }
        }
        long failed = report.files().stream().filter(f -> !f.succeeded()).count();
        out.printf("Total: %,d " + (report.files().size() == 1 ? "file" : "files")
                        + ", %,d failed; read %,d, stored %,d, unchanged %,d, new versions %,d, %srejected %,d%n",
                report.files().size(), failed, report.read(), report.stored(), report.unchanged(),
                report.newVersions(), report.history() == 0 ? ""
                        : String.format("older versions kept as history %,d, ", report.history()),
                report.rejected());
        out.flush();
        err.flush();
    }
}
