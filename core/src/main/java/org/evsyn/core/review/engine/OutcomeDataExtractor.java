package org.evsyn.core.review.engine;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.plan.MultiArmRule;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.core.review.plan.TimepointRule;
import org.evsyn.stats.StatsException;
import org.evsyn.stats.conversion.ImputedMoments;
import org.evsyn.stats.conversion.MedianConversion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns extracted per-arm rows into analysable comparisons for one outcome: picks each study's time point by the
 * plan's rule, takes n/mean/SD (imputing mean/SD from median and IQR when that is all there is, flagged) or
 * n/events, and handles multi-arm trials as the plan says. Every study that cannot be used gets a reason.
 */
public final class OutcomeDataExtractor {

    /** The dataset of {@code outcome} over {@code studies}. */
    public OutcomeDataset extract(OutcomePlan outcome, List<ExtractedStudy> studies, MultiArmRule multiArm) {
        List<StudyOutcomeData> included = new ArrayList<>();
        List<MissingOutcomeData> missing = new ArrayList<>();
        for (ExtractedStudy study : studies) {
            List<ArmOutcomeResult> rows = study.results().stream().filter(r -> outcome.matches(r.outcome())).toList();
            if (rows.isEmpty()) {
                missing.add(new MissingOutcomeData(study.studyId(), "not reported in the extracted data"));
                continue;
            }
            Optional<OptionalDouble> chosen = chooseTimepoint(outcome.timepoint(), rows);
            if (chosen.isEmpty()) {
                missing.add(new MissingOutcomeData(study.studyId(), "no time point meets the rule ("
                        + outcome.timepoint().describe() + "); reported at " + timepoints(rows)));
                continue;
            }
            List<ArmOutcomeResult> atTime = rows.stream()
                    .filter(r -> sameTime(r.timepointDays(), chosen.get())).toList();
            try {
                included.addAll(comparisons(outcome, study, atTime, multiArm));
            } catch (Unusable e) {
                missing.add(new MissingOutcomeData(study.studyId(), e.getMessage()));
            }
        }
        return new OutcomeDataset(outcome, included, missing);
    }

    /** The time point the rule picks, as present in the rows (empty OptionalDouble = "not stated"). */
    static Optional<OptionalDouble> chooseTimepoint(TimepointRule rule, List<ArmOutcomeResult> rows) {
        TreeSet<Double> dated = rows.stream().filter(r -> r.timepointDays().isPresent())
                .map(r -> r.timepointDays().getAsDouble()).collect(Collectors.toCollection(TreeSet::new));
        boolean hasUnstated = rows.stream().anyMatch(r -> r.timepointDays().isEmpty());
        Optional<Double> pick = Optional.empty();
        if (rule instanceof TimepointRule.Last last) {
            double min = last.minDays().orElse(Double.NEGATIVE_INFINITY);
            pick = dated.descendingSet().stream().filter(d -> d >= min).findFirst();
        } else if (rule instanceof TimepointRule.Closest c) {
            double max = c.maxDistanceDays().orElse(Double.POSITIVE_INFINITY);
            // Ties go to the later time point: compare by distance, then prefer larger days.
            pick = dated.stream().filter(d -> Math.abs(d - c.targetDays()) <= max)
                    .min(Comparator.<Double>comparingDouble(d -> Math.abs(d - c.targetDays()))
                            .thenComparing(Comparator.reverseOrder()));
        }
        if (pick.isPresent()) {
            return Optional.of(OptionalDouble.of(pick.get()));
        }
        return rule.includeUnstated() && hasUnstated ? Optional.of(OptionalDouble.empty()) : Optional.empty();
    }

    private List<StudyOutcomeData> comparisons(OutcomePlan outcome, ExtractedStudy study,
                                               List<ArmOutcomeResult> rows, MultiArmRule multiArm) {
        List<ArmOutcomeResult> cell = byRole(study, rows, ExtractedArm.Role.CELL_THERAPY);
        List<ArmOutcomeResult> control = byRole(study, rows, ExtractedArm.Role.CONTROL);
        if (cell.isEmpty()) {
            throw new Unusable("no cell-therapy arm reported at this time point" + where(rows));
        }
        if (control.isEmpty()) {
            throw new Unusable("no control arm reported at this time point" + where(rows));
        }
        if (control.size() > 1) {
            throw new Unusable("several control arms (" + labels(control) + "): not handled automatically");
        }
        List<ArmData> treatments = new ArrayList<>();
        for (ArmOutcomeResult r : cell) {
            treatments.add(armData(outcome, study, r));
        }
        ArmData ctrl = armData(outcome, study, control.get(0));
        StudyAttributes attributes = StudyAttributes.of(study);
        Set<String> refs = new LinkedHashSet<>();
        rows.forEach(r -> refs.addAll(r.sourceRefs()));
        ArmOutcomeResult first = rows.get(0);
        List<String> notes = new ArrayList<>();
        treatments.stream().filter(ArmData::imputed).forEach(a -> notes.add(a.label() + ": " + a.imputation().get()));
        if (ctrl.imputed()) {
            notes.add(ctrl.label() + ": " + ctrl.imputation().get());
        }
        if (first.timepointDays().isEmpty()) {
            notes.add("time point not stated: " + first.timepointAsPrinted().orElse("no wording given"));
        }
        if (treatments.size() == 1) {
            return List.of(new StudyOutcomeData(study.studyId(), study.studyId(), first.timepointDays(),
                    first.timepointAsPrinted(), treatments.get(0), ctrl, attributes, notes, List.copyOf(refs)));
        }
        if (multiArm == MultiArmRule.COMBINE_ARMS) {
            ArmData combined = MultiArm.combine(treatments, outcome.isContinuous());
            notes.add(treatments.size() + " cell-therapy arms combined into one group (Cochrane Handbook 23.3.4)");
            return List.of(new StudyOutcomeData(study.studyId(), study.studyId(), first.timepointDays(),
                    first.timepointAsPrinted(), combined, ctrl, attributes, notes, List.copyOf(refs)));
        }
        List<StudyOutcomeData> out = new ArrayList<>();
        List<ArmData> shares = MultiArm.splitControl(ctrl, treatments.size(), outcome.isContinuous());
        for (int i = 0; i < treatments.size(); i++) {
            List<String> n = new ArrayList<>(notes);
            n.add("shared control group split between " + treatments.size() + " comparisons (Cochrane Handbook 23.3.4)");
            out.add(new StudyOutcomeData(study.studyId(), study.studyId() + " (" + treatments.get(i).label() + ")",
                    first.timepointDays(), first.timepointAsPrinted(), treatments.get(i), shares.get(i), attributes,
                    n, List.copyOf(refs)));
        }
        return out;
    }

    private static ArmData armData(OutcomePlan outcome, ExtractedStudy study, ArmOutcomeResult r) {
        String arm = r.armLabel() + " arm";
        if (r.n().isEmpty()) {
            throw new Unusable(arm + ": number of participants (n) not reported" + asPrinted(r));
        }
        int n = r.n().getAsInt();
        if (!outcome.isContinuous()) {
            if (r.countKind() == ArmOutcomeResult.CountKind.EVENTS) {
                throw new Unusable(arm + ": counts events, not patients with an event");
            }
            if (r.events().isEmpty()) {
                throw new Unusable(arm + ": number with the event not reported" + asPrinted(r));
            }
            return ArmData.binary(r.armLabel(), n, r.events().getAsInt());
        }
        if (r.mean().isPresent() && r.sd().isPresent()) {
            return ArmData.continuous(r.armLabel(), n, r.mean().getAsDouble(), r.sd().getAsDouble(), Optional.empty());
        }
        if (r.median().isPresent() && r.q1().isPresent() && r.q3().isPresent()) {
            try {
                ImputedMoments m = MedianConversion.fromQuartiles(n, r.q1().getAsDouble(), r.median().getAsDouble(),
                        r.q3().getAsDouble());
                return ArmData.continuous(r.armLabel(), n, m.mean(), m.sd(), Optional.of(String.format(Locale.ROOT,
                        "mean and SD imputed from median %s [IQR %s-%s] (%s; %s)", plain(r.median().getAsDouble()),
                        plain(r.q1().getAsDouble()), plain(r.q3().getAsDouble()), m.meanMethod(), m.sdMethod())));
            } catch (StatsException e) {
                throw new Unusable(arm + ": median/IQR cannot be converted: " + e.getMessage());
            }
        }
        if (r.mean().isPresent()) {
            throw new Unusable(arm + ": mean reported without SD" + asPrinted(r));
        }
        if (r.median().isPresent()) {
            throw new Unusable(arm + ": median reported without IQR" + asPrinted(r));
        }
        throw new Unusable(arm + ": no mean/SD or median/IQR reported" + asPrinted(r));
    }

    private static List<ArmOutcomeResult> byRole(ExtractedStudy study, List<ArmOutcomeResult> rows,
                                                 ExtractedArm.Role role) {
        return rows.stream().filter(r -> study.arm(r.armLabel()).map(a -> a.role() == role).orElse(false)).toList();
    }

    private static boolean sameTime(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.getAsDouble() == b.getAsDouble());
    }

    private static String timepoints(List<ArmOutcomeResult> rows) {
        return rows.stream().map(r -> r.timepointDays().isPresent() ? plain(r.timepointDays().getAsDouble()) + " days"
                : "an unstated time").distinct().collect(Collectors.joining(", "));
    }

    private static String labels(List<ArmOutcomeResult> rows) {
        return rows.stream().map(ArmOutcomeResult::armLabel).collect(Collectors.joining(", "));
    }

    private static String where(List<ArmOutcomeResult> rows) {
        return " (arms reported: " + labels(rows) + ")";
    }

    private static String asPrinted(ArmOutcomeResult r) {
        return r.statisticAsPrinted().map(s -> " (source prints: \"" + s + "\")").orElse("");
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A study that cannot be used for this outcome; the message is the reason. */
    private static final class Unusable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message, null, false, false);
        }
    }
}
