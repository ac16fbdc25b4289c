package org.evsyn.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A group of a results module (participant flow, baseline, one outcome measure, adverse events).
 * Group ids are local to their module (and, for outcome measures, to the measure), so a group is keyed on
 * (trial, module, id), never on its title.
 *
 * @param module      which results module declared it
 * @param id          the registry's group id, e.g. {@code OG001}, {@code EG000}
 * @param title       group title
 * @param description group description
 */
public record ResultGroup(ResultModule module, String id, String title, Optional<String> description) {
    public ResultGroup {
        Objects.requireNonNull(module, "module");
        Registration.requireText(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }

    /** The results modules of a registry record. */
    public enum ResultModule { PARTICIPANT_FLOW, BASELINE, OUTCOME, ADVERSE_EVENTS }
}
