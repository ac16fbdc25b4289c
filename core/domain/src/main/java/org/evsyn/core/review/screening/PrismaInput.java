package org.evsyn.core.review.screening;

import org.evsyn.core.review.dedup.DuplicateGroup;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the store holds of a review, for its PRISMA counts.
 *
 * @param sources          every database and register searched, with the records its exports hold
 * @param distinctRecords  the distinct records those exports hold in the store (one stored record counts once, however
 *                         many exports list it)
 * @param duplicates       the groups of stored records found to be one record
 * @param representativeOf every id a record is known by (store key, PMID, DOI, trial id), mapped to the id of the
 *                         record kept for screening (its duplicate group's representative)
 * @param decisions        the screening decisions in force, by the ids the sheet used
 * @param sheet            the screening sheet's name, for errors
 * @param studiesIncluded  studies the review includes
 * @param linkedReports    distinct records the store links to the included studies (registrations and papers)
 * @param underway         true while a team is still screening: records without a decision are awaiting one rather
 *                         than an error, and the full-text inclusions need not yet cover the extracted studies
 */
public record PrismaInput(List<SourceTally> sources, int distinctRecords, List<DuplicateGroup> duplicates,
                          Map<String, String> representativeOf, List<ScreeningDecision> decisions, String sheet,
                          int studiesIncluded, OptionalInt linkedReports, boolean underway) {

    /** The input of a finished screening (a sheet that decides every record). */
    public PrismaInput(List<SourceTally> sources, int distinctRecords, List<DuplicateGroup> duplicates,
                       Map<String, String> representativeOf, List<ScreeningDecision> decisions, String sheet,
                       int studiesIncluded, OptionalInt linkedReports) {
        this(sources, distinctRecords, duplicates, representativeOf, decisions, sheet, studiesIncluded, linkedReports,
                false);
    }

    /**
     * Records identified in one source.
     *
     * @param name     the source as the plan names it
     * @param register true for a trial register (its exports hold registrations only)
     * @param records  records its exports hold, each export's records counted
     */
    public record SourceTally(String name, boolean register, int records) {
        public SourceTally {
            Objects.requireNonNull(name, "name");
        }
    }

    public PrismaInput {
        sources = List.copyOf(sources);
        duplicates = List.copyOf(duplicates);
        representativeOf = Map.copyOf(representativeOf);
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(linkedReports, "linkedReports");
    }
}
