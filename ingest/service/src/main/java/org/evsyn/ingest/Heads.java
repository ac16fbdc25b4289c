package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestAdapter;

import org.evsyn.ingest.spi.FileHead;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

/** Reading file heads for format detection, and explaining heads no adapter recognises. */
final class Heads {

    /** Enough for almost every sniffer: XML prologs, CSV header rows and the start of a JSON study. */
    static final int HEAD_BYTES = 8192;

    /**
     * Longer heads offered when no sniffer decided from a full head: a JSON study may carry long values before the
     * key that names its format (a study file with its sections in another order starts with derived data).
     */
    private static final int[] LONGER_HEADS = {1 << 20, 16 << 20};

    /** Reads a head of at most {@code limit} bytes, from the start. */
    @FunctionalInterface
    interface Source {
        FileHead read(int limit) throws IOException;
    }

    private Heads() {
    }

    static FileHead read(String fileName, InputStream in) throws IOException {
        return read(fileName, in, HEAD_BYTES);
    }

    static FileHead read(String fileName, InputStream in, int limit) throws IOException {
        return new FileHead(fileName, in.readNBytes(limit));
    }

    /**
     * The adapter that recognises the content, trying longer heads while none does and the file goes on.
     *
     * @param first the head already read ({@link #HEAD_BYTES})
     * @return the adapter, or empty with the longest head read (for the error message)
     */
    static Detection detect(AdapterRegistry adapters, FileHead first, Source more) throws IOException {
        FileHead head = first;
        Optional<IngestAdapter> found = adapters.detect(head);
        for (int i = 0; found.isEmpty() && i < LONGER_HEADS.length && head.bytes().length >= limitOf(i - 1); i++) {
            head = more.read(LONGER_HEADS[i]);
            found = adapters.detect(head);
        }
        return new Detection(found, head);
    }

    /** Whether {@code adapter} recognises the content, trying longer heads as {@link #detect} does. */
    static boolean sniffs(IngestAdapter adapter, FileHead first, Source more) throws IOException {
        FileHead head = first;
        boolean yes = AdapterRegistry.sniffs(adapter, head);
        for (int i = 0; !yes && i < LONGER_HEADS.length && head.bytes().length >= limitOf(i - 1); i++) {
            head = more.read(LONGER_HEADS[i]);
            yes = AdapterRegistry.sniffs(adapter, head);
        }
        return yes;
    }

    private static int limitOf(int index) {
        return index < 0 ? HEAD_BYTES : LONGER_HEADS[index];
    }

    /** What detection found, and the head it last looked at. */
    record Detection(Optional<IngestAdapter> adapter, FileHead head) {
    }

    /** Offset of the first byte that is not valid UTF-8; a character cut off by the head's end is not blamed. */
    static OptionalLong firstInvalidUtf8(byte[] head) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(head.length + 1), false);
        return result.isError() ? OptionalLong.of(in.position()) : OptionalLong.empty();
    }
}
