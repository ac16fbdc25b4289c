package org.evsyn.core.store;

import java.util.List;
import java.util.Optional;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.ExtractedStudy;

/**
 * Read access to studies: the units a review includes, with their arms and arm-level outcome results.
 *
 * <p>A study's current view joins its latest characteristics (from the newest trials-sheet or combined
 * extraction) with its latest results (from the newest outcomes-sheet or combined extraction), so importing a
 * trials sheet and an outcomes sheet gives one study, and re-importing a corrected sheet replaces what it
 * carries. Older extraction versions stay stored and are listed by {@link #extractions(String)}.
 */
public interface StudyRepository {

    /** All studies, ordered by key. */
    List<StudySummary> studies();

    /** One study by its key (the reviewer's study id, e.g. {@code TREASURE}). */
    Optional<StudySummary> study(String studyKey);

    /** The study's current view (see the type comment); empty when the study is unknown. */
    Optional<ExtractedStudy> current(String studyKey);

    /** Every stored extraction of the study, oldest first. */
    List<StoredRecord<ExtractedStudy>> extractions(String studyKey);

    /** The arms of the current view, in extraction order, with what each received. */
    List<StudyArm> arms(String studyKey);

    /** The arm-level outcome results of the current view, in sheet order. */
    List<ArmOutcomeResult> outcomeResults(String studyKey);
}
