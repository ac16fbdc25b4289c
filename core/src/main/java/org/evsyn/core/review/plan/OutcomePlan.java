package org.evsyn.core.review.plan;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One outcome the review analyses.
 *
 * @param name       the outcome's id in the plan, e.g. {@code mortality}
 * @param label      how reports name it, e.g. "All-cause mortality"
 * @param synonyms   names that recognise it in extraction sheets and registry results (compared ignoring case,
 *                   spaces and punctuation); the name itself always counts
 * @param scale      the scale, e.g. "mRS 0-6"; empty for event outcomes
 * @param direction  which direction is good
 * @param measure    effect measure: MD, SMD, RR, OR, RD or PETO
 * @param timepoint  which time point to take per study
 * @param model      the outcome's own model (review.json {@code outcomes[].model}); empty to use the review's
 *                   (see {@link ReviewPlan#modelFor})
 */
public record OutcomePlan(String name, String label, List<String> synonyms, Optional<String> scale,
                          Direction direction, String measure, TimepointRule timepoint, Optional<ModelPlan> model) {

    /** Effect measures an outcome may use. */
    public static final List<String> MEASURES = List.of("MD", "SMD", "RR", "OR", "RD", "PETO");

    public OutcomePlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        synonyms = List.copyOf(synonyms);
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(model, "model");
        if (!MEASURES.contains(measure)) {
            throw new IllegalArgumentException("measure must be one of " + MEASURES + ", got " + measure);
        }
        model.flatMap(m -> m.problemWith(measure)).ifPresent(p -> {
            throw new IllegalArgumentException(name + ": " + p);
        });
    }

    /** An outcome pooled with the review's model. */
    public OutcomePlan(String name, String label, List<String> synonyms, Optional<String> scale, Direction direction,
                       String measure, TimepointRule timepoint) {
        this(name, label, synonyms, scale, direction, measure, timepoint, Optional.empty());
    }

    /** True for MD and SMD (arm means and SDs), false for event measures. */
    public boolean isContinuous() {
        return measure.equals("MD") || measure.equals("SMD");
    }

    /** Whether an outcome name found in a source means this outcome. */
    public boolean matches(String sourceName) {
        String key = normalise(sourceName);
        if (key.equals(normalise(name))) {
            return true;
        }
        return synonyms.stream().anyMatch(s -> normalise(s).equals(key));
    }

    /** Lower case, letters and digits only: "All-cause death" and "all_cause death" compare equal. */
    public static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
