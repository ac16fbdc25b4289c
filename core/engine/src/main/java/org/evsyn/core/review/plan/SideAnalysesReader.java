package org.evsyn.core.review.plan;

import org.evsyn.core.review.attributes.AttributeDef;
import org.evsyn.core.review.attributes.AttributeType;
import org.evsyn.stats.dose.DoseScale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads {@code dose_response} and {@code adverse_events_by_organ_class} of review.json. */
final class SideAnalysesReader {

    private SideAnalysesReader() {
    }

    static List<DoseResponsePlan> doseResponse(JsonFields plan, List<OutcomePlan> outcomes,
                                               List<AttributeDef> attributes) {
        List<DoseResponsePlan> out = new ArrayList<>();
        for (JsonFields d : plan.objectList("dose_response", false)) {
            d.allowOnly(Set.of("outcome", "dose", "models", "spline_min_studies", "reference_lines", "$comment"));
            String outcome = d.requiredText("outcome");
            if (outcomes.stream().noneMatch(o -> o.name().equals(outcome))) {
                throw d.error("outcome", "not an outcome of this plan (outcomes: "
                        + String.join(", ", outcomes.stream().map(OutcomePlan::name).toList()) + ")");
            }
            String dose = d.requiredText("dose");
            if (attributes.stream().noneMatch(a -> a.name().equals(dose) && a.type() == AttributeType.NUMERIC)) {
                throw d.error("dose", "expected a numeric attribute (declared, of an enabled pack, or year / "
                        + "followup_months), got \"" + dose + "\"");
            }
            List<DoseScale> models = new ArrayList<>();
            List<String> names = d.textList("models", false);
            for (String m : names.isEmpty() ? List.of("linear", "log10", "spline") : names) {
                models.add(switch (m.toLowerCase(Locale.ROOT)) {
                    case "linear" -> DoseScale.LINEAR;
                    case "log10" -> DoseScale.LOG10;
                    case "spline" -> DoseScale.SPLINE;
                    default -> throw d.error("models", "expected linear, log10 or spline, got \"" + m + "\"");
                });
            }
            OptionalDouble min = d.optionalNumber("spline_min_studies");
            if (min.isPresent() && (min.getAsDouble() < 4 || min.getAsDouble() != Math.rint(min.getAsDouble()))) {
                throw d.error("spline_min_studies", "expected a whole number of at least 4 (the spline has three "
                        + "coefficients)");
            }
            List<ReferenceLine> lines = new ArrayList<>();
            for (JsonFields l : d.objectList("reference_lines", false)) {
                l.allowOnly(Set.of("dose", "label"));
                OptionalDouble at = l.optionalNumber("dose");
                if (at.isEmpty()) {
                    throw l.error("dose", "expected a number");
                }
                lines.add(new ReferenceLine(at.getAsDouble(), l.requiredText("label")));
            }
            out.add(new DoseResponsePlan(outcome, dose, models,
                    (int) min.orElse(DoseResponsePlan.SPLINE_MIN_STUDIES), lines));
        }
        return out;
    }

    static Optional<OrganClassPlan> organClasses(JsonFields plan) {
        Optional<JsonFields> o = plan.optionalObject("adverse_events_by_organ_class");
        if (o.isEmpty()) {
            return Optional.empty();
        }
        JsonFields f = o.get();
        f.allowOnly(Set.of("sources", "bias_min_studies", "$comment"));
        List<String> sources = f.textList("sources", false);
        for (String s : sources) {
            if (!OrganClassPlan.SOURCES.contains(s)) {
                throw f.error("sources", "expected sheets or registry, got \"" + s + "\"");
            }
        }
        OptionalDouble min = f.optionalNumber("bias_min_studies");
        if (min.isPresent() && (min.getAsDouble() < 3 || min.getAsDouble() != Math.rint(min.getAsDouble()))) {
            throw f.error("bias_min_studies", "expected a whole number of at least 3");
        }
        boolean all = sources.isEmpty();
        return Optional.of(new OrganClassPlan(all || sources.contains("sheets"), all || sources.contains("registry"),
                (int) min.orElse(OrganClassPlan.BIAS_MIN_STUDIES)));
    }
}
