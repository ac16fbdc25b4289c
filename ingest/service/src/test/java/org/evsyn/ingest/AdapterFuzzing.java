package org.evsyn.ingest;

import org.evsyn.ingest.spi.RecordSink;

import org.evsyn.ingest.spi.IngestSource;

import org.evsyn.ingest.spi.IngestException;

import org.evsyn.ingest.spi.IngestAdapter;

import org.evsyn.ingest.spi.FileHead;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.evsyn.core.domain.ParsedRecord;

/**
 * What every adapter's fuzz target checks on any bytes: the sniffer answers without throwing; parsing ends, or
 * fails with an {@link IngestException} only (no IOException from bytes in memory, no runtime exception of the
 * JVM's, no error); every accepted record has a locator. For plain-text formats (no escapes that could spell it),
 * no U+FFFD appears in a record unless the input held one, since bad bytes are refused, never replaced. Time and
 * memory are bounded by the fuzzing run (a per-input timeout and the fork's heap).
 */
public final class AdapterFuzzing {

    private static final byte[] REPLACEMENT = "\uFFFD".getBytes(StandardCharsets.UTF_8);

    private AdapterFuzzing() {
    }

    /** Runs one input through the adapter and checks the properties above, U+FFFD aside. */
    public static void check(IngestAdapter adapter, byte[] input) {
        check(adapter, input, true);
    }

    /** {@link #check}, and no U+FFFD in a record of a plain-text format unless the input held one. */
    public static void checkText(IngestAdapter adapter, byte[] input) {
        check(adapter, input, contains(input, REPLACEMENT));
    }

    private static void check(IngestAdapter adapter, byte[] input, boolean replacementAllowed) {
        adapter.sniff(new FileHead("fuzz.input", Arrays.copyOf(input, Math.min(input.length, 8192))));
        boolean inputHasReplacement = replacementAllowed;
        RecordSink sink = new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                if (record.source().locator().isEmpty()) {
                    throw new AssertionError("a record without a locator: " + record.source().externalId());
                }
                if (!inputHasReplacement && (record.source().content().indexOf('\uFFFD') >= 0
                        || String.valueOf(record.payload()).indexOf('\uFFFD') >= 0)) {
                    throw new AssertionError("U+FFFD in a record although the input has none: a bad byte was"
                            + " replaced instead of refused");
                }
            }

            @Override
            public void reject(String recordRef, String reason) {
                if (recordRef == null || reason == null || reason.isBlank()) {
                    throw new AssertionError("a rejection without a reference or a reason");
                }
            }
        };
        try {
            adapter.parse(source(input), sink);
        } catch (IngestException documented) {
            if (documented.getMessage() == null || documented.getMessage().isBlank()) {
                throw new AssertionError("an IngestException without a message", documented);
            }
        } catch (IOException e) {
            throw new AssertionError("an IOException from bytes in memory: " + e, e);
        }
    }

    /** Bytes as an ingest source named {@code fuzz.input}. */
    public static IngestSource source(byte[] input) {
        return new IngestSource() {
            @Override
            public String name() {
                return "fuzz.input";
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(input);
            }
        };
    }

    /** The seeds of a fuzz target: real samples from the test resources (files, or every file of a folder). */
    public static Stream<byte[]> samples(String... resources) {
        return Stream.of(resources).map(TestFiles::resource).flatMap(AdapterFuzzing::files).map(AdapterFuzzing::read);
    }

    private static Stream<Path> files(Path p) {
        if (!Files.isDirectory(p)) {
            return Stream.of(p);
        }
        try (Stream<Path> list = Files.list(p)) {
            return list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
