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
final class ParsePipeline {

    /** Most items in flight between the threads. */
    private static final int CAPACITY = 4096;

    /**
     * Most verbatim text in flight, in characters. The storing thread works in bursts (it writes queued rows
     * every few hundred records), so the parser needs room to run ahead or one thread waits for the other; the
     * bound is on text rather than on records so an export of huge records keeps the heap as flat as one of
     * small ones (a parsed record is a few times its text).
     */
    private static final int TEXT_BUDGET = 32 * 1024 * 1024;

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
            return Math.max(1, Math.min(TEXT_BUDGET, record.source().content().length()));
        }
    }

    private record Rejected(String ref, String reason) implements Item {
    }

    private record Done() implements Item {
    }

    private record Failed(Exception error) implements Item {
    }

    private ParsePipeline() {
    }

    /**
     * Parses on a new thread and feeds {@code target} on this one.
     *
     * @throws Exception whatever the parse or the target threw
     */
    static void run(Parse parse, Feed target) throws Exception {
        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(CAPACITY);
        Semaphore textBudget = new Semaphore(TEXT_BUDGET);
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
        Thread parser = new Thread(() -> {
            Item last;
            try {
                parse.run(producerSide);
                last = new Done();
            } catch (CancellationException e) {
                return;
            } catch (Exception e) {
                last = new Failed(e);
            } catch (Error e) {
                last = new Failed(new IllegalStateException(e.toString(), e));
            }
            try {
                put(queue, last);
            } catch (CancellationException e) {
                // The storing side has already given up; nobody is waiting for the end marker.
            }
        }, "ingest-parse");
        parser.setDaemon(true);
        parser.start();
        boolean finished = false;
        try {
            while (true) {
                Item item = queue.take();
                if (item instanceof Source s) {
                    target.startSource(s.name());
                } else if (item instanceof Accepted a) {
                    textBudget.release(a.weight());
                    target.accept(a.record());
                } else if (item instanceof Rejected r) {
                    target.reject(r.ref(), r.reason());
                } else if (item instanceof Failed f) {
                    finished = true;
                    throw f.error();
                } else {
                    finished = true;
                    return;
                }
            }
        } finally {
            if (!finished) {
                // The store side failed: stop the parser, which may be blocked on a full queue.
                parser.interrupt();
                queue.clear();
            }
            parser.join(10_000);
        }
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
