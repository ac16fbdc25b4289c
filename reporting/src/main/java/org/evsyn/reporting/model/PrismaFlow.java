package org.evsyn.reporting.model;

import java.util.List;

/**
 * The PRISMA 2020 flow of records through the review (new reviews, databases and registers).
 *
 * @param sources                  records identified, per database or register
 * @param duplicatesRemoved        duplicate records removed before screening
 * @param otherRemovedBeforeScreening records removed before screening for other reasons (automation, ...)
 * @param screened                 records screened on title and abstract
 * @param screeningExcluded        records excluded at screening
 * @param screeningReasons         reasons for the screening exclusions; may be empty (PRISMA does not require them)
 * @param reportsNotRetrieved      reports sought but not retrieved
 * @param fullTextsAssessed        reports assessed for eligibility
 * @param fullTextReasons          reports excluded at full text, with reasons
 * @param studiesIncluded          studies included in the review
 * @param reportsIncluded          reports of included studies
 * @param screeningRecorded        false when the review recorded no searches or screening decisions: the
 *                                 identification and screening counts are then shown as "not recorded", never 0
 */
public record PrismaFlow(List<SourceCount> sources, int duplicatesRemoved, int otherRemovedBeforeScreening,
                         int screened, int screeningExcluded, List<ReasonCount> screeningReasons,
                         int reportsNotRetrieved, int fullTextsAssessed, List<ReasonCount> fullTextReasons,
                         int studiesIncluded, int reportsIncluded, boolean screeningRecorded) {

    /** Copies the lists and requires non-negative counts. */
    public PrismaFlow {
        sources = List.copyOf(sources);
        screeningReasons = List.copyOf(screeningReasons);
        fullTextReasons = List.copyOf(fullTextReasons);
        Checks.count(duplicatesRemoved, "duplicatesRemoved");
        Checks.count(otherRemovedBeforeScreening, "otherRemovedBeforeScreening");
        Checks.count(screened, "screened");
        Checks.count(screeningExcluded, "screeningExcluded");
        Checks.count(reportsNotRetrieved, "reportsNotRetrieved");
        Checks.count(fullTextsAssessed, "fullTextsAssessed");
        Checks.count(studiesIncluded, "studiesIncluded");
        Checks.count(reportsIncluded, "reportsIncluded");
    }

    /** Records identified in the sources of one kind. */
    public int identified(SourceCount.SourceKind kind) {
        return sources.stream().filter(s -> s.kind() == kind).mapToInt(SourceCount::records).sum();
    }

    /** Reports sought for retrieval: those assessed plus those not retrieved. */
    public int reportsSought() {
        return fullTextsAssessed + reportsNotRetrieved;
    }

    /** Reports excluded at full text, summed over reasons. */
    public int fullTextsExcluded() {
        return fullTextReasons.stream().mapToInt(ReasonCount::count).sum();
    }
}
