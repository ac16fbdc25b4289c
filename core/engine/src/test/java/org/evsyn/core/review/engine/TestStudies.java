package org.evsyn.core.review.engine;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.InterventionDetails;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Builds extracted studies for engine tests. */
final class TestStudies {

    private final String id;
    private final int year;
    private final List<ExtractedArm> arms = new ArrayList<>();
    private final List<ArmOutcomeResult> results = new ArrayList<>();
    private String route = "IV";
    private Optional<String> stage = Optional.empty();
    private OptionalDouble dose = OptionalDouble.empty();
    private Optional<String> doseAsPrinted = Optional.empty();
    private OptionalDouble bodyWeightKg = OptionalDouble.empty();

    TestStudies(String id, int year) {
        this.id = id;
        this.year = year;
    }

    static TestStudies study(String id, int year) {
        return new TestStudies(id, year).arm("cell", ExtractedArm.Role.EXPERIMENTAL).arm("control", ExtractedArm.Role.CONTROL);
    }

    TestStudies arm(String label, ExtractedArm.Role role) {
        arms.add(new ExtractedArm(label, role, OptionalInt.empty()));
        return this;
    }

    /** Names what the arm with this label received. */
    TestStudies treatment(String label, String treatment) {
        arms.replaceAll(a -> a.label().equals(label) ? a.withTreatment(Optional.of(treatment)) : a);
        return this;
    }

    TestStudies route(String r) {
        this.route = r;
        return this;
    }

    TestStudies stage(String s) {
        this.stage = Optional.of(s);
        return this;
    }

    TestStudies dose(double perKg) {
        this.dose = OptionalDouble.of(perKg);
        return this;
    }

    /** The dose text as a paper prints it (a total, say), without a per-kg dose. */
    TestStudies doseAsPrinted(String text) {
        this.doseAsPrinted = Optional.of(text);
        return this;
    }

    TestStudies bodyWeightKg(double kg) {
        this.bodyWeightKg = OptionalDouble.of(kg);
        return this;
    }

    TestStudies events(String outcome, Double days, String arm, Integer n, Integer events) {
        results.add(result(outcome, days, arm, n, null, null, null, null, null, events,
                ArmOutcomeResult.ValueKind.FINAL));
        return this;
    }

    TestStudies meanSd(String outcome, Double days, String arm, Integer n, Double mean, Double sd) {
        results.add(result(outcome, days, arm, n, mean, sd, null, null, null, null, ArmOutcomeResult.ValueKind.FINAL));
        return this;
    }

    /** Mean and SD of the change from baseline. */
    TestStudies changeMeanSd(String outcome, Double days, String arm, Integer n, Double mean, Double sd) {
        results.add(result(outcome, days, arm, n, mean, sd, null, null, null, null, ArmOutcomeResult.ValueKind.CHANGE));
        return this;
    }

    TestStudies median(String outcome, Double days, String arm, Integer n, double median, double q1, double q3) {
        results.add(result(outcome, days, arm, n, null, null, median, q1, q3, null, ArmOutcomeResult.ValueKind.FINAL));
        return this;
    }

    /** A study-level estimate on the row of {@code arm}. */
    TestStudies estimate(String outcome, Double days, String arm, org.evsyn.core.domain.EffectEstimate estimate) {
        ArmOutcomeResult r = result(outcome, days, arm, null, null, null, null, null, null, null,
                ArmOutcomeResult.ValueKind.FINAL);
        results.add(new ArmOutcomeResult(r.outcome(), r.timepointDays(), r.timepointAsPrinted(), r.armLabel(), r.n(),
                r.mean(), r.sd(), r.median(), r.q1(), r.q3(), r.events(), r.countKind(), r.valueKind(),
                r.statisticAsPrinted(), r.sourceRefs(), r.tableOrPage(), r.notes(), Optional.of(estimate)));
        return this;
    }

    ExtractedStudy build() {
        InterventionDetails intervention = new InterventionDetails(Optional.of("MSC"), Optional.empty(), Optional.of(route), doseAsPrinted,
                dose, Optional.empty(), OptionalDouble.empty());
        return new ExtractedStudy(id, ExtractedStudy.Part.COMBINED, Optional.empty(), OptionalInt.of(year),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), intervention,
                dose.isPresent() ? List.of(dose.getAsDouble()) : List.of(), bodyWeightKg, stage, OptionalDouble.empty(),
                arms,
                Optional.empty(), results, List.of(), Optional.empty());
    }

    private static ArmOutcomeResult result(String outcome, Double days, String arm, Integer n, Double mean, Double sd,
                                           Double median, Double q1, Double q3, Integer events,
                                           ArmOutcomeResult.ValueKind kind) {
        return new ArmOutcomeResult(outcome, opt(days), Optional.ofNullable(days == null ? "not stated" : "day " + days),
                arm, n == null ? OptionalInt.empty() : OptionalInt.of(n), opt(mean), opt(sd), opt(median), opt(q1),
                opt(q3), events == null ? OptionalInt.empty() : OptionalInt.of(events),
                ArmOutcomeResult.CountKind.forOutcome(outcome), kind, Optional.empty(), List.of("T1"), Optional.empty(),
                Optional.empty());
    }

    private static OptionalDouble opt(Double d) {
        return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }
}
