package org.evsyn.core.store;

import java.util.BitSet;
import java.util.Optional;

/**
 * What one file imported in several committed chunks knows across its chunks: whether the store was empty when
 * the first chunk began, and which record keys the earlier chunks may have stored. A bulk load into a fresh store
 * can then skip the per-record look-ups of every chunk, not just the first: a key this import has not stored
 * cannot be in the store. Used by one import at a time, on the thread that stores.
 *
 * <p>The keys are kept as bits of their hashes (16 MiB whatever the number of records): a key that shares a bit
 * with a stored one only costs the look-up it would have needed anyway, never a wrong answer.
 */
public final class ImportSession {

    private static final int BITS = 1 << 27;

    private Optional<Boolean> startedEmpty = Optional.empty();
    private final BitSet stored = new BitSet(BITS);

    /** Whether the store was empty when the first chunk began; empty before the first chunk. */
    public Optional<Boolean> startedEmpty() {
        return startedEmpty;
    }

    /** Set by the first chunk; later calls change nothing. */
    public void startedEmpty(boolean empty) {
        if (startedEmpty.isEmpty()) {
            startedEmpty = Optional.of(empty);
        }
    }

    /** Remembers a key (a source record's, a trial's, a literature record's) a chunk of this import stored. */
    public void stored(String key) {
        stored.set(bit(key));
    }

    /** False when no chunk of this import stored {@code key}; true when one may have. */
    public boolean mayHaveStored(String key) {
        return stored.get(bit(key));
    }

    private static int bit(String key) {
        // Spread the bits of String.hashCode, whose low bits are weak for keys that differ in their last digits.
        long h = key.hashCode() * 0x9E3779B97F4A7C15L;
        return (int) ((h ^ (h >>> 29)) & (BITS - 1));
    }
}
