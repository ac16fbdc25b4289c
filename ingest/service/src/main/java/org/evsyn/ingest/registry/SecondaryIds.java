package org.evsyn.ingest.registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.evsyn.core.domain.Registration.SecondaryId;

/**
 * Secondary ids with the kind read off their shape where that is unambiguous, so the same trial can be linked
 * across registries (EU numbers, other registries' ids); anything else is kept without a kind.
 */
final class SecondaryIds {

    private static final Pattern EU_CT_NUMBER = Pattern.compile("\\d{4}-5\\d{5}-\\d{2}-\\d{2}");
    private static final Pattern EUDRACT = Pattern.compile("\\d{4}-\\d{6}-\\d{2}");

    private SecondaryIds() {
    }

    /** The kind of an id: CTIS (EU CT number), EUDRACT_NUMBER, REGISTRY (a WHO primary registry id) or none. */
    static Optional<String> kind(String id) {
        String t = id.strip();
        if (EU_CT_NUMBER.matcher(t).matches()) {
            return Optional.of("CTIS");
        }
        if (EUDRACT.matcher(t).matches()) {
            return Optional.of("EUDRACT_NUMBER");
        }
        return IctrpRegistries.forTrialId(t).map(e -> "REGISTRY");
    }

    /** Ids in first-seen order without repeats (downloads repeat them), each with its kind. */
    static List<SecondaryId> of(List<String> ids, String exceptTrialId) {
        List<SecondaryId> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            if (!id.isBlank() && !id.strip().equals(exceptTrialId)) {
                out.add(new SecondaryId(id.strip(), kind(id)));
            }
        }
        return out;
    }
}
