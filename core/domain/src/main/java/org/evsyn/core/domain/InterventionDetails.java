package org.evsyn.core.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What an intervention arm received: the attributes reviews group and regress on, whatever the intervention (a
 * drug, a device, a cell or blood product, a procedure). Everything is optional because sources often omit it;
 * missing stays missing. Attribute packs present these under their own labels (a cell-therapy pack calls the agent
 * "cell type").
 *
 * @param agent           what was given, as the source names it: a drug, product or cell type (e.g. "alteplase",
 *                        "BM-MSC")
 * @param origin          for biological products (cells, blood, tissue): from the patient or from a donor; optional and
 *                        domain-specific, empty for interventions where it means nothing
 * @param route           IV, IA, oral, intrathecal, ...
 * @param doseAsGiven     the dose text exactly as printed
 * @param dosePerKg       dose per kg body weight in the agent's own unit (cells, mg, ...), when printed or derivable
 * @param timingAsGiven   time from onset (or another index event) to treatment as printed
 * @param timingDays      that time in days, when known
 */
public record InterventionDetails(
        Optional<String> agent,
        Optional<Origin> origin,
        Optional<String> route,
        Optional<String> doseAsGiven,
        OptionalDouble dosePerKg,
        Optional<String> timingAsGiven,
        OptionalDouble timingDays) {

    /** Whether a biological product comes from the patient or from a donor. */
    public enum Origin { AUTOLOGOUS, ALLOGENEIC }

    public InterventionDetails {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(origin, "origin");
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

    /** No intervention attributes (e.g. a control arm). */
    public static InterventionDetails none() {
        return new InterventionDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty());
    }
}
