package org.evsyn.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered intervention.
 *
 * @param name           as registered
 * @param type           BIOLOGICAL, DRUG, PROCEDURE, ...
 * @param description    free text
 * @param armGroupLabels the arms that receive it
 * @param otherNames     synonyms the registry lists
 */
public record Intervention(String name, Optional<String> type, Optional<String> description,
                           List<String> armGroupLabels, List<String> otherNames) {
    public Intervention {
        Registration.requireText(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        armGroupLabels = List.copyOf(armGroupLabels);
        otherNames = List.copyOf(otherNames);
    }
}
