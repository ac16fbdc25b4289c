package org.evsyn.cli.run;

import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.ingest.AdapterRegistry;
import org.evsyn.ingest.IngestAdapter;
import org.evsyn.ingest.IngestException;
import org.evsyn.ingest.IngestSource;
import org.evsyn.ingest.RecordSink;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The study ids a review's extraction sheets hold, in sheet order: the studies this review analyses, whatever
 * else the (possibly shared) store holds.
 */
final class ReviewStudyIds {

    /** The adapter id of reviewers' extraction sheets. */
    static final String EXTRACTION_FORMAT = "extraction-csv";

    private final AdapterRegistry adapters;

    ReviewStudyIds(AdapterRegistry adapters) {
        this.adapters = Objects.requireNonNull(adapters, "adapters");
    }

    Set<String> of(List<Path> sheets) {
        IngestAdapter adapter = adapters.find(EXTRACTION_FORMAT).orElseThrow(() ->
                new IllegalStateException("the " + EXTRACTION_FORMAT + " adapter is not installed"));
        Set<String> ids = new LinkedHashSet<>();
        for (Path sheet : sheets) {
            try {
                adapter.parse(new IngestSource() {
                    @Override
                    public String name() {
                        return sheet.getFileName().toString();
                    }

                    @Override
                    public InputStream open() throws IOException {
                        return Files.newInputStream(sheet);
                    }
                }, new RecordSink() {
                    @Override
                    public void accept(ParsedRecord record) {
                        ids.add(record.payload().externalId());
                    }

                    @Override
                    public void reject(String recordRef, String reason) {
                        // Rejections were already reported by the ingest step.
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(sheet.getFileName() + ": cannot be read: " + e.getMessage(), e);
            } catch (IngestException e) {
                throw e;
            }
        }
        return ids;
    }
}
