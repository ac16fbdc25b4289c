package org.evsyn.cli.run;

import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.ingest.AdapterRegistry;
import org.evsyn.ingest.spi.FileHead;
import org.evsyn.ingest.spi.IngestAdapter;
import org.evsyn.ingest.spi.IngestSource;
import org.evsyn.ingest.spi.RecordSink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which records a review's own files hold, by kind: the studies of its extraction sheets, the registrations and
 * the literature records of its exports. The review analyses these, whatever else a shared store holds.
 */
final class ReviewRecordIds {

    /** The adapter of reviewers' extraction sheets. */
    static final String EXTRACTION_FORMAT = "extraction-csv";

    /** Head bytes given to content sniffers, as the ingest service does. */
    private static final int HEAD_BYTES = 64 * 1024;

    /**
     * The ids found.
     *
     * @param studies       extraction-sheet study ids, in sheet order
     * @param registrations registry trial ids
     * @param literature    literature natural keys (pmid:..., doi:..., id:...)
     */
    record Ids(Set<String> studies, Set<String> registrations, Set<String> literature) {

        /** Registrations and literature records together: what PRISMA counts as identified. */
        int records() {
            return registrations.size() + literature.size();
        }
    }

    private final AdapterRegistry adapters;

    ReviewRecordIds(AdapterRegistry adapters) {
        this.adapters = Objects.requireNonNull(adapters, "adapters");
    }

    /** The study ids of extraction sheets, read as such whatever their content looks like. */
    Set<String> sheetStudies(List<Path> sheets) {
        IngestAdapter adapter = adapters.find(EXTRACTION_FORMAT).orElseThrow(() ->
                new IllegalStateException("the " + EXTRACTION_FORMAT + " adapter is not installed"));
        Set<String> ids = new LinkedHashSet<>();
        for (Path sheet : sheets) {
            ids.addAll(read(adapter, sheet).studies());
        }
        return ids;
    }

    /** The ids each export holds, file by file (plain files; containers are left to the ingest step). */
    Map<Path, Ids> byFile(List<Path> files) {
        Map<Path, Ids> out = new LinkedHashMap<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file) || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                out.put(file, new Ids(Set.of(), Set.of(), Set.of()));
                continue;
            }
            // Unknown formats are reported by the ingest step, with the file name.
            out.put(file, adapters.detect(new FileHead(file.getFileName().toString(), head(file)))
                    .map(adapter -> read(adapter, file)).orElse(new Ids(Set.of(), Set.of(), Set.of())));
        }
        return out;
    }

    /** The union of several files' ids. */
    static Ids union(Iterable<Ids> all) {
        Set<String> studies = new LinkedHashSet<>();
        Set<String> registrations = new LinkedHashSet<>();
        Set<String> literature = new LinkedHashSet<>();
        for (Ids ids : all) {
            studies.addAll(ids.studies());
            registrations.addAll(ids.registrations());
            literature.addAll(ids.literature());
        }
        return new Ids(studies, registrations, literature);
    }

    private static Ids read(IngestAdapter adapter, Path file) {
        Set<String> studies = new LinkedHashSet<>();
        Set<String> registrations = new LinkedHashSet<>();
        Set<String> literature = new LinkedHashSet<>();
        parse(adapter, file, new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                if (record.payload() instanceof TrialRecord t) {
                    registrations.add(t.registration().trialId());
                } else if (record.payload() instanceof LiteratureRecord l) {
                    literature.add(l.externalId());
                } else {
                    studies.add(record.payload().externalId());
                }
            }

            @Override
            public void reject(String recordRef, String reason) {
                // Rejections are reported by the ingest step.
            }
        });
        return new Ids(studies, registrations, literature);
    }

    private static void parse(IngestAdapter adapter, Path file, RecordSink sink) {
        try {
            adapter.parse(new IngestSource() {
                @Override
                public String name() {
                    return file.getFileName().toString();
                }

                @Override
                public InputStream open() throws IOException {
                    return Files.newInputStream(file);
                }
            }, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(file.getFileName() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(file.getFileName() + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
