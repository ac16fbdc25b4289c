package org.evsyn.stats.analysis;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of one secondary analysis: its value, or the reason it cannot be given for this input.
 *
 * @param <T> the block's value type
 */
public sealed interface BlockOutcome<T> {

    /**
     * A computed block.
     *
     * @param value the result
     * @param <T>   its type
     */
    record Computed<T>(T value) implements BlockOutcome<T> {
        /** Requires a value. */
        public Computed {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A block that failed for this input; the rest of the analysis is unaffected.
     *
     * @param message why, in words a reviewer understands
     * @param <T>     the type the block would have had
     */
    record Failed<T>(String message) implements BlockOutcome<T> {
        /** Requires a message. */
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }

    /** Maps a computed value; a failure stays a failure. */
    default <R> BlockOutcome<R> map(Function<? super T, ? extends R> f) {
        if (this instanceof Computed<T> c) {
            return new Computed<>(f.apply(c.value()));
        }
        return new Failed<>(((Failed<T>) this).message());
    }
}
