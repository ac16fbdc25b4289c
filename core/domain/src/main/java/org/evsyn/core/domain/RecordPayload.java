package org.evsyn.core.domain;

/**
 * What an ingest adapter extracts from one source record: a registry record ({@link TrialRecord}), a literature
 * record ({@link LiteratureRecord}) or a reviewer's extraction ({@link ExtractedStudy}).
 */
public interface RecordPayload {

    /** The id this payload is known by in its source, used for versioning (e.g. the NCT number). */
    String externalId();
}
