package org.evsyn.reporting.review;

import org.evsyn.core.review.engine.ArmData;
import org.evsyn.core.review.engine.Derivation;
import org.evsyn.core.review.engine.StudyOutcomeData;
import org.evsyn.reporting.model.Conversion;

import java.util.ArrayList;
import java.util.List;

/** The engine's derivations of a comparison's arm numbers, as the report's {@link Conversion}s. */
final class StudyConversions {

    private StudyConversions() {
    }

    /** The experimental arm's conversions, then the control arm's. */
    static List<Conversion> of(StudyOutcomeData d) {
        List<Conversion> out = new ArrayList<>();
        add(out, "experimental", d.treatment());
        add(out, "control", d.control());
        return out;
    }

    /**
     * The comparison's notes less those its conversions already tell (the arms' imputation wording, the bare
     * "change from baseline", a study estimate's derivation), so a footnote says each thing once, and less the bare
     * "time point not stated" of a row that printed no time point at all: that says nothing about how a number was
     * had, and in a dataset without time points it would mark every study.
     */
    static List<String> notes(StudyOutcomeData d) {
        List<String> told = new ArrayList<>();
        for (ArmData a : List.of(d.treatment(), d.control())) {
            a.imputation().ifPresent(i -> told.add(a.label() + ": " + i));
            if (a.derivations().stream().anyMatch(x -> x.method() == Derivation.Method.CHANGE_FROM_BASELINE)) {
                told.add("change from baseline");
            }
        }
        // A study's own estimate: how its SE was had is told by a CI_TO_SE conversion, or is the printed SE.
        d.estimate().ifPresent(e -> told.add(e.derivation()));
        told.add(StudyOutcomeData.UNSTATED_TIME_POINT);
        return d.notes().stream().filter(n -> !told.contains(n)).toList();
    }

    private static void add(List<Conversion> out, String arm, ArmData a) {
        for (Derivation x : a.derivations()) {
            out.add(new Conversion(arm, x.method().name(), x.method().label(), x.method().source(), x.printed(),
                    x.mean(), x.sd()));
        }
    }
}
