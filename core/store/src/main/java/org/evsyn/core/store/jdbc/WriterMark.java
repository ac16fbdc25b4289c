package org.evsyn.core.store.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.evsyn.core.store.jdbc.ProvenanceTables.Meta;
import org.jooq.DSLContext;

/**
 * A row in {@code evsyn_meta} that says "process P is writing to the file F", committed before a store's first
 * import and deleted when the store closes. A row left behind means the store was not closed cleanly: its writer was
 * killed, or the file is a copy taken while a writer was at work (the row names the original file, so a copy shows
 * even while the original's writer is still running). Opening such a store runs SQLite's quick check first.
 *
 * <p>One row per store session, not per import: it costs two small commits per process, whatever the number of files
 * imported.
 */
final class WriterMark {

    static final String PREFIX = "writer:";

    private final String key;
    private final String value;
    private boolean written;

    WriterMark(Path file) {
        ProcessHandle me = ProcessHandle.current();
        this.key = PREFIX + me.pid() + ":" + UUID.randomUUID();
        this.value = "pid=" + me.pid() + ";started=" + started(me) + ";file=" + fileKey(file);
    }

    /** Writes the row in a transaction of its own, once per session. */
    void write(DSLContext ctx) {
        if (!written) {
            ctx.insertInto(Meta.TABLE).set(Meta.KEY, key).set(Meta.VALUE, value).execute();
            written = true;
        }
    }

    /** Deletes the row if this session wrote it. */
    void erase(DSLContext ctx) {
        if (written) {
            ctx.deleteFrom(Meta.TABLE).where(Meta.KEY.eq(key)).execute();
            written = false;
        }
    }

    /**
     * Why the store at {@code file} was not closed cleanly, one reason per row left by a writer that is gone (or that
     * wrote to another file, of which this one is a copy); empty when every row belongs to a live writer of this
     * file.
     */
    static List<String> leftBehind(DSLContext ctx, Path file) {
        String here = fileKey(file);
        List<String> reasons = new ArrayList<>();
        for (String row : ctx.select(Meta.VALUE).from(Meta.TABLE).where(Meta.KEY.startsWith(PREFIX)).fetch(Meta.VALUE)) {
            Map<String, String> fields = fields(row);
            String pid = fields.getOrDefault("pid", "?");
            if (!here.equals(fields.get("file"))) {
                reasons.add("it is a copy of a store taken while process " + pid + " was writing to it");
            } else if (!alive(pid, fields.getOrDefault("started", ""))) {
                reasons.add("process " + pid + " stopped while writing to it");
            }
        }
        return List.copyOf(reasons);
    }

    /** Deletes the rows of writers that are gone; called once the store has passed its check. */
    static void eraseLeftBehind(DSLContext ctx, Path file) {
        String here = fileKey(file);
        for (var row : ctx.select(Meta.KEY, Meta.VALUE).from(Meta.TABLE).where(Meta.KEY.startsWith(PREFIX)).fetch()) {
            Map<String, String> fields = fields(row.value2());
            if (!here.equals(fields.get("file")) || !alive(fields.getOrDefault("pid", "?"),
                    fields.getOrDefault("started", ""))) {
                ctx.deleteFrom(Meta.TABLE).where(Meta.KEY.eq(row.value1())).execute();
            }
        }
    }

    private static boolean alive(String pid, String started) {
        long id;
        try {
            id = Long.parseLong(pid);
        } catch (NumberFormatException e) {
            return false;
        }
        // The start time guards against a new process that was given the dead writer's id.
        return ProcessHandle.of(id).filter(ProcessHandle::isAlive).map(WriterMark::started)
                .filter(started::equals).isPresent();
    }

    private static String started(ProcessHandle process) {
        return process.info().startInstant().map(Object::toString).orElse("unknown");
    }

    /** The file's identity (device and inode where the platform has them), so a copy differs from its original. */
    static String fileKey(Path file) {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key != null ? key.toString() : file.toAbsolutePath().toString();
        } catch (IOException e) {
            return file.toAbsolutePath().toString();
        }
    }

    private static Map<String, String> fields(String value) {
        Map<String, String> fields = new HashMap<>();
        // The file comes last and is taken whole: a path may hold ';' or '='.
        int file = value.indexOf(";file=");
        if (file >= 0) {
            fields.put("file", value.substring(file + ";file=".length()));
            value = value.substring(0, file);
        }
        for (String part : value.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return fields;
    }

    /** The key of this session's row, for tests. */
    Optional<String> key() {
        return written ? Optional.of(key) : Optional.empty();
    }
}
