package org.evsyn.ingest.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evsyn.core.domain.ArmGroup;
import org.evsyn.core.domain.Intervention;

/**
 * ICTRP's one-line {@code Intervention} field. ClinicalTrials.gov records give typed items
 * ({@code Drug: arbidol,200mg,tid;Drug: ...}); ChiCTR gives arm-labelled items
 * ({@code Experimental group:oral hydroxychloroquine sulfate tablets;Control group:Conventional treatment;}),
 * which become arms with their interventions.
 */
final class IctrpInterventions {

    // ClinicalTrials.gov intervention types, as ICTRP prints them before the colon.
    private static final Set<String> CTGOV_TYPES = Set.of("DRUG", "DEVICE", "BIOLOGICAL", "PROCEDURE", "RADIATION",
            "BEHAVIORAL", "GENETIC", "DIETARY_SUPPLEMENT", "COMBINATION_PRODUCT", "DIAGNOSTIC_TEST", "OTHER");
    // Arms registered with no intervention ("died:none;" for an observational group) get no intervention row.
    private static final Set<String> NO_INTERVENTION = Set.of("none", "nil", "n/a", "na", "no intervention");

    private final List<ArmGroup> arms;
    private final List<Intervention> interventions;

    private IctrpInterventions(List<ArmGroup> arms, List<Intervention> interventions) {
        this.arms = List.copyOf(arms);
        this.interventions = List.copyOf(interventions);
    }

    static IctrpInterventions parse(String text) {
        Map<String, List<String>> armInterventions = new LinkedHashMap<>();
        List<Intervention> interventions = new ArrayList<>();
        for (String item : RegistryText.splitDistinct(text, ";")) {
            int colon = item.indexOf(':');
            String before = colon > 0 ? item.substring(0, colon).strip() : "";
            String after = colon > 0 ? item.substring(colon + 1).strip() : item;
            String type = before.isEmpty() ? "" : RegistryText.code(before);
            if (CTGOV_TYPES.contains(type)) {
                if (!after.isEmpty()) {
                    interventions.add(intervention(after, Optional.of(type), List.of()));
                }
            } else if (!before.isEmpty()) {
                List<String> names = armInterventions.computeIfAbsent(before, k -> new ArrayList<>());
                if (!after.isEmpty() && !NO_INTERVENTION.contains(after.toLowerCase(Locale.ROOT))) {
                    names.add(after);
                    interventions.add(intervention(after, Optional.empty(), List.of(before)));
                }
            } else if (!NO_INTERVENTION.contains(item.toLowerCase(Locale.ROOT))) {
                interventions.add(intervention(item, Optional.empty(), List.of()));
            }
        }
        List<ArmGroup> arms = new ArrayList<>();
        armInterventions.forEach((label, names) ->
                arms.add(new ArmGroup(label, Optional.empty(), Optional.empty(), names)));
        return new IctrpInterventions(arms, interventions);
    }

    List<ArmGroup> arms() {
        return arms;
    }

    List<Intervention> interventions() {
        return interventions;
    }

    private static Intervention intervention(String name, Optional<String> type, List<String> arms) {
        return new Intervention(name, type, Optional.empty(), arms, List.of());
    }
}
