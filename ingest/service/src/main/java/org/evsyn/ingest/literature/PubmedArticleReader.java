package org.evsyn.ingest.literature;

import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import javax.xml.stream.events.StartElement;
import org.evsyn.core.domain.LiteratureRecord;

/**
 * Collects the fields of one {@code PubmedArticle} from its StAX events. Text of an element is gathered with any
 * inline markup inside it ({@code <i>}, {@code <sup>}, ...) flattened to plain text.
 */
final class PubmedArticleReader {

    private enum Target {
        PMID, TITLE, ABSTRACT, LAST_NAME, FORE_NAME, INITIALS, COLLECTIVE_NAME, YEAR, MEDLINE_DATE, JOURNAL,
        JOURNAL_ABBREVIATION, MEDLINE_TA, VOLUME, ISSUE, MEDLINE_PAGES, START_PAGE, END_PAGE, LANGUAGE,
        PUBLICATION_TYPE, KEYWORD, DOI, ACCESSION
    }

    private final LiteratureRecordBuilder builder = new LiteratureRecordBuilder("PubMed");
    private Target capturing;
    private int captureDepth;
    private String label;
    private final StringBuilder text = new StringBuilder();
    private String lastName;
    private String foreName;
    private String initials;
    private String collectiveName;
    private String medlineDate;
    private String journalAbbreviation;
    private String medlineTa;
    private String medlinePages;

    void start(Deque<String> path, StartElement element) {
        if (capturing != null) {
            return;
        }
        Iterator<String> it = path.iterator();
        String name = it.next();
        String parent = it.hasNext() ? it.next() : "";
        String grandparent = it.hasNext() ? it.next() : "";
        Target target = target(name, parent, grandparent, element);
        if (target != null) {
            capturing = target;
            captureDepth = path.size();
            text.setLength(0);
            label = PubmedXmlAdapter.attribute(element, "Label").orElse(null);
        }
        if ("Author".equals(name) && "AuthorList".equals(parent)) {
            lastName = null;
            foreName = null;
            initials = null;
            collectiveName = null;
        }
    }

    void text(String data) {
        if (capturing != null) {
            text.append(data);
        }
    }

    void end(Deque<String> path) {
        if (capturing != null && path.size() == captureDepth) {
            store(capturing, text.toString().strip().replaceAll("\\s+", " "));
            capturing = null;
            return;
        }
        Iterator<String> it = path.iterator();
        String name = it.next();
        String parent = it.hasNext() ? it.next() : "";
        if ("Author".equals(name) && "AuthorList".equals(parent)) {
            if (collectiveName != null) {
                builder.author(collectiveName);
            } else if (lastName != null) {
                String given = foreName != null ? foreName : initials;
                builder.author(given == null ? lastName : lastName + ", " + given);
            }
        }
    }

    LiteratureRecord build() {
        if (medlineDate != null) {
            builder.year(Years.first(medlineDate));
        }
        builder.journal(journalAbbreviation);
        builder.journal(medlineTa);
        if (medlinePages != null) {
            builder.pages(medlinePages);
        }
        return builder.build();
    }

    private static Target target(String name, String parent, String grandparent, StartElement e) {
        return switch (name) {
            case "PMID" -> "MedlineCitation".equals(parent) ? Target.PMID : null;
            case "ArticleTitle" -> "Article".equals(parent) ? Target.TITLE : null;
            case "AbstractText" -> "Abstract".equals(parent) ? Target.ABSTRACT : null;
            case "LastName" -> "Author".equals(parent) ? Target.LAST_NAME : null;
            case "ForeName" -> "Author".equals(parent) ? Target.FORE_NAME : null;
            case "Initials" -> "Author".equals(parent) ? Target.INITIALS : null;
            case "CollectiveName" -> "Author".equals(parent) ? Target.COLLECTIVE_NAME : null;
            case "Year" -> "PubDate".equals(parent) ? Target.YEAR : null;
            case "MedlineDate" -> "PubDate".equals(parent) ? Target.MEDLINE_DATE : null;
            case "Title" -> "Journal".equals(parent) ? Target.JOURNAL : null;
            case "ISOAbbreviation" -> "Journal".equals(parent) ? Target.JOURNAL_ABBREVIATION : null;
            case "MedlineTA" -> "MedlineJournalInfo".equals(parent) ? Target.MEDLINE_TA : null;
            case "Volume" -> "JournalIssue".equals(parent) ? Target.VOLUME : null;
            case "Issue" -> "JournalIssue".equals(parent) ? Target.ISSUE : null;
            case "MedlinePgn" -> "Pagination".equals(parent) ? Target.MEDLINE_PAGES : null;
            case "StartPage" -> "Pagination".equals(parent) ? Target.START_PAGE : null;
            case "EndPage" -> "Pagination".equals(parent) ? Target.END_PAGE : null;
            case "Language" -> "Article".equals(parent) ? Target.LANGUAGE : null;
            case "PublicationType" -> "PublicationTypeList".equals(parent) ? Target.PUBLICATION_TYPE : null;
            case "DescriptorName" -> "MeshHeading".equals(parent) ? Target.KEYWORD : null;
            case "Keyword" -> "KeywordList".equals(parent) ? Target.KEYWORD : null;
            case "ELocationID" -> "Article".equals(parent) && isDoi(e, "EIdType") ? Target.DOI : null;
            // Only the article's own ids: ArticleIdList also occurs inside ReferenceList entries.
            case "ArticleId" -> "ArticleIdList".equals(parent) && "PubmedData".equals(grandparent)
                    && isDoi(e, "IdType") ? Target.DOI : null;
            case "AccessionNumber" -> "AccessionNumberList".equals(parent) ? Target.ACCESSION : null;
            default -> null;
        };
    }

    private static boolean isDoi(StartElement e, String attribute) {
        return PubmedXmlAdapter.attribute(e, attribute).map("doi"::equalsIgnoreCase).orElse(false);
    }

    private void store(Target target, String value) {
        switch (target) {
            case PMID -> builder.pmid(value);
            case TITLE -> builder.title(value);
            case ABSTRACT -> builder.abstractPart(label == null || label.isBlank() ? value : label + ": " + value);
            case LAST_NAME -> lastName = nonBlank(value).orElse(null);
            case FORE_NAME -> foreName = nonBlank(value).orElse(null);
            case INITIALS -> initials = nonBlank(value).orElse(null);
            case COLLECTIVE_NAME -> collectiveName = nonBlank(value).orElse(null);
            case YEAR -> builder.year(Years.first(value));
            case MEDLINE_DATE -> medlineDate = value;
            case JOURNAL -> builder.journal(value);
            case JOURNAL_ABBREVIATION -> journalAbbreviation = journalAbbreviation == null ? value
                    : journalAbbreviation;
            case MEDLINE_TA -> medlineTa = medlineTa == null ? value : medlineTa;
            case VOLUME -> builder.volume(value);
            case ISSUE -> builder.issue(value);
            case MEDLINE_PAGES -> medlinePages = medlinePages == null ? nonBlank(value).orElse(null)
                    : medlinePages;
            case START_PAGE -> builder.startPage(value);
            case END_PAGE -> builder.endPage(value);
            case LANGUAGE -> builder.language(value);
            case PUBLICATION_TYPE -> builder.publicationType(value);
            case KEYWORD -> builder.keyword(value);
            case DOI -> builder.doiField(value);
            case ACCESSION -> builder.registryText(value);
            default -> throw new IllegalStateException("unhandled " + target);
        }
    }

    private static Optional<String> nonBlank(String v) {
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }
}
