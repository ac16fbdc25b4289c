package org.evsyn.core.store.jdbc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.RecordPayload;
import org.evsyn.core.domain.SourceRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.store.ImportProgress;
import org.evsyn.core.store.ImportFailedException;
import org.evsyn.core.store.ImportRequest;
import org.evsyn.core.store.ImportSession;
import org.evsyn.core.store.ImportSummary;
import org.evsyn.core.store.ImportWriter;
import org.evsyn.core.store.StoreException;
import org.evsyn.core.store.StoreOutcome;
import org.evsyn.core.store.jdbc.LiteratureTables.LiteratureRecords;
import org.evsyn.core.store.jdbc.ProvenanceTables.ImportBatches;
import org.evsyn.core.store.jdbc.ProvenanceTables.ImportProgressTable;
import org.evsyn.core.store.jdbc.ProvenanceTables.ImportRejections;
import org.evsyn.core.store.jdbc.ProvenanceTables.SourceRecords;
import org.evsyn.core.store.jdbc.RegistryTables.Registrations;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;

/**
 * The writer handed to one import body. It runs inside the import's transaction (the caller commits or rolls
 * back), decides NEW / UNCHANGED / NEW_VERSION per record, and queues rows that are flushed in batches.
 */
final class JdbcImportWriter implements ImportWriter {

    /** Flush when this many rows are queued: large enough for batching to pay, small enough for the heap. */
    private static final int FLUSH_ROWS = 20_000;

    private final DSLContext ctx;
    private final ImportRequest request;
    private final long batchId;
    private final String startedAt;
    private final Clock clock;
    private final IdAllocator ids;
    private final WriteBuffers buffers = new WriteBuffers();
    private final TrialRecordRows trialRows;
    private final LiteratureRecordRows literatureRows;
    private final ExtractedStudyRows extractionRows;
    private final boolean storeWasEmpty;
    private final Optional<ImportSession> session;
    private final Map<SourceKey, Versions> sourceVersions = new HashMap<>();
    private final Map<String, Integer> registrationVersions = new HashMap<>();
    private final Map<String, Integer> literatureVersions = new HashMap<>();
    private final Map<String, Optional<RegistryClock>> currentClock = new HashMap<>();
    private final Map<String, Boolean> knownKeys = new HashMap<>();
    private final Set<String> trialsHere = new HashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ImportSummary.Rejection> rejections = new ArrayList<>();
    private int stored;
    private int unchanged;
    private int newVersions;
    private int history;
    private boolean open = true;
    private Optional<RuntimeException> failure = Optional.empty();

    /** Starts the batch: must be called inside the import transaction; writes the batch row at once. */
    JdbcImportWriter(DSLContext ctx, ImportRequest request, Clock clock) {
        this.ctx = ctx;
        this.request = request;
        this.clock = clock;
        this.ids = new IdAllocator(ctx);
        this.trialRows = new TrialRecordRows(buffers, ids);
        this.literatureRows = new LiteratureRecordRows(buffers, ids);
        this.startedAt = clock.instant().toString();
        // On a fresh store no record can be known yet: skip the per-record look-ups (the bulk-load case). A file
        // imported in chunks keeps that for every chunk, consulting what its earlier chunks stored.
        boolean emptyNow = !ctx.fetchExists(SourceRecords.TABLE);
        this.session = request.session();
        session.ifPresent(s -> s.startedEmpty(emptyNow));
        this.storeWasEmpty = session.flatMap(ImportSession::startedEmpty).orElse(emptyNow);
        this.extractionRows = new ExtractedStudyRows(ctx, buffers, ids, emptyNow);
        this.batchId = ids.next(ImportBatches.TABLE, ImportBatches.ID);
        ctx.insertInto(ImportBatches.TABLE)
                .set(ImportBatches.ID, batchId)
                .set(ImportBatches.FILE_NAME, request.fileName())
                .set(ImportBatches.FILE_SHA256, request.sha256())
                .set(ImportBatches.ADAPTER_ID, request.adapterId())
                .set(ImportBatches.STRICT, request.strict())
                .set(ImportBatches.STARTED_AT, startedAt)
                .set(ImportBatches.FINISHED_AT, startedAt)
                .set(ImportBatches.STATUS, "NO_CHANGES")
                .set(ImportBatches.READ, 0)
                .set(ImportBatches.STORED, 0)
                .set(ImportBatches.UNCHANGED, 0)
                .set(ImportBatches.NEW_VERSIONS, 0)
                .set(ImportBatches.HISTORY, 0)
                .set(ImportBatches.REJECTED, 0)
                .execute();
    }

    /**
     * {@inheritDoc}
     *
     * @throws StoreException when the record cannot be stored (an unsupported payload, or content the schema's
     *                        keys reject); nothing of that record is queued, so the body may {@link #reject} it
     *                        and go on
     */
    @Override
    public StoreOutcome store(ParsedRecord record) {
        requireOpen();
        Objects.requireNonNull(record, "record");
        SourceRecord source = record.source();
        RecordPayload payload = record.payload();
        String kind = payloadKind(source, payload);
        SourceKey key = new SourceKey(source.format(), source.externalId());
        Versions versions = sourceVersions.computeIfAbsent(key, this::loadVersions);
        // The same content is known by its canonical hash; a row stored before schema 3 has only its text's hash.
        if (versions.identities.contains(source.identity()) || versions.shas.contains(source.sha256())) {
            unchanged++;
            return StoreOutcome.UNCHANGED;
        }
        boolean current = true;
        if (payload instanceof TrialRecord trial) {
            Optional<String> problem = TrialRecordRows.problem(trial);
            if (problem.isPresent()) {
                throw new StoreException(describe(source) + ": " + problem.get());
            }
            current = takeClock(trial, source);
        }
        int version = versions.latest + 1;
        try {
            long sourceId = ids.next(SourceRecords.TABLE, SourceRecords.ID);
            buffers.sourceRecords.add(sourceId, batchId, source.format(), source.externalId(), version, kind,
                    source.locator(), source.sha256(), source.identity(), source.text());
            if (payload instanceof TrialRecord trial) {
                trialRows.add(sourceId, nextRegistrationVersion(trial), trial);
            } else if (payload instanceof LiteratureRecord literature) {
                literatureRows.add(sourceId, nextLiteratureVersion(literature), literature);
            } else if (payload instanceof ExtractedStudy study) {
                extractionRows.add(sourceId, study, startedAt);
            }
        } catch (RuntimeException e) {
            // Part of the record may be queued: this import can no longer commit.
            throw fail(e);
        }
        versions.latest = version;
        versions.shas.add(source.sha256());
        versions.identities.add(source.identity());
        if (buffers.pendingRows() >= FLUSH_ROWS) {
            flush();
        }
        if (!current) {
            history++;
            return StoreOutcome.HISTORY;
        }
        if (version == 1) {
            stored++;
            return StoreOutcome.NEW;
        }
        newVersions++;
        return StoreOutcome.NEW_VERSION;
    }

    /**
     * Places a registration on the registry's clock: true when it becomes the trial's current version, false when
     * the current one is newer (it is then stored as history). Either way a note says what a reader would otherwise
     * have to work out: an older snapshot kept as history, or a trial met twice in this import.
     */
    private boolean takeClock(TrialRecord trial, SourceRecord source) {
        String trialKey = trial.registration().registry() + '\u0000' + trial.registration().trialId();
        RegistryClock incoming = RegistryClock.of(trial.registration().lastUpdated(), source.identity());
        Optional<RegistryClock> now = currentClock.computeIfAbsent(trialKey, k -> loadClock(trial));
        String id = trial.registration().trialId();
        boolean seenHere = !trialsHere.add(trialKey);
        if (now.isPresent() && incoming.compareTo(now.get()) < 0) {
            String why = incoming.lastUpdated().equals(now.get().lastUpdated())
                    ? "has the same last-update date (" + incoming.lastUpdated() + ") as the current version, whose"
                            + " content hash orders after it"
                    : "is older (" + incoming.describeDate() + ") than the current version ("
                            + now.get().describeDate() + ")";
            notes.add(id + " (" + source.locator() + ") " + why + ": stored as history; the current version stays");
            return false;
        }
        if (seenHere) {
            notes.add(id + " appears more than once in this import; the version " + incoming.describeDate()
                    + " (" + source.locator() + ") is current");
        }
        currentClock.put(trialKey, Optional.of(incoming));
        return true;
    }

    private Optional<RegistryClock> loadClock(TrialRecord trial) {
        if (!mayBeStored(trialKey(trial))) {
            return Optional.empty();
        }
        return ctx.select(Registrations.LAST_UPDATED, RegistryClock.IDENTITY).from(Registrations.TABLE)
                .join(SourceRecords.TABLE).on(SourceRecords.ID.eq(Registrations.SOURCE_RECORD_ID))
                .where(Registrations.REGISTRY.eq(trial.registration().registry())
                        .and(Registrations.TRIAL_ID.eq(trial.registration().trialId())))
                .orderBy(RegistryClock.NEWEST_FIRST).limit(1)
                .fetchOptional(r -> new RegistryClock(r.value1() == null ? "" : r.value1(), r.value2()));
    }

    @Override
    public void reject(String recordRef, String reason) {
        requireOpen();
        rejections.add(new ImportSummary.Rejection(Objects.requireNonNull(recordRef, "recordRef"),
                Objects.requireNonNull(reason, "reason")));
    }

    @Override
    public void checkpoint(ImportProgress progress) {
        requireOpen();
        Objects.requireNonNull(progress, "progress");
        // Written with the chunk's rows, in its transaction: the progress and the rows commit or vanish together.
        ctx.insertInto(ImportProgressTable.TABLE)
                .set(ImportProgressTable.FILE_SHA256, progress.fileSha256())
                .set(ImportProgressTable.ADAPTER_ID, progress.adapterId())
                .set(ImportProgressTable.FILE_NAME, request.fileName())
                .set(ImportProgressTable.UNITS_DONE, progress.unitsDone())
                .set(ImportProgressTable.RECORDS_DONE, progress.recordsDone())
                .set(ImportProgressTable.FINISHED, progress.finished())
                .set(ImportProgressTable.UPDATED_AT, clock.instant().toString())
                .onConflict(ImportProgressTable.FILE_SHA256, ImportProgressTable.ADAPTER_ID).doUpdate()
                .set(ImportProgressTable.FILE_NAME, request.fileName())
                .set(ImportProgressTable.UNITS_DONE, progress.unitsDone())
                .set(ImportProgressTable.RECORDS_DONE, progress.recordsDone())
                .set(ImportProgressTable.FINISHED, progress.finished())
                .set(ImportProgressTable.UPDATED_AT, clock.instant().toString())
                .execute();
    }

    /**
     * A strict import takes every record or none: thrown when one was rejected, so the store rolls the import back.
     *
     * @throws ImportFailedException naming the count and the first rejected record
     */
    void failIfStrictRejected() {
        if (request.strict() && !rejections.isEmpty()) {
            ImportSummary.Rejection first = rejections.get(0);
            throw new ImportFailedException("import of " + request.fileName() + " was rolled back: "
                    + rejections.size() + " record(s) rejected in strict mode, first " + first.recordRef() + ": "
                    + first.reason());
        }
    }

    /** Writes what is queued, the rejections and the batch's final counts; the writer is closed afterwards. */
    ImportSummary finish() {
        requireOpen();
        open = false;
        flush();
        for (int i = 0; i < rejections.size(); i++) {
            ImportSummary.Rejection r = rejections.get(i);
            ctx.insertInto(ImportRejections.TABLE)
                    .set(ImportRejections.BATCH_ID, batchId)
                    .set(ImportRejections.ORDINAL, i)
                    .set(ImportRejections.RECORD_REF, r.recordRef())
                    .set(ImportRejections.REASON, r.reason())
                    .execute();
        }
        int read = stored + unchanged + newVersions + history + rejections.size();
        ctx.update(ImportBatches.TABLE)
                .set(ImportBatches.FINISHED_AT, clock.instant().toString())
                .set(ImportBatches.STATUS, stored + newVersions + history > 0 ? "IMPORTED" : "NO_CHANGES")
                .set(ImportBatches.READ, read)
                .set(ImportBatches.STORED, stored)
                .set(ImportBatches.UNCHANGED, unchanged)
                .set(ImportBatches.NEW_VERSIONS, newVersions)
                .set(ImportBatches.HISTORY, history)
                .set(ImportBatches.REJECTED, rejections.size())
                .where(ImportBatches.ID.eq(batchId))
                .execute();
        return new ImportSummary(batchId, read, stored, unchanged, newVersions, history, rejections, notes);
    }

    // A failed flush leaves the transaction holding part of the queued rows: the import can only be rolled back,
    // so the writer refuses further work even if the body catches the exception and carries on.
    private void flush() {
        try {
            buffers.flush(ctx);
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    private RuntimeException fail(RuntimeException e) {
        open = false;
        failure = Optional.of(e);
        return e;
    }

    /** Makes the writer unusable, e.g. after the body failed; a leaked writer must not write later. */
    void close() {
        open = false;
    }

    private void requireOpen() {
        if (!open) {
            throw failure.<IllegalStateException>map(e -> new IllegalStateException("the import of "
                    + request.fileName() + " failed and can only be rolled back: " + e.getMessage(), e))
                    .orElseGet(() -> new IllegalStateException("the import of " + request.fileName()
                            + " has ended; its writer is closed"));
        }
    }

    private static String payloadKind(SourceRecord source, RecordPayload payload) {
        if (payload instanceof TrialRecord) {
            return "TRIAL";
        }
        if (payload instanceof LiteratureRecord) {
            return "LITERATURE";
        }
        if (payload instanceof ExtractedStudy) {
            return "EXTRACTION";
        }
        throw new StoreException(describe(source) + ": this build cannot store a "
                + payload.getClass().getSimpleName() + " yet");
    }

    private static String describe(SourceRecord source) {
        return "record " + source.externalId() + " (" + source.format()
                + (source.locator().isEmpty() ? "" : ", " + source.locator()) + ")";
    }

    /**
     * False when nothing under {@code key} can be stored yet: the store was empty when this file's import began
     * and no earlier chunk of it stored the key. Asked once per key and import; the key is then remembered for the
     * chunks that follow.
     */
    private boolean mayBeStored(String key) {
        return knownKeys.computeIfAbsent(key, k -> {
            boolean may = !storeWasEmpty || session.map(s -> s.mayHaveStored(k)).orElse(false);
            session.ifPresent(s -> s.stored(k));
            return may;
        });
    }

    private Versions loadVersions(SourceKey key) {
        Versions v = new Versions();
        if (!mayBeStored("source\u0000" + key.format() + '\u0000' + key.externalId())) {
            return v;
        }
        for (Record3<Integer, String, String> row : ctx.select(SourceRecords.VERSION, SourceRecords.SHA256,
                        SourceRecords.IDENTITY_SHA256)
                .from(SourceRecords.TABLE)
                .where(SourceRecords.FORMAT.eq(key.format()).and(SourceRecords.EXTERNAL_ID.eq(key.externalId())))
                .fetch()) {
            v.latest = Math.max(v.latest, row.value1());
            v.shas.add(row.value2());
            v.identities.add(row.value3() == null ? row.value2() : row.value3());
        }
        return v;
    }

    // Registration and literature versions count per trial / per record key across formats, so the same trial
    // read from two export formats gets versions 1 and 2 rather than two "version 1" rows.
    private int nextRegistrationVersion(TrialRecord trial) {
        String registry = trial.registration().registry();
        String trialId = trial.registration().trialId();
        int next = registrationVersions.computeIfAbsent(registry + '\u0000' + trialId, k -> !mayBeStored(trialKey(trial)) ? 0
                : Optional.ofNullable(ctx.select(DSL.max(Registrations.VERSION)).from(Registrations.TABLE)
                        .where(Registrations.REGISTRY.eq(registry).and(Registrations.TRIAL_ID.eq(trialId)))
                        .fetchOne(0, Integer.class)).orElse(0)) + 1;
        registrationVersions.put(registry + '\u0000' + trialId, next);
        return next;
    }

    private int nextLiteratureVersion(LiteratureRecord literature) {
        String key = literature.externalId();
        int next = literatureVersions.computeIfAbsent(key, k -> !mayBeStored("literature\u0000" + key) ? 0
                : Optional.ofNullable(ctx.select(DSL.max(LiteratureRecords.VERSION)).from(LiteratureRecords.TABLE)
                        .where(LiteratureRecords.NATURAL_KEY.eq(key))
                        .fetchOne(0, Integer.class)).orElse(0)) + 1;
        literatureVersions.put(key, next);
        return next;
    }

    private static String trialKey(TrialRecord trial) {
        return "trial\u0000" + trial.registration().registry() + '\u0000' + trial.registration().trialId();
    }

    private record SourceKey(String format, String externalId) {
    }

    private static final class Versions {
        private int latest;
        private final Set<String> shas = new HashSet<>();
        private final Set<String> identities = new HashSet<>();
    }
}
