package org.evsyn.ingest.literature;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.evsyn.core.domain.LiteratureRecord;

/**
 * Collects the fields of one literature record while its lines or elements are read. First value wins for
 * single-valued fields, because exports repeat some tags (e.g. {@code LID} and {@code AID} both carry the DOI).
 */
final class LiteratureRecordBuilder {

    private final String source;
    private String recordId;
    private String pmid;
    private String doi;
    private final List<String> titleParts = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private OptionalInt year = OptionalInt.empty();
    private String journal;
    private String volume;
    private String issue;
    private String startPage;
    private String endPage;
    private String pages;
    private final List<String> abstracts = new ArrayList<>();
    private final LinkedHashSet<String> keywords = new LinkedHashSet<>();
    private final List<String> publicationTypes = new ArrayList<>();
    private String language;
    // Text searched for registry ids only (SI, DataBank accession numbers, notes).
    private final List<String> registryText = new ArrayList<>();

    LiteratureRecordBuilder(String source) {
        this.source = source;
    }

    void recordId(String v) {
        recordId = first(recordId, v);
    }

    void pmid(String v) {
        pmid = first(pmid, v);
    }

    /** Offers a field meant to hold a DOI; ignored when it is not one or a DOI is already known. */
    void doiField(String v) {
        if (doi == null) {
            doi = Dois.normalise(v).orElse(null);
        }
    }

    /** Offers a link that may carry a DOI. */
    void doiFromUrl(String url) {
        if (doi == null) {
            doi = Dois.fromUrl(url).orElse(null);
        }
    }

    void title(String v) {
        if (titleParts.isEmpty() && !blank(v)) {
            titleParts.add(v.strip());
        }
    }

    void author(String v) {
        if (!blank(v)) {
            authors.add(v.strip());
        }
    }

    void year(OptionalInt y) {
        if (year.isEmpty()) {
            year = y;
        }
    }

    void journal(String v) {
        journal = first(journal, v);
    }

    void volume(String v) {
        volume = first(volume, v);
    }

    void issue(String v) {
        issue = first(issue, v);
    }

    void pages(String v) {
        pages = first(pages, v);
    }

    void startPage(String v) {
        startPage = first(startPage, v);
    }

    void endPage(String v) {
        endPage = first(endPage, v);
    }

    void abstractPart(String v) {
        if (!blank(v)) {
            abstracts.add(v.strip());
        }
    }

    void keyword(String v) {
        if (!blank(v)) {
            keywords.add(v.strip());
        }
    }

    void publicationType(String v) {
        if (!blank(v)) {
            publicationTypes.add(v.strip());
        }
    }

    void language(String v) {
        language = first(language, v);
    }

    void registryText(String v) {
        if (!blank(v)) {
            registryText.add(v);
        }
    }

    /** The record; registry ids are looked for in the title, abstract, registry text and keywords. */
    LiteratureRecord build() {
        String title = String.join(" ", titleParts);
        Optional<String> abstractText = abstracts.isEmpty() ? Optional.empty()
                : Optional.of(String.join("\n\n", abstracts));
        List<String> searched = new ArrayList<>();
        searched.add(title);
        searched.addAll(abstracts);
        searched.addAll(registryText);
        searched.addAll(keywords);
        return new LiteratureRecord(source, opt(recordId), opt(pmid), opt(doi), title, authors, year,
                opt(journal), opt(volume), opt(issue), pageRange(), abstractText, List.copyOf(keywords),
                publicationTypes, opt(language), RegistryIds.find(searched));
    }

    private Optional<String> pageRange() {
        if (pages != null) {
            return Optional.of(pages);
        }
        if (startPage == null) {
            return Optional.ofNullable(endPage);
        }
        return Optional.of(endPage == null || endPage.equals(startPage) ? startPage : startPage + "-" + endPage);
    }

    private static String first(String current, String offered) {
        return current != null || blank(offered) ? current : offered.strip();
    }

    private static Optional<String> opt(String v) {
        return blank(v) ? Optional.empty() : Optional.of(v);
    }

    private static boolean blank(String v) {
        return v == null || v.isBlank();
    }
}
