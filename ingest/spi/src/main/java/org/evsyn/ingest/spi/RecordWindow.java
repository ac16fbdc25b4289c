package org.evsyn.ingest.spi;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Bounds the bytes a parser may read for one record, for adapters whose parser (Jackson, StAX) holds a record
 * in memory before the adapter sees it. The adapter starts a window at each record; reading more than the limit
 * inside one window throws the adapter's error, naming the record. Parsers read ahead a buffer or so, so the
 * bound is exact to within a few kilobytes.
 */
public final class RecordWindow extends FilterInputStream {

    private final long limit;
    private final Supplier<? extends RuntimeException> tooLarge;
    private long count;
    private long windowStart;

    /**
     * @param in       the bytes (closed with this stream)
     * @param limit    most bytes one window may read
     * @param tooLarge the error when a window reads more; it names the record being read
     */
    public RecordWindow(InputStream in, long limit, Supplier<? extends RuntimeException> tooLarge) {
        super(Objects.requireNonNull(in, "in"));
        this.limit = limit;
        this.tooLarge = Objects.requireNonNull(tooLarge, "tooLarge");
    }

    /** Starts a new window: the next record begins here. */
    public void start() {
        windowStart = count;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            counted(1);
        }
        return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) {
        count += n;
        if (count - windowStart > limit) {
            throw tooLarge.get();
        }
    }
}
