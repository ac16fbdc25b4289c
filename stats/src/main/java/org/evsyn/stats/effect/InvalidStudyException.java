package org.evsyn.stats.effect;

import org.evsyn.stats.StatsException;

import java.util.Objects;

/**
 * Input data of one study that cannot be used. The message names the study and says what is wrong in words
 * ("study 'Aronson 1948': events in the treatment arm (5) exceed its size (3)"); {@link #field()} says which field,
 * so a caller can add where that field came from.
 */
public class InvalidStudyException extends StatsException {
    private static final long serialVersionUID = 1L;

    private final String study;
    private final StudyField field;

    /**
     * Creates the exception.
     *
     * @param study   the study's label
     * @param field   the offending field
     * @param problem what is wrong, as a sentence fragment naming the field
     */
    public InvalidStudyException(String study, StudyField field, String problem) {
        super("study '" + study + "': " + problem);
        this.study = study;
        this.field = Objects.requireNonNull(field, "field");
    }

    /**
     * The study's label.
     *
     * @return the label
     */
    public String study() {
        return study;
    }

    /**
     * The offending field.
     *
     * @return the field
     */
    public StudyField field() {
        return field;
    }
}
