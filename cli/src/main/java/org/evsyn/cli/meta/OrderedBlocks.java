package org.evsyn.cli.meta;

import java.io.Writer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs many independent jobs on every core and prints their text in job order while later jobs still run.
 *
 * <p>Jobs are taken in blocks; a block's text is printed as soon as it and every block before it are done, so a
 * batch of 100,000 analyses never holds more than a few blocks of output. Holding all of it (the former way) made
 * every young collection copy the whole output so far, and left the printing of tens of megabytes to the end,
 * when the other core had nothing to do.
 *
 * <p>An exception in a job stops the others (blocks already printed stay printed) and is rethrown by
 * {@link #run} in the calling thread.
 */
final class OrderedBlocks {

    /** Appends one job's output (one line, with its line break) and says whether the job failed. */
    @FunctionalInterface
    interface Job {
        boolean write(int index, StringBuilder out);
    }

    /** Enough jobs per block to amortise the hand-over, few enough to keep little output alive. */
    static final int BLOCK = 64;

    private final int threads;

    /** @param threads how many threads run jobs, the caller's included (at least 1) */
    OrderedBlocks(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /**
     * Runs jobs {@code 0 .. count - 1} and writes their output to {@code out} in that order.
     *
     * @return how many jobs failed
     */
    int run(int count, Job job, Writer out) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(out, "out");
        Run run = new Run(count, job, out);
        List<Thread> helpers = new ArrayList<>();
        int extra = Math.min(threads, (count + BLOCK - 1) / BLOCK) - 1;
        for (int i = 0; i < extra; i++) {
            Thread t = new Thread(run::work, "evsyn-meta-" + (i + 1));
            t.setDaemon(true);
            helpers.add(t);
            t.start();
        }
        run.work();
        for (Thread t : helpers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the analyses ran", e);
            }
        }
        Throwable failure = run.failure.get();
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        run.drain(true);
        return run.failures.get();
    }

    /** The shared state of one run. */
    private static final class Run {
        private final int count;
        private final int blocks;
        private final Job job;
        private final Writer out;
        private final AtomicInteger nextBlock = new AtomicInteger();
        private final AtomicInteger failures = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final AtomicReferenceArray<String> done;
        private final ReentrantLock printing = new ReentrantLock();
        /** The next block to print; read and written under {@link #printing} only. */
        private int printed;

        Run(int count, Job job, Writer out) {
            this.count = count;
            this.blocks = (count + BLOCK - 1) / BLOCK;
            this.job = job;
            this.out = out;
            this.done = new AtomicReferenceArray<>(blocks);
        }

        void work() {
            try {
                StringBuilder text = new StringBuilder(BLOCK * 1024);
                for (int b = nextBlock.getAndIncrement(); b < blocks && failure.get() == null;
                     b = nextBlock.getAndIncrement()) {
                    text.setLength(0);
                    int failed = 0;
                    for (int i = b * BLOCK, end = Math.min(count, i + BLOCK); i < end; i++) {
                        failed += job.write(i, text) ? 1 : 0;
                    }
                    failures.addAndGet(failed);
                    done.set(b, text.toString());
                    drain(false);
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        }

        /** Prints the finished blocks that are next in order; waits for the printing lock only when asked to. */
        void drain(boolean wait) {
            if (wait) {
                printing.lock();
            } else if (!printing.tryLock()) {
                return;
            }
            try {
                String text;
                while (printed < blocks && (text = done.getAndSet(printed, null)) != null) {
                    out.write(text);
                    printed++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                printing.unlock();
            }
        }
    }
}
