package org.evsyn.ingest.ctgov;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * The identity of a JSON record: SHA-256 of its canonical form, in which object keys are sorted (by UTF-16 code
 * units), numbers are written in one normal form ({@code 18}, {@code 18.0} and {@code 1.8e1} are all {@code 18}) and
 * no white space separates tokens. Strings are kept exactly: a changed character is changed content. So the same
 * study pretty-printed, compact, or with its keys in another order is one version; any changed value is another.
 */
final class CanonicalJson {

    private final JsonFactory factory;

    CanonicalJson(JsonFactory factory) {
        this.factory = factory;
    }

    /** The lower-case hex SHA-256 of {@code node}'s canonical form. */
    String sha256(JsonNode node) {
        MessageDigest digest = newDigest();
        try (JsonGenerator g = factory.createGenerator(new DigestSink(digest), JsonEncoding.UTF8)) {
            write(g, node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the canonical form of a record", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void write(JsonGenerator g, JsonNode n) throws IOException {
        switch (n.getNodeType()) {
            case OBJECT -> {
                String[] names = new String[n.size()];
                int i = 0;
                for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                    names[i++] = it.next();
                }
                Arrays.sort(names);
                g.writeStartObject();
                for (String name : names) {
                    g.writeFieldName(name);
                    write(g, n.get(name));
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode e : n) {
                    write(g, e);
                }
                g.writeEndArray();
            }
            case NUMBER -> g.writeNumber(normal(n.decimalValue()));
            case STRING -> g.writeString(n.textValue());
            case BOOLEAN -> g.writeBoolean(n.booleanValue());
            case NULL -> g.writeNull();
            default -> throw new IllegalStateException("unexpected JSON node " + n.getNodeType());
        }
    }

    /** One spelling per number: no trailing zeros, no exponent for ordinary magnitudes, zero as {@code 0}. */
    static String normal(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 && s.precision() - s.scale() <= 30 ? s.toPlainString() : s.toString();
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Feeds written bytes straight into the digest, so the canonical form is never held in memory. */
    private static final class DigestSink extends OutputStream {
        private final MessageDigest digest;

        DigestSink(MessageDigest digest) {
            this.digest = digest;
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
        }
    }
}
