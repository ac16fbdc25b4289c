package org.evsyn.core.review.dedup;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateFinderTest {

    private final DuplicateFinder finder = new DuplicateFinder();

    private static CandidateRecord rec(String id, List<String> reg, String doi, String pmid, String title, Integer year) {
        return new CandidateRecord(id, "test", reg, Optional.ofNullable(doi), Optional.ofNullable(pmid), title,
                year == null ? OptionalInt.empty() : OptionalInt.of(year));
    }

    @Test
    void registrationAndPaperWithTheSameRegistryIdAreLinked() {
        List<DuplicateGroup> g = finder.find(List.of(
                rec("reg:NCT02961504", List.of("NCT02961504"), null, null, "MultiStem in acute stroke", 2017),
                rec("pmid:38227308", List.of("NCT02961504"), "10.1001/jamaneurol.2023.5200", "38227308",
                        "Allogeneic Stem Cell Therapy for Acute Ischemic Stroke: The Phase 2/3 TREASURE Randomized Clinical Trial", 2024),
                rec("pmid:1", List.of(), null, "1", "Something else entirely about hypertension", 2020)));
        assertThat(g).hasSize(1);
        assertThat(g.get(0).recordIds()).containsExactly("reg:NCT02961504", "pmid:38227308");
        assertThat(g.get(0).reasons()).containsExactly("same registry id NCT02961504");
        assertThat(g.get(0).duplicates()).isEqualTo(1);
    }

    @Test
    void theSameArticleFromTwoDatabasesIsLinkedByDoiOrTitle() {
        String title = "Intravenous autologous bone marrow mononuclear stem cell therapy for ischemic stroke: "
                + "a multicentric, randomized trial";
        List<DuplicateGroup> g = finder.find(List.of(
                rec("scopus:1", List.of(), "10.1161/strokeaha.114.007028", null, title, 2014),
                rec("medline:1", List.of(), "10.1161/strokeaha.114.007028", "25378424", title.toUpperCase(), 2014),
                rec("embase:9", List.of(), null, null, "Intravenous autologous bone marrow mononuclear stem-cell therapy for "
                        + "ischaemic stroke: a multicentric randomised trial", 2015)));
        assertThat(g).hasSize(1);
        assertThat(g.get(0).recordIds()).containsExactly("scopus:1", "medline:1", "embase:9");
        assertThat(g.get(0).reasons()).contains("same DOI 10.1161/strokeaha.114.007028", "similar title and year");
    }

    @Test
    void similarTitlesYearsApartAreNotLinked() {
        String t = "Stem cells for stroke: a randomised controlled trial of intravenous delivery";
        assertThat(finder.find(List.of(rec("a", List.of(), null, null, t, 2010),
                rec("b", List.of(), null, null, t, 2015)))).isEmpty();
    }

    @Test
    void titlesAreComparedWithoutCaseAccentsOrPunctuation() {
        assertThat(DuplicateFinder.normalise("Évaluation: Stem-Cells (MSC)!")).isEqualTo("evaluation stem cells msc");
        assertThat(DuplicateFinder.dice("abcdef", "abcdef")).isEqualTo(1.0);
        assertThat(DuplicateFinder.dice("abcdef", "uvwxyz")).isZero();
    }
}
