package org.evsyn.core.review.engine;

import org.evsyn.core.domain.CellTherapy;
import org.evsyn.core.domain.ExtractedStudy;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The study attributes a review groups and regresses on (the plan's subgroup and moderator keys).
 *
 * @param route          route of delivery
 * @param stage          stroke stage at treatment (as extracted, else derived from timing)
 * @param cellSource     autologous or allogeneic
 * @param cellType       cell product
 * @param dosePerKg      cells per kg body weight
 * @param year           publication year
 * @param followupMonths follow-up in months
 * @param timingDays     days from onset to treatment
 * @param doseDerivation how {@code dosePerKg} was derived from a printed total when no per-kg dose was printed
 *                       (at the trial's body weight or an assumed one); empty when printed
 */
public record StudyAttributes(Optional<String> route, Optional<String> stage, Optional<String> cellSource,
                              Optional<String> cellType, OptionalDouble dosePerKg, OptionalDouble year,
                              OptionalDouble followupMonths, OptionalDouble timingDays,
                              Optional<TotalDose.Derived> doseDerivation) {

    public StudyAttributes {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(cellSource, "cellSource");
        Objects.requireNonNull(cellType, "cellType");
        Objects.requireNonNull(dosePerKg, "dosePerKg");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(followupMonths, "followupMonths");
        Objects.requireNonNull(timingDays, "timingDays");
        Objects.requireNonNull(doseDerivation, "doseDerivation");
    }

    /** Reads the attributes of an extracted study. */
    public static StudyAttributes of(ExtractedStudy s) {
        CellTherapy t = s.therapy();
        Optional<String> stage = s.stage().map(x -> x.name().toLowerCase(Locale.ROOT))
                .or(() -> StrokeStage.fromTimingDays(t.timingDays()));
        OptionalDouble dose = t.dosePerKg();
        Optional<TotalDose.Derived> derivation = Optional.empty();
        // A printed per-kg dose wins over any derivation.
        if (dose.isEmpty() && s.dosesPerKg().isEmpty()) {
            derivation = t.doseAsGiven().flatMap(printed -> TotalDose.perKg(printed, s.bodyWeightKg()));
            if (derivation.isPresent()) {
                dose = OptionalDouble.of(derivation.get().cellsPerKg());
            }
        }
        return new StudyAttributes(t.route(), stage,
                t.source().map(x -> x.name().toLowerCase(Locale.ROOT)), t.cellType(), dose,
                s.year().isPresent() ? OptionalDouble.of(s.year().getAsInt()) : OptionalDouble.empty(),
                s.followupMonths(), t.timingDays(), derivation);
    }

    /** The value of a subgroup key ({@code route}, {@code stage}, {@code cell_source}, {@code cell_type}). */
    public Optional<String> subgroup(String key) {
        return switch (key) {
            case "route" -> route;
            case "stage" -> stage;
            case "cell_source" -> cellSource;
            case "cell_type" -> cellType;
            default -> throw new IllegalArgumentException("unknown subgroup key " + key);
        };
    }

    /** The value of a moderator key ({@code dose_cells_per_kg}, {@code year}, ...). */
    public OptionalDouble moderator(String key) {
        return switch (key) {
            case "dose_cells_per_kg" -> dosePerKg;
            case "year" -> year;
            case "followup_months" -> followupMonths;
            case "timing_days" -> timingDays;
            default -> throw new IllegalArgumentException("unknown moderator key " + key);
        };
    }
}
