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
 * @param scale      the scale, e.g. "mRS 0-6"; empty for event outcomes. For GENERIC, {@code ratio} (estimates such as
 *                   hazard ratios given on their natural scale, pooled as logs) or {@code difference}
 * @param direction  which direction is good
 * @param measure    effect measure: MD, SMD, RR, OR, RD, PETO or GENERIC (study-level estimates)
 * @param timepoint  which time point to take per study
 * @param model      the outcome's own model (review.json {@code outcomes[].model}); empty to use the review's
 *                   (see {@link ReviewPlan#modelFor})
 */
public record OutcomePlan(String name, String label, List<String> synonyms, Optional<String> scale,
                          Direction direction, String measure, TimepointRule timepoint, Optional<ModelPlan> model) {

    /** Effect measures an outcome may use. */
    public static final List<String> MEASURES = List.of("MD", "SMD", "RR", "OR", "RD", "PETO", "GENERIC");
    /** The scales a GENERIC outcome's estimates may be on. */
    public static final List<String> GENERIC_SCALES = List.of("ratio", "difference");

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
        if (measure.equals("GENERIC") && !scale.map(GENERIC_SCALES::contains).orElse(false)) {
            throw new IllegalArgumentException(name + ": measure GENERIC needs scale ratio or difference, got "
                    + scale.orElse("none"));
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

    /** True for GENERIC: each study gives its own estimate with a standard error or confidence interval. */
    public boolean isGeneric() {
        return measure.equals("GENERIC");
    }

    /** True for ratio measures (RR, OR, PETO, and GENERIC on the ratio scale): pooled as logs, reported as ratios. */
    public boolean isRatio() {
        return measure.equals("RR") || measure.equals("OR") || measure.equals("PETO")
                || (isGeneric() && scale.equals(Optional.of("ratio")));
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
