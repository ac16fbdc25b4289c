package org.evsyn.cli.run;

import org.evsyn.core.domain.Plurals;
import org.evsyn.cli.console.TerminalText;
import org.evsyn.core.review.run.DecisionsStored;
import org.evsyn.core.review.run.IngestTotals;
import org.evsyn.core.review.run.RejectedRow;
import org.evsyn.core.review.run.ReviewResult;
import org.evsyn.core.store.DecisionChanges;

import java.io.PrintWriter;

/** The lines a review run prints before its results table: what was ingested, rejected and stored as decisions. */
final class RunSummary {

    private RunSummary() {
    }

    /** Prints the ingest counts, the store's notes, each rejected row and the decisions stored, when the run has them. */
    static void print(PrintWriter out, ReviewResult result) {
        result.ingest().ifPresent(i -> printIngest(out, i));
        for (RejectedRow r : result.rejected()) {
            out.println("  " + TerminalText.line(r.describe()));
        }
        result.decisions().filter(d -> !d.empty()).ifPresent(d -> printDecisions(out, d));
    }

    private static void printIngest(PrintWriter out, IngestTotals i) {
        out.printf("Ingested %s: %s read, %d new, %d unchanged, %s, %s%d rejected.%n",
                Plurals.of(i.files(), "file", "files"), Plurals.of(i.read(), "record", "records"), i.stored(),
                i.unchanged(), Plurals.of(i.newVersions(), "new version", "new versions"),
                i.history() == 0 ? "" : Plurals.of(i.history(), "older version", "older versions") + " kept as history "
                        + "(not used: each trial's current version is its newest by the registry's last-update date), ",
                i.rejected());
        i.notes().forEach(n -> out.println("  " + TerminalText.line(n)));
    }

    private static void printDecisions(PrintWriter out, DecisionsStored d) {
        out.printf("Decisions stored: screening %s; risk of bias %s; duplicate links %s.%n",
                describe(d.screening()), describe(d.riskOfBias()), describe(d.duplicates()));
    }

    private static String describe(DecisionChanges c) {
        if (c.none()) {
            return c.unchanged() + " unchanged";
        }
        return c.added() + " new, " + c.changed() + " changed, " + c.withdrawn() + " withdrawn, " + c.unchanged()
                + " unchanged";
    }
}
