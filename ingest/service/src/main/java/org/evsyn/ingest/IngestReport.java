package org.evsyn.ingest;

import java.util.List;
import java.util.function.ToIntFunction;
import org.evsyn.core.store.ImportSummary;

/**
 * The outcome of one {@code ingest} run: one result per input file, in input order.
 *
 * @param files per-file results
 */
public record IngestReport(List<FileResult> files) {

    public IngestReport {
        files = List.copyOf(files);
    }

    /** True when any file failed. */
    public boolean anyFailed() {
        return files.stream().anyMatch(f -> !f.succeeded());
    }

    /** Records read in the files that committed. */
    public int read() {
        return sum(ImportSummary::read);
    }

    /** New records stored. */
    public int stored() {
        return sum(ImportSummary::stored);
    }

    /** Records already stored with the same content. */
    public int unchanged() {
        return sum(ImportSummary::unchanged);
    }

    /** Records stored as a new version of a known id. */
    public int newVersions() {
        return sum(ImportSummary::newVersions);
    }

    /** Records stored as history: older, by the registry's clock, than the version that stays current. */
    public int history() {
        return sum(ImportSummary::history);
    }

    /** Records rejected (with reasons in each file's summary). */
    public int rejected() {
        return sum(s -> s.rejected().size());
    }

    private int sum(ToIntFunction<ImportSummary> f) {
        return files.stream().flatMap(r -> r.summary().stream()).mapToInt(f).sum();
    }
}
