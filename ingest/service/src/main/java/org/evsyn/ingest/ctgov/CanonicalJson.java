package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;

/**
 * The identity of a JSON record: SHA-256 of its canonical form, in which object keys are sorted (by UTF-16 code
 * units), numbers are written in one normal form ({@code 18}, {@code 18.0} and {@code 1.8e1} are all {@code 18}) and
 * nothing depends on white space or layout. Strings are kept exactly: a changed character is changed content. So
 * the same study pretty-printed, compact, or with its keys in another order is one version; any changed value is
 * another.
 *
 * <p>The canonical form is a tagged, length-prefixed encoding fed straight into the digest (a tag per value, each
 * string and key as its UTF-8 length and bytes, each object and array with its size), which is unambiguous without
 * JSON's escaping and costs one pass over the tree.
 */
final class CanonicalJson {

    /** The lower-case hex SHA-256 of {@code node}'s canonical form. */
    String sha256(JsonNode node) {
        Sink sink = new Sink(newDigest());
        write(sink, node);
        return HexFormat.of().formatHex(sink.finish());
    }

    @SuppressWarnings("unchecked")
    private static void write(Sink out, JsonNode n) {
        switch (n.getNodeType()) {
            case OBJECT -> {
                Map.Entry<String, JsonNode>[] fields = (Map.Entry<String, JsonNode>[]) new Map.Entry<?, ?>[n.size()];
                int i = 0;
                for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                    fields[i++] = it.next();
                }
                if (fields.length > 1) {
                    Arrays.sort(fields, Map.Entry.comparingByKey());
                }
                out.tag('{');
                out.length(fields.length);
                for (Map.Entry<String, JsonNode> f : fields) {
                    out.text(f.getKey());
                    write(out, f.getValue());
                }
            }
            case ARRAY -> {
                out.tag('[');
                out.length(n.size());
                for (JsonNode e : n) {
                    write(out, e);
                }
            }
            case NUMBER -> {
                out.tag('n');
                out.text(n.isIntegralNumber() && n.canConvertToLong() ? Long.toString(n.longValue())
                        : normal(n.decimalValue()));
            }
            case STRING -> {
                out.tag('s');
                out.text(n.textValue());
            }
            case BOOLEAN -> out.tag(n.booleanValue() ? 't' : 'f');
            case NULL -> out.tag('z');
            default -> throw new IllegalStateException("unexpected JSON node " + n.getNodeType());
        }
    }

    /**
     * One spelling per number, the same as {@link Long#toString} gives whole numbers: no trailing zeros, no
     * exponent for ordinary magnitudes, zero as {@code 0}.
     */
    static String normal(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() <= 0 && s.precision() - s.scale() <= 30 ? s.toPlainString() : s.toString();
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Buffers the small pieces of the encoding so the digest is fed in large blocks. */
    private static final class Sink {
        private final MessageDigest digest;
        private final byte[] buffer = new byte[8192];
        private int used;

        Sink(MessageDigest digest) {
            this.digest = digest;
        }

        void tag(char c) {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = (byte) c;
        }

        void length(int n) {
            if (used + 4 > buffer.length) {
                flush();
            }
            buffer[used++] = (byte) (n >>> 24);
            buffer[used++] = (byte) (n >>> 16);
            buffer[used++] = (byte) (n >>> 8);
            buffer[used++] = (byte) n;
        }

        void text(String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            length(bytes.length);
            if (bytes.length > buffer.length - used) {
                flush();
                if (bytes.length > buffer.length) {
                    digest.update(bytes);
                    return;
                }
            }
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }

        byte[] finish() {
            flush();
            return digest.digest();
        }

        private void flush() {
            digest.update(buffer, 0, used);
            used = 0;
        }
    }
}
