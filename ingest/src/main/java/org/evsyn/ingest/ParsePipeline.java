package org.evsyn.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import org.evsyn.core.domain.ParsedRecord;

/**
 * Runs the parsing of one import on its own thread while the calling thread (which owns the store transaction)
 * stores what was parsed, so reading and storing use two cores. A bounded queue keeps memory flat; a parse
 * failure is rethrown on the calling thread, and a store failure stops the parser.
 */
final class ParsePipeline {

    /** Records in flight between the threads; a record with results is ~100 KB of objects. */
    private static final int CAPACITY = 256;

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
        Feed producerSide = new Feed() {
            @Override
            public void startSource(String name) {
                put(queue, new Source(name));
            }

            @Override
            public void accept(ParsedRecord record) {
                put(queue, new Accepted(record));
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

    private static void put(BlockingQueue<Item> queue, Item item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import abandoned");
        }
    }
}
