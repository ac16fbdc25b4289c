package org.evsyn.core.review.run;

import org.evsyn.core.review.plan.ReviewPlan;
import org.evsyn.ingest.FileResult;
import org.evsyn.ingest.IngestListener;
import org.evsyn.ingest.IngestOptions;
import org.evsyn.ingest.IngestReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;

/**
 * What the review's files hold, learnt from one pass over them.
 *
 * @param records    the records of the sheets and the exports together
 * @param exported   the records of the exports
 * @param identified records identified per source, for PRISMA
 * @param registers  the sources whose exports hold registrations only: PRISMA's registers
 * @param rejected   rows read but not stored
 * @param totals     the store's counts, when the pass stored
 */
record FilesRead(FileRecords records, FileRecords exported, Map<String, Integer> identified,
                 Set<String> registers, List<RejectedRow> rejected, Optional<IngestTotals> totals) {

    /** One pass over some files: the store's ingest, or a read without storing. */
    @FunctionalInterface
    interface Pass {
        IngestReport read(List<Path> files, IngestOptions options, IngestListener listener);
    }

    /**
     * Passes each file once (a file two sources name too): the sheets read as sheets, the exports by their content.
     * The first file that fails ends the pass with its error.
     *
     * @param storing true when the pass stores: it then counts what it stored and rejected
     */
    static FilesRead read(ReviewPlan plan, Path dir, List<Path> sheets, Pass pass, boolean storing) {
        FileRecords all = new FileRecords();
        FileRecords exported = new FileRecords();
        List<FileResult> results = new ArrayList<>();
        for (Path sheet : sheets) {
            results.addAll(passOne(pass, sheet,
                    IngestOptions.defaults().withFormat(ReviewRunner.EXTRACTION_FORMAT), all));
        }
        Map<Path, List<FileResult>> seen = new LinkedHashMap<>();
        Map<Path, FileRecords> records = new LinkedHashMap<>();
        Map<String, Integer> identified = new LinkedHashMap<>();
        Set<String> registers = new LinkedHashSet<>();
        for (var source : plan.sources()) {
            int n = 0;
            int registrations = 0;
            for (String f : source.files()) {
                Path file = dir.resolve(f);
                if (!seen.containsKey(file)) {
                    FileRecords held = new FileRecords();
                    List<FileResult> r = passOne(pass, file, IngestOptions.defaults(), held);
                    seen.put(file, r);
                    records.put(file, held);
                    results.addAll(r);
                }
                // Every record the export lists counts, as PRISMA's "records identified" does; a record two
                // exports list is counted in both and removed as a duplicate.
                n += records.get(file).exportRecords();
                registrations += records.get(file).registrationRecords();
            }
            identified.merge(source.name(), n, Integer::sum);
            if (n > 0 && registrations == n) {
                registers.add(source.name());
            }
        }
        exported.addAll(records.values());
        all.addAll(records.values());
        IngestReport report = new IngestReport(results);
        List<RejectedRow> rejected = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (FileResult file : report.files()) {
            String name = Path.of(file.name()).getFileName().toString();
            file.summary().ifPresent(s -> {
                notes.addAll(s.notes());
                s.rejected().forEach(r -> rejected.add(new RejectedRow(name, r.recordRef(), r.reason())));
            });
        }
        Optional<IngestTotals> totals = !storing ? Optional.empty()
                : Optional.of(new IngestTotals(report.files().size(), report.read(), report.stored(), report.unchanged(),
                report.newVersions(), report.history(), report.rejected(), notes));
        return new FilesRead(all, exported, identified, registers, !storing ? List.of() : rejected, totals);
    }

    private static List<FileResult> passOne(Pass pass, Path file, IngestOptions options, FileRecords into) {
        IngestReport report = pass.read(List.of(file), options, into);
        Optional<FileResult> failed = report.files().stream().filter(f -> !f.succeeded()).findFirst();
        if (failed.isPresent()) {
            throw new IllegalStateException(failed.get().error().orElse(failed.get().name() + ": import failed")
                    + " (" + ReviewRunner.NOTHING_STORED + ")");
        }
        return report.files();
    }
}
