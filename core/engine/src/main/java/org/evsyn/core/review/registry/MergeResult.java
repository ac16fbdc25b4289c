package org.evsyn.core.review.registry;

import org.evsyn.core.domain.ExtractedStudy;

import java.util.List;

/**
 * The extracted studies with registry data merged in.
 *
 * @param studies    every study of the sheet (registry rows added where the sheet had nothing for the outcome), then
 *                   one new study per registration with usable results that no sheet study links to
 * @param conflicts  numbers on which sheet and registry differ beyond rounding (the sheet's are kept)
 * @param newStudies ids of the studies built from registry results alone
 * @param notes      what was not merged and why (unmatched arms, time points the sheet lacks, ambiguous links)
 */
public record MergeResult(List<ExtractedStudy> studies, List<DataConflict> conflicts, List<String> newStudies,
                          List<String> notes) {
    public MergeResult {
        studies = List.copyOf(studies);
        conflicts = List.copyOf(conflicts);
        newStudies = List.copyOf(newStudies);
        notes = List.copyOf(notes);
    }
}
