package org.evsyn.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/** Reading file heads for format detection, and explaining heads no adapter recognises. */
final class Heads {

    /** Enough for every sniffer: XML prologs, CSV header rows and the start of a JSON study. */
    static final int HEAD_BYTES = 8192;

    private Heads() {
    }

    static FileHead read(String fileName, InputStream in) throws IOException {
        return new FileHead(fileName, in.readNBytes(HEAD_BYTES));
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
