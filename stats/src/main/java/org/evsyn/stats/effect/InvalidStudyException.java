package org.evsyn.stats.effect;

import org.evsyn.stats.StatsException;

/** Input data of one study that cannot be used; the message names the study and the field. */
public class InvalidStudyException extends StatsException {
    private static final long serialVersionUID = 1L;

    private final String study;
    private final String field;

    /**
     * @param study  the study's label
     * @param field  the offending field (as in the CSV header, e.g. {@code treat_sd})
     * @param reason what is wrong with it
     */
    public InvalidStudyException(String study, String field, String reason) {
        super("study '" + study + "': " + field + " " + reason);
        this.study = study;
        this.field = field;
    }

    /** The study's label. */
    public String study() {
        return study;
    }

    /** The offending field. */
    public String field() {
        return field;
    }
}
