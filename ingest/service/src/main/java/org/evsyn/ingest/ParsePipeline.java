package org.evsyn.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Semaphore;
import org.evsyn.core.domain.ParsedRecord;

/**
 * Runs the parsing of one import on its own thread while the calling thread (which owns the store transaction)
 * stores what was parsed, so reading and storing use two cores. A bounded queue keeps memory flat; a parse
 * failure is rethrown on the calling thread, and a store failure stops the parser.
 */
final class ParsePipeline implements AutoCloseable {

    /** Most items in flight between the threads. */
    private static final int CAPACITY = 4096;

    /**
     * Most verbatim text in flight, in UTF-8 bytes. The storing thread works in bursts (it writes queued rows
     * every few hundred records, and commits chunks), so the parser needs room to run ahead or one thread waits for
     * the other; the bound is on text rather than on records so an export of huge records keeps the heap as flat as
     * one of small ones (a parsed record is a few times its text). Everything in flight is copied by every young
     * collection it lives through: 16 MiB (about 600 registry studies, a quarter second of parsing) covers a flush
     * and a commit, and cost a third less collection time than 32 MiB on the 100,000-study benchmark.
     */
    private static final int TEXT_BUDGET = 16 * 1024 * 1024;

    /** The parsing side of an import. */
    @FunctionalInterface
    interface Parse {
        void run(Feed feed) throws Exception;
    }

    private sealed interface Item permits Source, Accepted, Rejected, Done, Failed {
    }

    private record Source(String name) implements Item {
    }

    private record Accepted(ParsedRecord record) implements Item {
        /** The record's share of the text budget; a record larger than the whole budget takes all of it. */
        int weight() {
            return Math.max(1, Math.min(TEXT_BUDGET, record.source().text().utf8Length()));
        }
    }

    private record Rejected(String ref, String reason) implements Item {
    }

    private record Done() implements Item {
    }

    /** The parse failed: an exception, or an error such as running out of memory, rethrown as it is. */
    private record Failed(Throwable error) implements Item {
    }

    /**
     * Where a chunk of a file imported in several transactions may end: before the next item when this says so,
     * given the records fed in the chunk so far. Chunks of a zip end before an entry, those of a plain file before
     * a record, so that what was committed is a whole number of resumable units.
     */
    interface Pause {
        /** Never: the whole parse is one chunk. */
        Pause NEVER = new Pause() {
        };

        /** Whether to pause before the next source (file or zip entry) starts. */
        default boolean beforeSource(int recordsInChunk) {
            return false;
        }

        /** Whether to pause before the next record. */
        default boolean beforeRecord(int recordsInChunk) {
            return false;
        }
    }

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Semaphore textBudget = new Semaphore(TEXT_BUDGET);
    private final Thread parser;
    private Item pending;
    private boolean finished;

    private ParsePipeline(Parse parse) {
        Feed producerSide = new Feed() {
            @Override
            public void startSource(String name) {
                put(queue, new Source(name));
            }

            @Override
            public void accept(ParsedRecord record) {
                Accepted item = new Accepted(record);
                acquire(textBudget, item.weight());
                put(queue, item);
            }

            @Override
            public void reject(String recordRef, String reason) {
                put(queue, new Rejected(recordRef, reason));
            }
        };
        this.parser = new Thread(() -> {
            Item last;
            try {
                parse.run(producerSide);
                last = new Done();
            } catch (CancellationException e) {
                return;
            } catch (Exception | Error e) {
                last = new Failed(e);
            }
            try {
                put(queue, last);
            } catch (CancellationException e) {
                // The storing side has already given up; nobody is waiting for the end marker.
            }
        }, "ingest-parse");
        parser.setDaemon(true);
    }

    /** Starts parsing on a new thread; {@link #close} stops it if the caller stops early. */
    static ParsePipeline start(Parse parse) {
        ParsePipeline p = new ParsePipeline(parse);
        p.parser.start();
        return p;
    }

    /**
     * Feeds what is parsed to {@code target} until the parse ends or {@code pause} asks for a break.
     *
     * @return true when it paused (more may follow: call again), false when the parse is complete
     * @throws Exception whatever the parse or the target threw
     */
    boolean feed(Feed target, Pause pause) throws Exception {
        int records = 0;
        while (true) {
            Item item = pending != null ? pending : queue.take();
            pending = null;
            if (item instanceof Source s) {
                if (pause.beforeSource(records)) {
                    pending = item;
                    return true;
                }
                target.startSource(s.name());
            } else if (item instanceof Accepted a) {
                if (pause.beforeRecord(records)) {
                    pending = item;
                    return true;
                }
                textBudget.release(a.weight());
                target.accept(a.record());
                records++;
            } else if (item instanceof Rejected r) {
                if (pause.beforeRecord(records)) {
                    pending = item;
                    return true;
                }
                target.reject(r.ref(), r.reason());
                records++;
            } else if (item instanceof Failed f) {
                finished = true;
                if (f.error() instanceof Error e) {
                    throw e;
                }
                throw (Exception) f.error();
            } else {
                finished = true;
                return false;
            }
        }
    }

    /** As {@link #close}, for a parse nobody will read: an interruption is kept for the caller to see. */
    void closeQuietly() {
        try {
            close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the parser when the storing side gave up before the end; waits for it to go. */
    @Override
    public void close() throws InterruptedException {
        if (!finished) {
            // The store side failed or stopped: stop the parser, which may be blocked on a full queue.
            parser.interrupt();
            queue.clear();
        }
        parser.join(10_000);
    }

    private static void acquire(Semaphore budget, int permits) {
        try {
            budget.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import abandoned");
        }
    }

    private static void put(BlockingQueue<Item> queue, Item item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import abandoned");
        }
    }
}
