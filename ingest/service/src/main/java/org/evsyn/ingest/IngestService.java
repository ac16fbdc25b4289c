package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestSource;

import org.evsyn.ingest.spi.IngestException;

import org.evsyn.ingest.spi.IngestAdapter;

import org.evsyn.ingest.spi.FileHead;

import com.google.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.evsyn.core.input.RegularFiles;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.ImportRequest;
import org.evsyn.core.store.ImportSummary;

/**
 * Imports export files into an evidence store: detects each file's format (or takes {@code --format}), opens
 * folders and zips, and runs each file as one store transaction, so a file either goes in whole or not at all.
 *
 * <p>A folder is a list of files, each its own import. A zip is one file: all its entries are one import, so
 * a bad entry (or a zip bomb found half-way) leaves nothing of the zip behind. The exception is a bulk archive
 * (see {@link IngestOptions#chunkRecords()}): it is imported in committed chunks of whole entries, so that an
 * interrupted import keeps what it stored and a re-run resumes after it (see {@link ChunkedImport}).
 *
 * <p>Within a file, the adapter parses on a second thread while the calling thread, which owns the store
 * transaction, stores (see {@link ParsePipeline}); results and errors are the same as parsing inline.
 */
public final class IngestService {

    private final AdapterRegistry adapters;

    @Inject
    public IngestService(AdapterRegistry adapters) {
        this.adapters = Objects.requireNonNull(adapters, "adapters");
    }

    /** The adapters this service chooses from. */
    public AdapterRegistry adapters() {
        return adapters;
    }

    /**
     * Imports every input into the store. Failures are reported per file, never thrown.
     *
     * @throws IngestException when {@code options.formatId()} names no known format (nothing is read)
     */
    public IngestReport ingest(List<Path> inputs, IngestOptions options, EvidenceStore store,
                               IngestListener listener) {
        Objects.requireNonNull(store, "store");
        return run(inputs, options, listener, ImportTarget.of(store));
    }

    /**
     * Reads and maps every input without a store (for benchmarks and {@code --dry-run} style checks); every valid
     * record counts as stored.
     */
    public IngestReport parseOnly(List<Path> inputs, IngestOptions options, IngestListener listener) {
        CountingTarget counting = new CountingTarget();
        return run(inputs, options, listener, counting::run);
    }

    private IngestReport run(List<Path> inputs, IngestOptions options, IngestListener listener, ImportTarget target) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(listener, "listener");
        Optional<IngestAdapter> forced = options.formatId().map(id -> adapters.find(id).orElseThrow(
                () -> new IngestException("unknown format '" + id + "'; known formats: " + adapters.ids())));
        List<FileResult> results = new ArrayList<>();
        for (Path input : inputs) {
            List<InputFiles.InputFile> files;
            try {
                files = InputFiles.expand(input);
            } catch (IOException e) {
                FileResult r = FileResult.failed(input.toString(), Optional.empty(), input + ": cannot list folder: " + e);
                listener.fileFinished(r);
                results.add(r);
                continue;
            }
            for (InputFiles.InputFile file : files) {
                listener.fileStarted(file.name());
                FileResult r = importFile(file, forced, options, listener, target);
                listener.fileFinished(r);
                results.add(r);
            }
        }
        return new IngestReport(results);
    }

    private FileResult importFile(InputFiles.InputFile file, Optional<IngestAdapter> forced, IngestOptions options,
                                  IngestListener listener, ImportTarget target) {
        String name = file.name();
        FileHead head;
        Optional<String> notAFile = RegularFiles.problem(file.path());
        if (notAFile.isPresent()) {
            return FileResult.failed(name, Optional.empty(), name + ": " + notAFile.get());
        }
        try {
            if (Files.size(file.path()) == 0) {
                return FileResult.failed(name, forced.map(IngestAdapter::formatId), name + ": empty file (0 bytes)");
            }
            try (InputStream in = Files.newInputStream(file.path())) {
                head = Heads.read(file.path().getFileName().toString(), in);
            }
        } catch (NoSuchFileException e) {
            return FileResult.failed(name, Optional.empty(), name + ": no such file");
        } catch (IOException e) {
            return FileResult.failed(name, Optional.empty(), name + ": cannot read: " + e.getMessage());
        }
        if (ZipContainer.looksLikeZip(head.bytes())) {
            return importZip(file, forced, options, listener, target);
        }
        IngestAdapter a;
        if (forced.isPresent()) {
            a = forced.get();
        } else {
            Heads.Detection detected;
            try {
                detected = Heads.detect(adapters, head, limit -> {
                    try (InputStream in = Files.newInputStream(file.path())) {
                        return Heads.read(file.path().getFileName().toString(), in, limit);
                    }
                });
            } catch (IOException e) {
                return FileResult.failed(name, Optional.empty(), name + ": cannot read: " + e.getMessage());
            }
            if (detected.adapter().isEmpty()) {
                return FileResult.failed(name, Optional.empty(), unknownFormat(name, detected.head()));
            }
            a = detected.adapter().get();
        }
        IngestAdapter adapter = a;
        ImportWork work = new ImportWork(skip -> sink -> {
            IngestSource source = new FileSource(name, file.path());
            sink.startSource(name);
            adapter.parse(source, skip == 0 ? sink : new SkippingFeed(sink, skip));
        }, ImportWork.Unit.RECORD, -1);
        return runFile(name, file.path(), adapter, options, target, listener, work, options.chunkFor(false, 0));
    }

    private FileResult importZip(InputFiles.InputFile file, Optional<IngestAdapter> forced, IngestOptions options,
                                 IngestListener listener, ImportTarget target) {
        String name = file.name();
        try (ZipContainer zip = ZipContainer.open(file.path(), name, options.limits())) {
            List<IngestSource> entries = zip.entries().stream()
                    .filter(e -> !ZipContainer.isIgnorable(e.name().substring(name.length() + 2)))
                    .toList();
            if (entries.isEmpty()) {
                return FileResult.failed(name, forced.map(IngestAdapter::formatId), name + ": zip has no files");
            }
            IngestAdapter adapter;
            if (forced.isPresent()) {
                adapter = forced.get();
            } else {
                IngestSource firstEntry = entries.get(0);
                Heads.Detection detected = Heads.detect(adapters, zip.head(firstEntry),
                        limit -> zip.head(firstEntry, limit));
                if (detected.adapter().isEmpty()) {
                    return FileResult.failed(name, Optional.empty(), unknownFormat(firstEntry.name(), detected.head()));
                }
                adapter = detected.adapter().get();
            }
            boolean check = forced.isEmpty();
            IngestAdapter reader = adapter;
            ImportWork work = new ImportWork(skip -> sink -> {
                for (IngestSource entry : entries.subList((int) Math.min(skip, entries.size()), entries.size())) {
                    sink.startSource(entry.name());
                    String base = ZipContainer.baseName(entry.name());
                    // Each entry is inflated once: read whole when small (a study), else one buffered stream whose
                    // head is read, checked, and read again from the buffer.
                    Optional<byte[]> whole = zip.readWhole(entry);
                    if (whole.isPresent()) {
                        byte[] content = whole.get();
                        checkEntry(entry, headOf(base, content, Heads.HEAD_BYTES), reader, check,
                                limit -> headOf(base, content, limit));
                        reader.parse(new BytesSource(entry.name(), content), sink);
                        continue;
                    }
                    try (InputStream in = new BufferedInputStream(entry.open(), 1 << 16)) {
                        in.mark(Heads.HEAD_BYTES);
                        FileHead h = Heads.read(base, in);
                        in.reset();
                        checkEntry(entry, h, reader, check, limit -> zip.head(entry, limit));
                        reader.parse(new OpenedSource(entry.name(), in), sink);
                    }
                }
            }, ImportWork.Unit.ENTRY, entries.size());
            return runFile(name, file.path(), adapter, options, target, listener, work,
                    options.chunkFor(true, entries.size()));
        } catch (IngestException e) {
            return FileResult.failed(name, forced.map(IngestAdapter::formatId), e.getMessage());
        } catch (IOException e) {
            return FileResult.failed(name, forced.map(IngestAdapter::formatId), name + ": not a readable zip: " + e.getMessage());
        }
    }

    /** Fails an empty entry, and (when the format was detected) one the zip's adapter does not recognise. */
    private static void checkEntry(IngestSource entry, FileHead head, IngestAdapter reader, boolean check,
                                   Heads.Source longer) throws IOException {
        if (head.bytes().length == 0) {
            throw new IngestException(entry.name() + ": empty file (0 bytes)");
        }
        if (check && !Heads.sniffs(reader, head, longer)) {
            throw new IngestException(entry.name() + ": not " + reader.formatId()
                    + " like the zip's first entry (a zip is imported with one format)");
        }
    }

    private static FileHead headOf(String name, byte[] content, int limit) {
        return new FileHead(name, Arrays.copyOf(content, Math.min(content.length, limit)));
    }

    private String unknownFormat(String name, FileHead head) {
        OptionalLong bad = Heads.firstInvalidUtf8(head.bytes());
        String why = bad.isPresent()
                ? "it is not UTF-8 text (invalid byte at offset " + bad.getAsLong() + ")"
                : "no adapter recognises its content";
        return name + ": unknown format: " + why + "; known formats: " + adapters.ids()
                + " (name one with --format ID)";
    }

    private FileResult runFile(String name, Path path, IngestAdapter adapter, IngestOptions options,
                               ImportTarget target, IngestListener listener, ImportWork work, int chunkRecords) {
        // The file's hash names the import (and finds an interrupted one to resume), and reading a bulk archive for
        // it takes a second or more: parsing starts meanwhile, from the beginning, where almost every import starts.
        ParsePipeline fromStart = ParsePipeline.start(work.parse().from(0));
        String sha;
        try {
            sha = Hashing.sha256(path);
        } catch (IOException e) {
            fromStart.closeQuietly();
            return FileResult.failed(name, Optional.of(adapter.formatId()), name + ": cannot read: " + e.getMessage());
        }
        if (chunkRecords > 0) {
            return new ChunkedImport(name, sha, adapter, options, target, listener, chunkRecords).run(work, fromStart);
        }
        ImportRequest request = new ImportRequest(name, sha, adapter.formatId(), options.strict());
        String[] failure = new String[1];
        try (ParsePipeline pipeline = fromStart) {
            ImportSummary summary = target.run(request, writer -> {
                SinkToWriter sink = new SinkToWriter(writer, listener, options.strict());
                sink.startSource(name);
                try {
                    pipeline.feed(sink, ParsePipeline.Pause.NEVER);
                } catch (OutOfMemoryError | StackOverflowError e) {
                    // Reported for this file like any failure (the transaction rolls back), and the next file goes on.
                    failure[0] = Failures.describe(e, sink);
                    throw new IngestException(failure[0], e);
                } catch (Exception | Error e) {
                    failure[0] = Failures.describe(e, sink);
                    throw e;
                }
            });
            return FileResult.ok(name, adapter.formatId(), summary);
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String why = failure[0] != null ? failure[0] : name + ": " + Failures.message(e);
            return FileResult.failed(name, Optional.of(adapter.formatId()), why + "; nothing of " + name + " was stored");
        }
    }

}
