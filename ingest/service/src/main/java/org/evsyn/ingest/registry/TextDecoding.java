package org.evsyn.ingest.registry;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsyn.core.input.InvalidTextException;
import org.evsyn.core.input.StrictTextReader;
import org.evsyn.ingest.spi.IngestException;

/**
 * Turns a byte stream into characters for the text-level readers. Bytes that are not valid in the encoding are
 * reported with their offset in the file, never replaced, so a mis-encoded file fails loudly instead of storing
 * U+FFFD in a trial.
 */
final class TextDecoding {

    private static final int PROLOG_BYTES = 512;
    private static final Pattern XML_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private TextDecoding() {
    }

    /** UTF-8, with a leading byte-order mark skipped. */
    static Reader utf8(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in);
        return new StrictTextReader(b, StandardCharsets.UTF_8, skipUtf8Bom(b));
    }

    /**
     * The encoding an XML document declares (UTF-8 when it declares none), with a UTF-8 byte-order mark skipped.
     *
     * @throws IngestException when the declared encoding is unknown
     */
    static Reader xml(InputStream in, String fileName) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in);
        int bom = skipUtf8Bom(b);
        if (hasUtf16Bom(b)) {
            return new StrictTextReader(b, StandardCharsets.UTF_16, bom);
        }
        b.mark(PROLOG_BYTES);
        byte[] head = b.readNBytes(PROLOG_BYTES);
        b.reset();
        Matcher m = XML_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        Charset cs = StandardCharsets.UTF_8;
        if (m.find()) {
            try {
                cs = Charset.forName(m.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw IngestException.at(fileName, "1 (line 1)", "the XML declaration names encoding \""
                        + m.group(1) + "\", which this system cannot read");
            }
        }
        return new StrictTextReader(b, cs, bom);
    }

    /** A one-line description of a decoding failure: the bad bytes and their offset in the file. */
    static String describe(CharacterCodingException e, Charset expected) {
        return e instanceof InvalidTextException ? e.getMessage()
                : "not valid " + expected.name() + " text (" + e.getMessage() + ")";
    }

    /** Whether a UTF-16 byte-order mark follows (left in place: the UTF-16 decoder reads and drops it). */
    private static boolean hasUtf16Bom(BufferedInputStream b) throws IOException {
        b.mark(2);
        byte[] bom = b.readNBytes(2);
        b.reset();
        int first = bom.length == 2 ? bom[0] & 0xFF : 0;
        int second = bom.length == 2 ? bom[1] & 0xFF : 0;
        return (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE);
    }

    /** Skips a UTF-8 byte-order mark; returns the bytes skipped (3 or 0). */
    private static int skipUtf8Bom(BufferedInputStream b) throws IOException {
        b.mark(3);
        byte[] bom = b.readNBytes(3);
        if (bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
            return 3;
        }
        b.reset();
        return 0;
    }
}
