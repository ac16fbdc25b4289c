package org.evsyn.core.review.engine;

import org.evsyn.core.domain.Plurals;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.EffectEstimate;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns extracted per-arm rows into analysable comparisons for one outcome: picks each study's time point by the
 * plan's rule, takes n/mean/SD (imputing mean/SD from median and IQR when that is all there is, flagged) or
 * n/events, and handles multi-arm trials as the plan says. Every study that cannot be used gets a reason.
 *
 * <p>Final values and changes from baseline (Cochrane Handbook 10.5.2): a comparison uses one kind in all its
 * arms, final values when every arm has them. A mean difference may combine studies of either kind, and says so;
 * a standardised mean difference may not, so when any study gives final values it pools final values only, and
 * the studies that give only change scores are listed as missing with the reason.
 */
public final class OutcomeDataExtractor {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    /** The dataset of {@code outcome} over {@code studies}, each comparison with its study's publication year. */
    public OutcomeDataset extract(OutcomePlan outcome, List<ExtractedStudy> studies, MultiArmRule multiArm) {
        return extract(outcome, studies, multiArm, StudyAttributes::yearOnly);
    }

    /** The dataset of {@code outcome} over {@code studies}, each comparison with its study's attributes. */
    public OutcomeDataset extract(OutcomePlan outcome, List<ExtractedStudy> studies, MultiArmRule multiArm,
                                  java.util.function.Function<ExtractedStudy, StudyAttributes> attributes) {
        List<StudyData> perStudy = new ArrayList<>();
        for (ExtractedStudy study : studies) {
            List<ArmOutcomeResult> rows = study.results().stream().filter(r -> outcome.matches(r.outcome())).toList();
            perStudy.add(rows.isEmpty() ? StudyData.missing(study, rows, "not reported in the extracted data")
                    : studyData(outcome, study, rows, multiArm));
        }
        List<String> notes = new ArrayList<>();
        if (outcome.isContinuous()) {
            perStudy = harmonise(outcome, perStudy, multiArm, notes);
        }
        List<StudyOutcomeData> included = new ArrayList<>();
        List<MissingOutcomeData> missing = new ArrayList<>();
        for (StudyData d : perStudy) {
            if (d.reason().isPresent()) {
                missing.add(new MissingOutcomeData(d.study().studyId(), d.reason().get()));
            } else {
                StudyAttributes a = attributes.apply(d.study());
                d.comparisons().forEach(c -> included.add(c.withAttributes(a)));
            }
        }
        return new OutcomeDataset(outcome, included, missing, notes);
    }

    /** One study's comparisons for the outcome from its matching rows, or why it has none. */
    private record StudyData(ExtractedStudy study, List<ArmOutcomeResult> rows, List<StudyOutcomeData> comparisons,
                             Optional<String> reason) {
        static StudyData missing(ExtractedStudy study, List<ArmOutcomeResult> rows, String reason) {
            return new StudyData(study, rows, List.of(), Optional.of(reason));
        }

        boolean usesChangeScores() {
            return comparisons.stream().anyMatch(c -> c.valueKind() == ArmOutcomeResult.ValueKind.CHANGE);
        }

        boolean usesFinalValues() {
            return comparisons.stream().anyMatch(c -> c.valueKind() == ArmOutcomeResult.ValueKind.FINAL);
        }
    }

    private StudyData studyData(OutcomePlan outcome, ExtractedStudy study, List<ArmOutcomeResult> rows,
                                MultiArmRule multiArm) {
        Optional<OptionalDouble> chosen = chooseTimepoint(outcome.timepoint(), rows);
        if (chosen.isEmpty()) {
            return StudyData.missing(study, rows, "no time point meets the rule ("
                    + outcome.timepoint().describe() + "); reported at " + timepoints(rows));
        }
        List<ArmOutcomeResult> atTime = rows.stream().filter(r -> sameTime(r.timepointDays(), chosen.get())).toList();
        try {
            return new StudyData(study, rows, outcome.isGeneric() ? List.of(generic(outcome, study, atTime))
                    : comparisons(outcome, study, atTime, multiArm), Optional.empty());
        } catch (Unusable e) {
            return StudyData.missing(study, rows, e.getMessage());
        }
    }

    /**
     * Applies Cochrane Handbook 10.5.2 across studies: MD may combine change scores and final values (noted); SMD
     * pools final values when any study has them, so a study using change scores falls back on its own final
     * values if the time-point rule finds usable ones, and is otherwise left out with the reason.
     */
    private List<StudyData> harmonise(OutcomePlan outcome, List<StudyData> perStudy, MultiArmRule multiArm,
                                      List<String> notes) {
        List<String> changeStudies = studyIds(perStudy, StudyData::usesChangeScores);
        if (changeStudies.isEmpty()) {
            return perStudy;
        }
        String measure = outcome.measure().equals("SMD") ? "standardised mean difference" : "mean difference";
        if (studyIds(perStudy, StudyData::usesFinalValues).isEmpty()) {
            notes.add("Every study with usable data reports change from baseline: the " + measure
                    + " is one of change scores.");
            return perStudy;
        }
        if (!outcome.measure().equals("SMD")) {
            notes.add("Change-from-baseline scores and final values are combined in the mean difference (allowed for"
                    + " MD, Cochrane Handbook 10.5.2); change scores from: " + String.join(", ", changeStudies) + ".");
            return perStudy;
        }
        List<StudyData> out = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (StudyData d : perStudy) {
            if (!d.usesChangeScores()) {
                out.add(d);
                continue;
            }
            List<ArmOutcomeResult> finals = d.rows().stream()
                    .filter(r -> r.valueKind() == ArmOutcomeResult.ValueKind.FINAL).toList();
            Optional<StudyData> retry = finals.isEmpty() ? Optional.empty()
                    : Optional.of(studyData(outcome, d.study(), finals, multiArm));
            if (retry.isPresent() && retry.get().reason().isEmpty()) {
                String note = "final values used, as the standardised mean difference pools final values; change "
                        + "from baseline at " + timepoints(d.rows().stream()
                        .filter(r -> r.valueKind() == ArmOutcomeResult.ValueKind.CHANGE).toList()) + " not used";
                out.add(new StudyData(d.study(), d.rows(), retry.get().comparisons().stream()
                        .map(c -> withNote(c, note)).toList(), Optional.empty()));
                continue;
            }
            leftOut.add(d.study().studyId());
            String why = retry.map(r -> "change from baseline at the chosen time point; its final values are not "
                    + "usable (" + r.reason().get() + ")").orElse("change from baseline only");
            out.add(StudyData.missing(d.study(), d.rows(), why + ": the standardised mean difference pools the final"
                    + " values other studies report, and change scores must not be combined with them in an SMD"
                    + " (Cochrane Handbook 10.5.2)"));
        }
        if (!leftOut.isEmpty()) {
            notes.add("The standardised mean difference pools final values only (Cochrane Handbook 10.5.2); left out"
                    + " because they give change from baseline without usable final values: "
                    + String.join(", ", leftOut) + ".");
        }
        return out;
    }

    private static List<String> studyIds(List<StudyData> perStudy, java.util.function.Predicate<StudyData> which) {
        return perStudy.stream().filter(which).map(d -> d.study().studyId()).distinct().toList();
    }

    private static StudyOutcomeData withNote(StudyOutcomeData d, String note) {
        List<String> notes = new ArrayList<>(d.notes());
        notes.add(note);
        return new StudyOutcomeData(d.studyId(), d.label(), d.timepointDays(), d.timepointAsPrinted(), d.treatment(),
                d.control(), d.valueKind(), d.attributes(), notes, d.sourceRefs(), d.estimate());
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
                                               List<ArmOutcomeResult> allKinds, MultiArmRule multiArm) {
        List<String> notes = new ArrayList<>();
        ArmOutcomeResult.ValueKind kind = oneKind(study, allKinds, notes);
        List<ArmOutcomeResult> rows = allKinds.stream().filter(r -> r.valueKind() == kind).toList();
        List<ArmOutcomeResult> cell = byRole(study, rows, ExtractedArm.Role.EXPERIMENTAL);
        List<ArmOutcomeResult> control = byRole(study, rows, ExtractedArm.Role.CONTROL);
        if (cell.isEmpty()) {
            throw new Unusable("no experimental arm reported at this time point" + where(rows));
        }
        if (control.isEmpty()) {
            throw new Unusable("no control arm reported at this time point" + where(rows));
        }
        if (control.size() > 1) {
            throw new Unusable("several control arms (" + labels(control) + "): not handled automatically");
        }
        List<ArmData> treatments = new ArrayList<>();
        for (ArmOutcomeResult r : cell) {
            treatments.add(armData(outcome, study, r).withTreatment(treatment(study, r.armLabel())));
        }
        ArmData ctrl = armData(outcome, study, control.get(0))
                .withTreatment(treatment(study, control.get(0).armLabel()));
        StudyAttributes attributes = StudyAttributes.yearOnly(study);
        Set<String> refs = new LinkedHashSet<>();
        rows.forEach(r -> refs.addAll(r.sourceRefs()));
        ArmOutcomeResult first = rows.get(0);
        treatments.stream().filter(ArmData::imputed).forEach(a -> notes.add(a.label() + ": " + a.imputation().get()));
        if (ctrl.imputed()) {
            notes.add(ctrl.label() + ": " + ctrl.imputation().get());
        }
        if (first.timepointDays().isEmpty()) {
            notes.add(StudyOutcomeData.timePointNote(first.timepointAsPrinted()));
        }
        notes.addAll(RowNotes.of(rows));
        if (treatments.size() == 1) {
            return List.of(new StudyOutcomeData(study.studyId(), study.studyId(), first.timepointDays(),
                    first.timepointAsPrinted(), treatments.get(0), ctrl, kind, attributes, notes, List.copyOf(refs)));
        }
        if (multiArm == MultiArmRule.COMBINE_ARMS) {
            ArmData combined = MultiArm.combine(treatments, outcome.isContinuous());
            notes.add(treatments.size() + " experimental arms combined into one group (Cochrane Handbook 23.3.4)");
            return List.of(new StudyOutcomeData(study.studyId(), study.studyId(), first.timepointDays(),
                    first.timepointAsPrinted(), combined, ctrl, kind, attributes, notes, List.copyOf(refs)));
        }
        List<StudyOutcomeData> out = new ArrayList<>();
        List<ArmData> shares = MultiArm.splitControl(ctrl, treatments.size(), outcome.isContinuous());
        for (int i = 0; i < treatments.size(); i++) {
            List<String> n = new ArrayList<>(notes);
            n.add("shared control group split between " + treatments.size() + " comparisons (Cochrane Handbook 23.3.4)");
            out.add(new StudyOutcomeData(study.studyId(), study.studyId() + " (" + treatments.get(i).label() + ")",
                    first.timepointDays(), first.timepointAsPrinted(), treatments.get(i), shares.get(i), kind,
                    attributes, n, List.copyOf(refs)));
        }
        return out;
    }

    /**
     * A study's own estimate (generic measure): the one row at the chosen time point that gives one. A ratio is
     * logged, and a standard error missing is taken from the confidence interval as (upper - lower) / (2 z), on the
     * log scale for ratios, z being the normal quantile of the interval's level. For the ratio scale effect_se is the
     * standard error of the log ratio.
     */
    private static StudyOutcomeData generic(OutcomePlan outcome, ExtractedStudy study, List<ArmOutcomeResult> rows) {
        List<ArmOutcomeResult> given = rows.stream().filter(r -> r.estimate().isPresent()).toList();
        if (given.isEmpty()) {
            throw new Unusable("no study-level estimate (effect with effect_se or a confidence interval) at this time"
                    + " point" + where(rows));
        }
        if (given.size() > 1) {
            throw new Unusable("several study-level estimates at this time point (rows of " + labels(given)
                    + "): not handled automatically");
        }
        ArmOutcomeResult r = given.get(0);
        EffectEstimate e = r.estimate().get();
        boolean ratio = outcome.isRatio();
        if (ratio && (e.effect() <= 0 || e.ciLower().orElse(1) <= 0)) {
            throw new Unusable("a ratio and its confidence interval must be > 0 (the outcome's scale is ratio), found "
                    + plain(e.effect()) + e.ciLower().stream().mapToObj(l -> " [" + plain(l) + ", "
                    + plain(e.ciUpper().getAsDouble()) + "]").findFirst().orElse(""));
        }
        double yi = ratio ? Math.log(e.effect()) : e.effect();
        double sei;
        String derivation;
        List<Derivation> how = new ArrayList<>();
        if (e.se().isPresent()) {
            sei = e.se().getAsDouble();
            derivation = "estimate " + plain(e.effect()) + " with its standard error " + plain(sei)
                    + (ratio ? " (of the log ratio)" : "");
        } else {
            double z = NORMAL.inverseCumulativeProbability(1 - (1 - e.ciLevel() / 100) / 2);
            double lo = e.ciLower().getAsDouble();
            double hi = e.ciUpper().getAsDouble();
            sei = ratio ? (Math.log(hi) - Math.log(lo)) / (2 * z) : (hi - lo) / (2 * z);
            derivation = String.format(Locale.ROOT, "standard error from the %s%% confidence interval %s to %s%s",
                    plain(e.ciLevel()), plain(lo), plain(hi), ratio ? " on the log scale" : "");
            Map<String, Double> printed = new LinkedHashMap<>();
            printed.put("effect", e.effect());
            printed.put("lower", lo);
            printed.put("upper", hi);
            printed.put("level", e.ciLevel());
            how.add(new Derivation(Derivation.Method.CI_TO_SE, printed, OptionalDouble.empty(), OptionalDouble.empty()));
        }
        if (!(sei > 0)) {
            throw new Unusable("the estimate's standard error is 0 (a confidence interval of zero width)");
        }
        OptionalInt control = rows.stream().filter(x -> study.arm(x.armLabel())
                        .map(a -> a.role() == ExtractedArm.Role.CONTROL).orElse(false)).filter(x -> x.n().isPresent())
                .mapToInt(x -> x.n().getAsInt()).findFirst();
        List<String> notes = new ArrayList<>();
        notes.add(derivation);
        if (r.timepointDays().isEmpty()) {
            notes.add(StudyOutcomeData.timePointNote(r.timepointAsPrinted()));
        }
        // The arms carry n only (0 when not given): the estimate is the study's, not computed from arm numbers.
        Optional<String> controlTreatment = study.arms().stream().filter(a -> a.role() == ExtractedArm.Role.CONTROL)
                .findFirst().flatMap(study::treatment);
        return new StudyOutcomeData(study.studyId(), study.studyId(), r.timepointDays(), r.timepointAsPrinted(),
                new ArmData(r.armLabel(), r.n().orElse(0), OptionalDouble.empty(), OptionalDouble.empty(),
                        OptionalInt.empty(), Optional.empty(), treatment(study, r.armLabel()), how),
                new ArmData("control", control.orElse(0), OptionalDouble.empty(), OptionalDouble.empty(),
                        OptionalInt.empty(), Optional.empty(), controlTreatment),
                r.valueKind(), StudyAttributes.yearOnly(study), notes, r.sourceRefs(),
                Optional.of(new StudyLevelEstimate(yi, sei, derivation)));
    }

    /**
     * The one kind of value the comparison uses: final values when every compared arm has them, else changes from
     * baseline when every arm has those; arms of different kinds cannot be compared.
     */
    private static ArmOutcomeResult.ValueKind oneKind(ExtractedStudy study, List<ArmOutcomeResult> rows,
                                                      List<String> notes) {
        Map<String, Set<ArmOutcomeResult.ValueKind>> kinds = new LinkedHashMap<>();
        rows.stream().filter(r -> study.arm(r.armLabel()).map(a -> a.role() != ExtractedArm.Role.OTHER).orElse(false))
                .forEach(r -> kinds.computeIfAbsent(r.armLabel(), k -> EnumSet.noneOf(ArmOutcomeResult.ValueKind.class))
                        .add(r.valueKind()));
        if (kinds.isEmpty()) {
            // Nothing to compare: keep the rows as they are, so the reason names the arms reported.
            return rows.get(0).valueKind();
        }
        boolean bothSomewhere = kinds.values().stream().anyMatch(k -> k.size() > 1);
        if (kinds.values().stream().allMatch(k -> k.contains(ArmOutcomeResult.ValueKind.FINAL))) {
            if (bothSomewhere) {
                notes.add("final values used; change from baseline also reported");
            }
            return ArmOutcomeResult.ValueKind.FINAL;
        }
        if (kinds.values().stream().allMatch(k -> k.contains(ArmOutcomeResult.ValueKind.CHANGE))) {
            notes.add(bothSomewhere ? "change from baseline used: final values not reported for every arm"
                    : "change from baseline");
            return ArmOutcomeResult.ValueKind.CHANGE;
        }
        String byArm = kinds.entrySet().stream().map(e -> e.getKey() + ": " + (e.getValue()
                        .contains(ArmOutcomeResult.ValueKind.FINAL) ? "final values" : "change from baseline"))
                .collect(Collectors.joining("; "));
        throw new Unusable("arms report different kinds of values (" + byArm + "); a comparison needs final values"
                + " in every arm or changes from baseline in every arm");
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
        List<Derivation> how = new ArrayList<>();
        if (r.valueKind() == ArmOutcomeResult.ValueKind.CHANGE) {
            how.add(Derivation.disclosure(Derivation.Method.CHANGE_FROM_BASELINE));
        }
        if (r.mean().isPresent() && r.sd().isPresent()) {
            how.addAll(DerivationNotes.read(r.notes().orElse(""), r.sd().getAsDouble()));
            return ArmData.continuous(r.armLabel(), n, r.mean().getAsDouble(), r.sd().getAsDouble(), Optional.empty())
                    .withDerivations(how);
        }
        if (r.median().isPresent() && r.q1().isPresent() && r.q3().isPresent()) {
            try {
                ImputedMoments m = MedianConversion.fromQuartiles(n, r.q1().getAsDouble(), r.median().getAsDouble(),
                        r.q3().getAsDouble());
                Map<String, Double> printed = new LinkedHashMap<>();
                printed.put("n", (double) n);
                printed.put("median", r.median().getAsDouble());
                printed.put("q1", r.q1().getAsDouble());
                printed.put("q3", r.q3().getAsDouble());
                how.add(new Derivation(Derivation.Method.MEDIAN_IQR, printed, OptionalDouble.of(m.mean()),
                        OptionalDouble.of(m.sd())));
                return ArmData.continuous(r.armLabel(), n, m.mean(), m.sd(), Optional.of(String.format(Locale.ROOT,
                        "mean and SD imputed from median %s [IQR %s-%s] (%s; %s)", plain(r.median().getAsDouble()),
                        plain(r.q1().getAsDouble()), plain(r.q3().getAsDouble()), m.meanMethod(), m.sdMethod())))
                        .withDerivations(how);
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

    /** What the study's arm with this label received, as the study names it (see ExtractedStudy#treatment). */
    private static Optional<String> treatment(ExtractedStudy study, String armLabel) {
        return study.arm(armLabel).flatMap(study::treatment);
    }

    private static List<ArmOutcomeResult> byRole(ExtractedStudy study, List<ArmOutcomeResult> rows,
                                                 ExtractedArm.Role role) {
        return rows.stream().filter(r -> study.arm(r.armLabel()).map(a -> a.role() == role).orElse(false)).toList();
    }

    private static boolean sameTime(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.getAsDouble() == b.getAsDouble());
    }

    private static String timepoints(List<ArmOutcomeResult> rows) {
        return rows.stream().map(r -> r.timepointDays().isPresent() ? Plurals.of(plain(r.timepointDays().getAsDouble()), "day", "days")
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
