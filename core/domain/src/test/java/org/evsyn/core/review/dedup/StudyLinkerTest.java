package org.evsyn.core.review.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.evsyn.core.domain.LiteratureRecord;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.StudyDesign;
import org.junit.jupiter.api.Test;

class StudyLinkerTest {

    @Test
    void registrationsNamedByTheStudyAndPapersCitingThemAreLinked() {
        Registration named = registration("NCT99999901", "2012-005749-18");
        Registration other = registration("NCT99999902", "SPONSOR-7");
        Map<String, LiteratureRecord> papers = new LinkedHashMap<>();
        papers.put("pmid:1", paper("1", List.of("NCT99999901")));
        // The literature adapters write EudraCT numbers with their label; the registration lists the bare number.
        papers.put("pmid:2", paper("2", List.of("EudraCT 2012-005749-18")));
        papers.put("pmid:3", paper("3", List.of("NCT99999902")));
        papers.put("pmid:4", paper("4", List.of()));

        StudyLinker.Links links = new StudyLinker().link(List.of("nct99999901"), List.of(named, other), papers);

        assertThat(links.trialIds()).containsExactly("NCT99999901");
        assertThat(links.literatureKeys()).containsExactly("pmid:1", "pmid:2");
    }

    @Test
    void aStudyNamingOnlyTheEudraCtNumberFindsTheRegistrationListingIt() {
        Registration named = registration("NCT99999901", "2012-005749-18");

        StudyLinker.Links links = new StudyLinker().link(List.of("EudraCT 2012-005749-18"), List.of(named), Map.of());

        assertThat(links.trialIds()).containsExactly("NCT99999901");
    }

    private static Registration registration(String trialId, String secondaryId) {
        return new Registration("ClinicalTrials.gov", trialId,
                List.of(new Registration.SecondaryId(secondaryId, Optional.empty())), trialId, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), StudyDesign.unknown(),
                OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), false);
    }

    private static LiteratureRecord paper(String pmid, List<String> registryIds) {
        return new LiteratureRecord("PubMed", Optional.empty(), Optional.of(pmid), Optional.empty(), "Title " + pmid,
                List.of(), OptionalInt.of(2020), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), Optional.empty(), registryIds);
    }
}
