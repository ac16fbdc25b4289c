package org.evsyn.core.review.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One arm's numbers as they enter an analysis: n with mean and SD for continuous outcomes, n with events for
 * event outcomes.
 *
 * @param label      arm label (several arms joined by " + " when combined)
 * @param n          participants
 * @param mean       mean (continuous)
 * @param sd         standard deviation (continuous)
 * @param events     participants with the event (binary)
 * @param imputation how mean/SD were derived when they were not reported, e.g. "Luo 2018 / Wan 2014 from median
 *                   and IQR"; empty when reported
 * @param treatment  what the arm received (see {@link org.evsyn.core.domain.ExtractedStudy#treatment}); arms
 *                   combined into one give their treatments joined by " + " when they differ; empty when not
 *                   recorded for every arm it is made of
 * @param derivations how the numbers were derived from what the source printed (empty when printed as used)
 */
public record ArmData(String label, int n, OptionalDouble mean, OptionalDouble sd, OptionalInt events,
                      Optional<String> imputation, Optional<String> treatment, List<Derivation> derivations) {

    /** An arm whose numbers were not derived. */
    public ArmData(String label, int n, OptionalDouble mean, OptionalDouble sd, OptionalInt events,
                   Optional<String> imputation, Optional<String> treatment) {
        this(label, n, mean, sd, events, imputation, treatment, List.of());
    }

    /** An arm whose treatment is not recorded. */
    public ArmData(String label, int n, OptionalDouble mean, OptionalDouble sd, OptionalInt events,
                   Optional<String> imputation) {
        this(label, n, mean, sd, events, imputation, Optional.empty());
    }

    public ArmData {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(sd, "sd");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(imputation, "imputation");
        Objects.requireNonNull(treatment, "treatment");
        derivations = List.copyOf(derivations);
        if (n < 0) {
            throw new IllegalArgumentException(label + ": n must not be negative");
        }
    }

    /** Continuous arm. */
    public static ArmData continuous(String label, int n, double mean, double sd, Optional<String> imputation) {
        return new ArmData(label, n, OptionalDouble.of(mean), OptionalDouble.of(sd), OptionalInt.empty(), imputation);
    }

    /** Event arm. */
    public static ArmData binary(String label, int n, int events) {
        return new ArmData(label, n, OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.of(events),
                Optional.empty());
    }

    /** This arm with its treatment named. */
    public ArmData withTreatment(Optional<String> name) {
        return new ArmData(label, n, mean, sd, events, imputation, name, derivations);
    }

    /** This arm with how its numbers were derived. */
    public ArmData withDerivations(List<Derivation> how) {
        return new ArmData(label, n, mean, sd, events, imputation, treatment, how);
    }

    /** Whether any number of this arm was imputed. */
    public boolean imputed() {
        return imputation.isPresent();
    }
}
