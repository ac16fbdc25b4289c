package org.evsyn.core.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a cell-therapy arm received: the attributes reviews of cell therapy group and regress on.
 * Everything is optional because sources often omit it; missing stays missing.
 *
 * @param cellType        e.g. "BM-MSC", "BMMNC", "MAPC"
 * @param source          autologous or allogeneic
 * @param route           IV, IA, intrathecal, intracerebral, ...
 * @param doseAsGiven     the dose text exactly as printed
 * @param dosePerKg       cells per kg body weight, when printed or derivable
 * @param timingAsGiven   time from onset to treatment as printed
 * @param timingDays      time from onset in days, when known
 */
public record CellTherapy(
        Optional<String> cellType,
        Optional<CellSource> source,
        Optional<String> route,
        Optional<String> doseAsGiven,
        OptionalDouble dosePerKg,
        Optional<String> timingAsGiven,
        OptionalDouble timingDays) {

    /** Where the cells come from. */
    public enum CellSource { AUTOLOGOUS, ALLOGENEIC }

    public CellTherapy {
        Objects.requireNonNull(cellType, "cellType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(doseAsGiven, "doseAsGiven");
        Objects.requireNonNull(dosePerKg, "dosePerKg");
        Objects.requireNonNull(timingAsGiven, "timingAsGiven");
        Objects.requireNonNull(timingDays, "timingDays");
        if (dosePerKg.isPresent() && !(dosePerKg.getAsDouble() > 0)) {
            throw new IllegalArgumentException("dose per kg must be positive: " + dosePerKg.getAsDouble());
        }
        if (timingDays.isPresent() && timingDays.getAsDouble() < 0) {
            throw new IllegalArgumentException("timing must not be negative: " + timingDays.getAsDouble());
        }
    }

    /** No cell-therapy attributes (e.g. a control arm). */
    public static CellTherapy none() {
        return new CellTherapy(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty());
    }
}
