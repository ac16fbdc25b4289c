package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestSource;

import org.evsyn.ingest.spi.IngestException;

import org.evsyn.ingest.spi.FileHead;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip file whose entries are ingested as one import. The central directory is checked before anything is read
 * (entry count, entry paths, declared sizes), and every entry stream counts the bytes it really expands to, since
 * declared sizes can lie.
 */
final class ZipContainer implements Closeable {

    /**
     * Entries up to this size are read whole, so adapters can parse an array (and keep slices of it) rather than a
     * stream; a registry study is tens of kilobytes. Larger entries (a page of thousands of studies) are streamed.
     */
    static final int WHOLE_ENTRY_BYTES = 16 << 20;

    private final String name;
    private final ZipFile zip;
    private final ContainerLimits limits;
    private final List<ZipEntry> files;
    private long expanded;

    private ZipContainer(String name, ZipFile zip, ContainerLimits limits, List<ZipEntry> files) {
        this.name = name;
        this.zip = zip;
        this.limits = limits;
        this.files = files;
    }

    /** True when the head is a zip local-file or empty-archive signature. */
    static boolean looksLikeZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    /**
     * Opens and checks a zip.
     *
     * @throws IngestException when an entry path escapes the archive or a limit is exceeded
     */
    static ZipContainer open(Path file, String name, ContainerLimits limits) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        try {
            List<ZipEntry> files = new ArrayList<>();
            long count = 0;
            long declared = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (++count > limits.maxEntries()) {
                    throw new IngestException(name + ": zip has more than " + limits.maxEntries()
                            + " entries (the limit); nothing was stored");
                }
                checkPath(name, e.getName());
                if (e.isDirectory()) {
                    continue;
                }
                long size = Math.max(0, e.getSize());
                if (size > limits.maxEntryBytes()) {
                    throw bomb(name, "entry " + e.getName() + " expands to " + size + " bytes, more than the "
                            + limits.maxEntryBytes() + "-byte limit per entry");
                }
                declared += size;
                if (declared > limits.maxTotalBytes()) {
                    throw bomb(name, "entries expand to more than the " + limits.maxTotalBytes() + "-byte limit");
                }
                files.add(e);
            }
            return new ZipContainer(name, zip, limits, List.copyOf(files));
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static void checkPath(String zipName, String entry) {
        String p = entry.replace('\\', '/');
        boolean escapes = p.startsWith("/") || p.matches("^[A-Za-z]:.*")
                || ("/" + p + "/").contains("/../") || p.equals("..");
        if (escapes) {
            throw new IngestException(zipName + ": zip entry '" + entry
                    + "' has an absolute or parent-relative path (path traversal); nothing was stored");
        }
    }

    private static IngestException bomb(String zipName, String what) {
        return new IngestException(zipName + ": zip refused as a possible zip bomb: " + what + "; nothing was stored");
    }

    /** The file entries (no directories), in archive order. */
    List<IngestSource> entries() {
        List<IngestSource> out = new ArrayList<>(files.size());
        for (ZipEntry e : files) {
            out.add(new EntrySource(name + "!/" + e.getName(), e));
        }
        return out;
    }

    /**
     * The first bytes of an entry, for format detection. Not counted against the expansion limits: it is a bounded
     * head ({@link Heads#HEAD_BYTES}, longer only when that decided nothing), and the entry is counted in full when
     * it is parsed.
     */
    FileHead head(IngestSource entry) throws IOException {
        return head(entry, Heads.HEAD_BYTES);
    }

    /** As {@link #head(IngestSource)}, at most {@code limit} bytes (a longer head when the first decided nothing). */
    FileHead head(IngestSource entry, int limit) throws IOException {
        ZipEntry e = zipEntry(entry);
        try (InputStream in = zip.getInputStream(e)) {
            return Heads.read(baseName(e.getName()), in, limit);
        }
    }

    private ZipEntry zipEntry(IngestSource entry) {
        if (!(entry instanceof EntrySource e)) {
            throw new IllegalArgumentException("not an entry of " + name + ": " + entry.name());
        }
        return e.entry;
    }

    /**
     * The content of an entry read whole, when its declared size is at most {@link #WHOLE_ENTRY_BYTES}; empty for a
     * larger entry, which is to be streamed. Counted against the limits like a stream, and an entry that expands
     * beyond its declared size fails the same way.
     */
    Optional<byte[]> readWhole(IngestSource entry) throws IOException {
        ZipEntry e = zipEntry(entry);
        long declared = e.getSize();
        if (declared < 0 || declared > WHOLE_ENTRY_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = entry.open()) {
            byte[] content = in.readNBytes((int) declared);
            // Reading on past the declared size makes the counting stream refuse an entry whose size lied.
            if (content.length == declared && in.read() >= 0) {
                throw bomb(name, "entry " + entry.name() + " expands beyond its declared size of " + declared
                        + " bytes");
            }
            return Optional.of(content);
        }
    }

    /** The file name of an entry (or of an entry's source name {@code zip!/dir/NCT1.json}), without folders. */
    static String baseName(String entryName) {
        return entryName.substring(Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('!')) + 1);
    }

    /** Whether an entry is worth reading: skips resource-fork and dot files that archivers add. */
    static boolean isIgnorable(String entryName) {
        String lower = entryName.toLowerCase(Locale.ROOT);
        String base = lower.substring(lower.lastIndexOf('/') + 1);
        return lower.startsWith("__macosx/") || base.startsWith(".");
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private final class EntrySource implements IngestSource {
        private final String entryName;
        private final ZipEntry entry;

        EntrySource(String entryName, ZipEntry entry) {
            this.entryName = entryName;
            this.entry = entry;
        }

        @Override
        public String name() {
            return entryName;
        }

        @Override
        public InputStream open() throws IOException {
            return new Counting(zip.getInputStream(entry), entryName, Math.max(0, entry.getSize()));
        }
    }

    /** Counts expanded bytes against the entry's declared size and the archive's limit. */
    private final class Counting extends FilterInputStream {
        private final String entryName;
        private final long declared;
        private long read;

        Counting(InputStream in, String entryName, long declared) {
            super(in);
            this.entryName = entryName;
            this.declared = declared;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            expanded += n;
            if (read > declared || read > limits.maxEntryBytes()) {
                throw bomb(name, "entry " + entryName + " expands beyond its declared size of " + declared + " bytes");
            }
            if (expanded > limits.maxTotalBytes()) {
                throw bomb(name, "entries expand to more than the " + limits.maxTotalBytes() + "-byte limit");
            }
        }
    }
}
