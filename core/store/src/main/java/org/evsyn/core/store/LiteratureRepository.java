package org.evsyn.core.store;

import java.util.List;
import java.util.Optional;

import org.evsyn.core.domain.LiteratureRecord;

/** Read access to stored literature records. */
public interface LiteratureRepository {

    /**
     * The current version of a record by its key: {@link LiteratureRecord#externalId()}, i.e. {@code pmid:...},
     * {@code doi:...}, {@code id:...} or the title when the export gave no id.
     */
    Optional<StoredRecord<LiteratureRecord>> current(String key);

    /** Every stored version of a record, oldest first. */
    List<StoredRecord<LiteratureRecord>> versions(String key);

    /** The current version of every stored record, ordered by key (the set a screening stage starts from). */
    List<StoredRecord<LiteratureRecord>> allCurrent();

    /** Current records that mention a trial registry id (e.g. {@code NCT01436487}), ordered by key. */
    List<StoredRecord<LiteratureRecord>> mentioning(String trialId);
}
