package org.evsyn.cli.meta.dose;

import org.evsyn.stats.dose.StudyDesign;

import java.util.Locale;
import java.util.Optional;

/** The study designs as the command line and the {@code design} column spell them (dosresmeta's {@code type}). */
enum DoseDesign {
    /** Case-control. */
    CC(StudyDesign.CASE_CONTROL),
    /** Cumulative incidence. */
    CI(StudyDesign.CUMULATIVE_INCIDENCE),
    /** Incidence rate. */
    IR(StudyDesign.INCIDENCE_RATE);

    final StudyDesign design;

    DoseDesign(StudyDesign design) {
        this.design = design;
    }

    /** The design a cell names (cc, ci or ir, any case), if it names one. */
    static Optional<DoseDesign> parse(String text) {
        for (DoseDesign d : values()) {
            if (d.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The spelling printed and written to JSON. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
