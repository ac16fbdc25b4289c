package org.evsyn.core.store.jdbc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.evsyn.core.store.StoreDamagedException;
import org.evsyn.core.store.StoreEvents;
import org.jooq.DSLContext;

/**
 * The check a store gets when it is opened, before anything is written to it:
 *
 * <ul>
 *   <li>after an unclean shutdown (an interrupted transaction was rolled back, or a {@link WriterMark} was left by a
 *       writer that is gone, or by the original of a file copied while it was written): SQLite's quick check, the
 *       foreign keys and evsyn's own rules ({@link StoreAudit}), whatever the store's size;</li>
 *   <li>on every open for writing of a store small enough to check in well under a second: SQLite's quick check.</li>
 * </ul>
 *
 * A store that fails is refused. Larger stores are not quick-checked on every open because the check reads the whole
 * file (about 2.5 ms per MB measured, so about 8 s for a 3.4 GB store); {@code evsyn check} checks them on demand.
 */
final class OpenCheck {

    /** Stores up to this size are quick-checked on every open for writing. */
    static final long ALWAYS_CHECKED_BYTES = 256L << 20;

    private OpenCheck() {
    }

    /**
     * @param recovered whether opening rolled back an interrupted transaction
     * @param writing   whether the store is opened by a command that writes
     * @param size      the file's size in bytes before it was opened
     * @throws StoreDamagedException when a check finds a fault
     */
    static void run(Path file, DSLContext ctx, boolean recovered, boolean writing, long size, StoreEvents events) {
        List<String> reasons = new ArrayList<>();
        if (recovered) {
            reasons.add("an interrupted transaction was rolled back");
        }
        List<String> faults;
        try {
            reasons.addAll(WriterMark.leftBehind(ctx, file));
            if (!reasons.isEmpty()) {
                faults = StoreAudit.run(ctx, StoreAudit.Depth.QUICK, MigrationRunner.userVersion(ctx)).faults();
            } else if (writing && size <= ALWAYS_CHECKED_BYTES) {
                faults = StoreAudit.sqliteCheck(ctx, StoreAudit.Depth.QUICK).stream()
                        .map(f -> "SQLite quick_check: " + f).toList();
            } else {
                return;
            }
        } catch (RuntimeException e) {
            if (StoreErrors.kind(e) != StoreErrors.Kind.DAMAGED) {
                throw e;
            }
            // SQLite met a damaged page while reading for the check: that is the check's answer.
            faults = List.of("SQLite: " + StoreFileCheck.firstLine(rootMessage(e)));
        }
        if (!faults.isEmpty()) {
            String unclean = reasons.isEmpty() ? "" : " (it was not closed cleanly: " + String.join("; ", reasons)
                    + ")";
            throw new StoreDamagedException(file + " is damaged" + unclean + ": " + faults.get(0)
                    + (faults.size() > 1 ? " (and more)" : "") + ". Nothing was written to it; 'evsyn check' lists"
                    + " every fault; restore it from a backup ('evsyn backup' makes one)");
        }
        if (!reasons.isEmpty()) {
            WriterMark.eraseLeftBehind(ctx, file);
            events.checkedAfterUncleanShutdown(file, String.join("; ", reasons));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
