package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A source of generated text too large to keep in a test: a head, a chunk repeated many times, and a tail, made
 * as they are read.
 *
 * @param name  the source's name
 * @param head  the text first
 * @param chunk the text repeated
 * @param times how many times
 * @param tail  the text last
 */
public record GeneratedSource(String name, String head, String chunk, long times, String tail)
        implements IngestSource {

    @Override
    public InputStream open() {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] c = chunk.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        long total = h.length + c.length * times + t.length;
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= total) {
                    return -1;
                }
                long p = position++;
                if (p < h.length) {
                    return h[(int) p] & 0xFF;
                }
                p -= h.length;
                if (p < c.length * times) {
                    return c[(int) (p % c.length)] & 0xFF;
                }
                return t[(int) (p - c.length * times)] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= total) {
                    return -1;
                }
                int n = 0;
                while (n < len && position < total) {
                    long p = position - h.length;
                    if (p >= 0 && p < c.length * times) {
                        // Within the repeats: copy the rest of the current chunk at once.
                        int from = (int) (p % c.length);
                        int k = Math.min(len - n, c.length - from);
                        System.arraycopy(c, from, b, off + n, k);
                        position += k;
                        n += k;
                    } else {
                        b[off + n++] = (byte) read();
                    }
                }
                return n;
            }
        };
    }
}
