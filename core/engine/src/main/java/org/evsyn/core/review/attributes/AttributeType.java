package org.evsyn.core.review.attributes;

/** Whether an attribute's values are categories (for subgroups) or numbers (for meta-regression). */
public enum AttributeType {
    CATEGORICAL, NUMERIC;

    /** The name review.json uses: {@code categorical} or {@code numeric}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
