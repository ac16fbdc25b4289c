package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestException;

import org.evsyn.ingest.spi.IngestAdapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.store.ImportProgress;
import org.evsyn.core.store.ImportRequest;
import org.evsyn.core.store.ImportSession;
import org.evsyn.core.store.ImportSummary;

/**
 * One file imported as a series of committed chunks (a bulk archive of hundreds of thousands of studies): each
 * chunk is its own transaction and records the file's progress in it, so a run killed part-way keeps every
 * committed chunk, and running the import again resumes after the last one, storing nothing twice. One parser
 * reads the whole file; only the storing side is cut into chunks.
 */
final class ChunkedImport {

    private final String name;
    private final String sha256;
    private final IngestAdapter adapter;
    private final IngestOptions options;
    private final ImportTarget target;
    private final IngestListener listener;
    private final int chunkRecords;

    ChunkedImport(String name, String sha256, IngestAdapter adapter, IngestOptions options, ImportTarget target,
                  IngestListener listener, int chunkRecords) {
        this.name = name;
        this.sha256 = sha256;
        this.adapter = adapter;
        this.options = options;
        this.target = target;
        this.listener = listener;
        this.chunkRecords = chunkRecords;
    }

    /**
     * @param fromStart the file's parse, already started from its first unit; it is used when the import starts
     *                  there, and stopped when it resumes after committed units
     */
    FileResult run(ImportWork work, ParsePipeline fromStart) {
        String format = adapter.formatId();
        Optional<ImportProgress> earlier;
        try {
            earlier = target.progress(sha256, format).filter(p -> !p.finished());
        } catch (RuntimeException e) {
            fromStart.closeQuietly();
            throw e;
        }
        long unitsDone = earlier.map(ImportProgress::unitsDone).orElse(0L);
        long recordsDone = earlier.map(ImportProgress::recordsDone).orElse(0L);
        Totals totals = new Totals();
        if (earlier.isPresent()) {
            // Records of the committed chunks count as read and unchanged: they are in the store already.
            totals.resumed(recordsDone, name + ": resumed an interrupted import after " + recordsDone
                    + " records (" + unitsDone + (work.unit() == ImportWork.Unit.ENTRY ? " zip entries" : " records")
                    + ") stored by it; they were not read again");
        }
        listener.planned(name, work.totalUnits(), unitsDone);
        ImportSession session = new ImportSession();
        ParsePipeline.Pause pause = work.unit() == ImportWork.Unit.ENTRY
                ? new ParsePipeline.Pause() {
                    @Override
                    public boolean beforeSource(int records) {
                        return records >= chunkRecords;
                    }
                }
                : new ParsePipeline.Pause() {
                    @Override
                    public boolean beforeRecord(int records) {
                        return records >= chunkRecords;
                    }
                };
        String[] failure = new String[1];
        ParsePipeline started = fromStart;
        if (unitsDone > 0) {
            fromStart.closeQuietly();
            started = ParsePipeline.start(work.parse().from(unitsDone));
        }
        try (ParsePipeline pipeline = started) {
            boolean more = true;
            while (more) {
                long unitsBefore = unitsDone;
                long recordsBefore = recordsDone;
                boolean[] paused = new boolean[1];
                long[] counted = new long[2]; // units, records of this chunk
                ImportRequest request = new ImportRequest(name, sha256, format, options.strict(),
                        Optional.of(session));
                ImportSummary chunk = target.run(request, writer -> {
                    SinkToWriter sink = new SinkToWriter(writer, listener, options.strict());
                    sink.startSource(name);
                    Counting counting = new Counting(sink, work.unit());
                    try {
                        paused[0] = pipeline.feed(counting, pause);
                    } catch (OutOfMemoryError | StackOverflowError e) {
                        failure[0] = Failures.describe(e, sink);
                        throw new IngestException(failure[0], e);
                    } catch (Exception | Error e) {
                        failure[0] = Failures.describe(e, sink);
                        throw e;
                    }
                    counted[0] = counting.units;
                    counted[1] = counting.records;
                    writer.checkpoint(new ImportProgress(sha256, format, unitsBefore + counting.units,
                            recordsBefore + counting.records, !paused[0]));
                });
                unitsDone = unitsBefore + counted[0];
                recordsDone = recordsBefore + counted[1];
                totals.add(chunk);
                listener.chunkStored(name, unitsDone, work.totalUnits(), recordsDone);
                more = paused[0];
            }
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String why = failure[0] != null ? failure[0] : name + ": " + Failures.message(e);
            String kept = recordsDone == 0 ? "; nothing of " + name + " was stored"
                    : "; the chunk being stored was rolled back, and the " + recordsDone + " records of the chunks"
                            + " before it are stored: run the import again to resume after them";
            return FileResult.failed(name, Optional.of(format), why + kept);
        }
        return FileResult.ok(name, format, totals.summary());
    }

    /** Counts what a chunk fed: records, and zip entries begun (each is whole by the time the chunk ends). */
    private static final class Counting implements Feed {
        private final Feed target;
        private final ImportWork.Unit unit;
        private long units;
        private long records;

        Counting(Feed target, ImportWork.Unit unit) {
            this.target = target;
            this.unit = unit;
        }

        @Override
        public void startSource(String source) {
            target.startSource(source);
            if (unit == ImportWork.Unit.ENTRY) {
                units++;
            }
        }

        @Override
        public void accept(ParsedRecord record) {
            target.accept(record);
            counted();
        }

        @Override
        public void reject(String recordRef, String reason) {
            target.reject(recordRef, reason);
            counted();
        }

        private void counted() {
            records++;
            if (unit == ImportWork.Unit.RECORD) {
                units++;
            }
        }
    }

    /** The counts of every chunk added up, as one summary for the file. */
    private static final class Totals {
        private long batchId;
        private int read;
        private int stored;
        private int unchanged;
        private int newVersions;
        private int history;
        private final List<ImportSummary.Rejection> rejected = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        void resumed(long records, String note) {
            read += (int) records;
            unchanged += (int) records;
            notes.add(note);
        }

        void add(ImportSummary s) {
            batchId = s.batchId();
            read += s.read();
            stored += s.stored();
            unchanged += s.unchanged();
            newVersions += s.newVersions();
            history += s.history();
            rejected.addAll(s.rejected());
            notes.addAll(s.notes());
        }

        ImportSummary summary() {
            return new ImportSummary(batchId, read, stored, unchanged, newVersions, history, rejected, notes);
        }
    }
}
