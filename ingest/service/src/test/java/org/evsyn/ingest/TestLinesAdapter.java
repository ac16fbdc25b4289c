package org.evsyn.ingest;

import org.evsyn.ingest.spi.RecordSink;

import org.evsyn.ingest.spi.IngestSource;

import org.evsyn.ingest.spi.IngestException;

import org.evsyn.ingest.spi.IngestAdapter;

import org.evsyn.ingest.spi.FileHead;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.domain.StudyDesign;
import org.evsyn.core.domain.TrialRecord;

/**
 * A third-party style adapter, found only through {@code META-INF/services} of the test classpath. Format: a first
 * line {@code #test-lines}, then {@code ID,title} per record; {@code reject:ID,reason} rejects a record and
 * {@code fail} makes the file malformed at that point; {@code oom} and {@code overflow} throw the JVM's errors.
 */
public final class TestLinesAdapter implements IngestAdapter {

    public static final String ID = "test-lines";

    @Override
    public String formatId() {
        return ID;
    }

    @Override
    public String description() {
        return "test-only line format";
    }

    @Override
    public boolean sniff(FileHead head) {
        return head.text().startsWith("#test-lines");
    }

    @Override
    public void parse(IngestSource source, RecordSink sink) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.equals("oom")) {
                    throw new OutOfMemoryError("Java heap space");
                }
                if (line.equals("overflow")) {
                    throw new StackOverflowError();
                }
                if (line.equals("fail")) {
                    throw IngestException.at(source.name(), "line " + lineNo, "malformed line 'fail'");
                }
                if (line.startsWith("reject:")) {
                    String[] p = line.substring(7).split(",", 2);
                    sink.reject(p[0], p[1]);
                    continue;
                }
                String[] p = line.split(",", 2);
                sink.accept(record(p[0], p.length > 1 ? p[1] : "", source.name() + ":" + lineNo, line));
            }
        }
    }

    static ParsedRecord record(String id, String title, String locator, String content) {
        Registration reg = new Registration("TEST", id, List.of(), title, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), StudyDesign.unknown(), java.util.OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), false);
        return new ParsedRecord(SourceRecord.of(ID, id, locator, content),
                TrialRecord.registrationOnly(reg, List.of(), List.of()));
    }
}
