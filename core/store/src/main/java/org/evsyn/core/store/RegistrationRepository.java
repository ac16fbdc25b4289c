package org.evsyn.core.store;

import java.util.List;
import java.util.Optional;

import org.evsyn.core.domain.TrialRecord;

/** Read access to stored registry records (registrations with their posted results). */
public interface RegistrationRepository {

    /**
     * The current version of a trial, looked up by its registry id (e.g. {@code NCT01436487}): the newest by the
     * registry's own clock (last-update date, then content hash), whatever order the versions were imported in.
     */
    Optional<StoredRecord<TrialRecord>> current(String trialId);

    /** Every stored version of a trial, oldest first by the registry's clock; empty when the trial is unknown. */
    List<StoredRecord<TrialRecord>> versions(String trialId);

    /** Trial ids of all stored registrations, sorted. */
    List<String> trialIds();
}
