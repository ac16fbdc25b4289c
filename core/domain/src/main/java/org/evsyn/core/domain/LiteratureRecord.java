package org.evsyn.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A bibliographic record from a literature export (MEDLINE, PubMed XML, RIS).
 *
 * @param source          the database or vendor it came from as far as known ("PubMed", "Scopus", "Ovid", ...)
 * @param recordId        the export's own id for the record (accession number, RIS ID), when any
 * @param pmid            PubMed id
 * @param doi             DOI, lower-cased, without a resolver prefix
 * @param title           article title
 * @param authors         authors in order, as printed
 * @param year            publication year
 * @param journal         journal or source title
 * @param volume          volume
 * @param issue           issue
 * @param pages           pages
 * @param abstractText    abstract (several abstract fields joined by a blank line)
 * @param keywords        keywords and MeSH terms
 * @param publicationTypes publication types, e.g. "Randomized Controlled Trial"
 * @param language        language
 * @param registryIds     trial registry ids mentioned anywhere in the record (NCT..., ChiCTR..., ISRCTN...)
 */
public record LiteratureRecord(
        String source,
        Optional<String> recordId,
        Optional<String> pmid,
        Optional<String> doi,
        String title,
        List<String> authors,
        OptionalInt year,
        Optional<String> journal,
        Optional<String> volume,
        Optional<String> issue,
        Optional<String> pages,
        Optional<String> abstractText,
        List<String> keywords,
        List<String> publicationTypes,
        Optional<String> language,
        List<String> registryIds) implements RecordPayload {
    public LiteratureRecord {
        Registration.requireText(source, "source");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(pmid, "pmid");
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(abstractText, "abstractText");
        keywords = List.copyOf(keywords);
        publicationTypes = List.copyOf(publicationTypes);
        Objects.requireNonNull(language, "language");
        registryIds = List.copyOf(registryIds);
    }

    /** A key that identifies the record across exports: PMID, else DOI, else the export's own id. */
    public Optional<String> naturalKey() {
        if (pmid.isPresent()) {
            return Optional.of("pmid:" + pmid.get());
        }
        if (doi.isPresent()) {
            return Optional.of("doi:" + doi.get());
        }
        return recordId.map(id -> "id:" + id);
    }

    @Override
    public String externalId() {
        return naturalKey().orElse(title);
    }
}
