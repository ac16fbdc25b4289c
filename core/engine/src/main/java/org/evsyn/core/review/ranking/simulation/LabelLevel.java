package org.evsyn.core.review.ranking.simulation;

/** Which decision of a labelled review counts as relevant: inclusion at title/abstract or in the final review. */
public enum LabelLevel {
    /** Included at title and abstract screening. */
    ABSTRACT("label_abstract_screening"),
    /** Included in the final review (after full text). */
    INCLUDED("label_included");

    private final String column;

    LabelLevel(String column) {
        this.column = column;
    }

    /** The CSV column that holds this label (1 relevant, 0 not). */
    public String column() {
        return column;
    }
}
