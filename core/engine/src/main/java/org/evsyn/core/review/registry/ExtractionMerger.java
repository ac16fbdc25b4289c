package org.evsyn.core.review.registry;

import org.evsyn.core.domain.ArmOutcomeResult;
import org.evsyn.core.domain.InterventionDetails;
import org.evsyn.core.domain.ExtractedArm;
import org.evsyn.core.domain.ExtractedStudy;
import org.evsyn.core.review.plan.OutcomePlan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges registry-derived outcome data into the reviewers' extracted studies.
 *
 * <p>A registration belongs to the study whose {@code registryIds} list its trial id (so a trial's registration
 * and papers form one study). For each planned outcome:
 * <ul>
 *   <li>when the sheet has rows for the outcome, the sheet wins: registry rows are not added, and each registry row
 *       with a sheet row for the same arm, time point and value kind (final value or change from baseline) is
 *       compared with it; numbers that differ beyond rounding
 *       become {@link DataConflict}s (counts n and events must be equal; mean, SD, median and quartiles may differ
 *       by 1% of the larger magnitude or 0.005, whichever is more);</li>
 *   <li>when the sheet has nothing for the outcome, the registry rows are added as they are (source
 *       {@code registry:<trial id>}), on the sheet's arms where they match, else on new arms.</li>
 * </ul>
 * Registry arms go to sheet arms by role when each side has exactly one arm of that role, else by label (equal, or
 * one containing the other, ignoring case and punctuation). Two time points are the same when they differ by at
 * most 7 days or 5% of the later one ("Week 12" and "3 months", "52 weeks" and "12 months").
 *
 * <p>A registration with usable results that no study links becomes a study of its own, with its trial id as the
 * study id and its posted groups as arms: so trials found only in the registry still enter the analysis, and the
 * report can show them as registry-only. A registration linked by several studies is not merged at all (noted),
 * since it is unclear which study it belongs to.
 */
public final class ExtractionMerger {

    private static final double REL_TOLERANCE = 0.01;
    private static final double ABS_TOLERANCE = 0.005;

    /** {@code studies} with {@code registry} data merged in, with the conflicts and what was not merged. */
    public MergeResult merge(List<ExtractedStudy> studies, List<RegistryExtraction> registry) {
        Map<String, List<RegistryExtraction>> byTrial = new LinkedHashMap<>();
        registry.stream().filter(RegistryExtraction::hasData)
                .forEach(e -> byTrial.computeIfAbsent(trialKey(e.trialId()), k -> new ArrayList<>()).add(e));
        Map<String, List<String>> linkedBy = new LinkedHashMap<>();
        for (ExtractedStudy s : studies) {
            s.registryIds().stream().map(ExtractionMerger::trialKey).distinct().filter(byTrial::containsKey)
                    .forEach(id -> linkedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(s.studyId()));
        }
        List<ExtractedStudy> out = new ArrayList<>();
        List<DataConflict> conflicts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        linkedBy.forEach((id, ids) -> {
            if (ids.size() > 1) {
                notes.add(id + ": linked by several studies (" + String.join(", ", ids)
                        + "); registry results not merged");
            }
        });
        for (ExtractedStudy study : studies) {
            ExtractedStudy s = study;
            for (String id : study.registryIds().stream().map(ExtractionMerger::trialKey).distinct().toList()) {
                if (byTrial.containsKey(id) && linkedBy.get(id).size() == 1) {
                    for (RegistryExtraction e : byTrial.get(id)) {
                        s = apply(s, e, conflicts, notes);
                    }
                }
            }
            out.add(s);
        }
        Set<String> usedIds = new HashSet<>();
        studies.forEach(s -> usedIds.add(s.studyId()));
        List<String> added = new ArrayList<>();
        byTrial.forEach((id, list) -> {
            if (!linkedBy.containsKey(id)) {
                ExtractedStudy s = newStudy(usedIds.contains(id) ? id + " (registry)" : id, list, notes);
                out.add(s);
                added.add(s.studyId());
            }
        });
        return new MergeResult(out, conflicts, added, notes);
    }

    private static ExtractedStudy apply(ExtractedStudy study, RegistryExtraction e, List<DataConflict> conflicts,
                                        List<String> notes) {
        OutcomePlan plan = e.outcome();
        String ref = RegistryOutcomeData.sourceRef(e.trialId());
        List<ArmOutcomeResult> forOutcome = study.results().stream().filter(r -> plan.matches(r.outcome())).toList();
        if (forOutcome.stream().anyMatch(r -> r.sourceRefs().contains(ref))) {
            notes.add(study.studyId() + ": " + plan.name() + " from " + e.trialId() + " already merged");
            return study;
        }
        Map<String, GroupArm> registryArms = new LinkedHashMap<>();
        e.measures().forEach(d -> d.arms().forEach(r -> registryArms.putIfAbsent(r.arm().label(), r.arm())));
        Map<String, String> armMap = mapArms(study.arms(), List.copyOf(registryArms.values()));
        if (!forOutcome.isEmpty()) {
            compare(study, e, forOutcome, armMap, conflicts, notes);
            return study;
        }
        List<ExtractedArm> arms = new ArrayList<>(study.arms());
        Set<String> labels = new HashSet<>();
        arms.forEach(a -> labels.add(a.label()));
        for (GroupArm g : registryArms.values()) {
            if (!armMap.containsKey(g.label())) {
                String label = unique(g.label(), labels);
                arms.add(new ExtractedArm(label, g.role(), OptionalInt.empty(), g.treatment()));
                armMap.put(g.label(), label);
                notes.add(study.studyId() + ": arm '" + label + "' added from " + e.trialId() + " (" + g.why() + ")");
            }
        }
        List<ArmOutcomeResult> results = new ArrayList<>(study.results());
        e.measures().forEach(d -> d.arms().forEach(r -> results.add(onArm(r.result(), armMap.get(r.arm().label())))));
        List<String> refs = new ArrayList<>(study.sourceRefs());
        if (!refs.contains(ref)) {
            refs.add(ref);
        }
        notes.add(study.studyId() + ": " + plan.name() + " taken from " + e.trialId()
                + " posted results (the sheet has none)");
        ExtractedStudy.Part part = study.part() == ExtractedStudy.Part.CHARACTERISTICS
                ? ExtractedStudy.Part.COMBINED : study.part();
        return new ExtractedStudy(study.studyId(), part, study.firstAuthor(), study.year(),
                study.registryIdsAsPrinted(), study.registryIds(), study.country(), study.phase(), study.blinding(),
                study.intervention(), study.dosesPerKg(), study.bodyWeightKg(), study.stageAsGiven(), study.followupMonths(), arms,
                study.nBasis(), results, refs, study.notes(), study.customColumns());
    }

    private static void compare(ExtractedStudy study, RegistryExtraction e, List<ArmOutcomeResult> sheetRows,
                                Map<String, String> armMap, List<DataConflict> conflicts, List<String> notes) {
        for (RegistryOutcomeData d : e.measures()) {
            for (RegistryArmRow row : d.arms()) {
                String sheetArm = armMap.get(row.arm().label());
                if (sheetArm == null) {
                    notes.add(study.studyId() + ": registry arm '" + row.arm().label() + "' of " + e.trialId()
                            + " matches no arm of the sheet; " + d.outcome() + " not compared for it");
                    continue;
                }
                ArmOutcomeResult reg = row.result();
                List<ArmOutcomeResult> atTime = sheetRows.stream().filter(r -> r.armLabel().equals(sheetArm)
                        && sameTime(r.timepointDays(), reg.timepointDays())).toList();
                if (atTime.isEmpty()) {
                    notes.add(study.studyId() + ": " + e.trialId() + " posts " + d.outcome() + " for arm '" + sheetArm
                            + "' at " + reg.timepointAsPrinted().orElse("an unstated time")
                            + ", the sheet does not; not added, as the sheet reports this outcome");
                    continue;
                }
                // A change from baseline and a final value differ by design: comparing them is no conflict check.
                Optional<ArmOutcomeResult> sheet = atTime.stream().filter(r -> r.valueKind() == reg.valueKind())
                        .findFirst();
                if (sheet.isEmpty()) {
                    notes.add(study.studyId() + ": " + e.trialId() + " posts " + d.outcome() + " for arm '" + sheetArm
                            + "' as " + kind(reg.valueKind()) + ", the sheet has " + kind(atTime.get(0).valueKind())
                            + "; not compared");
                    continue;
                }
                Conflicts c = new Conflicts(study.studyId(), e.trialId(), d, sheetArm, row.arm().label(),
                        sheet.get(), reg, conflicts);
                c.ofCount("n", ArmOutcomeResult::n);
                c.ofCount("events", ArmOutcomeResult::events);
                c.ofValue("mean", ArmOutcomeResult::mean);
                c.ofValue("sd", ArmOutcomeResult::sd);
                c.ofValue("median", ArmOutcomeResult::median);
                c.ofValue("q1", ArmOutcomeResult::q1);
                c.ofValue("q3", ArmOutcomeResult::q3);
            }
        }
    }

    /** Compares one sheet row with one registry row, field by field. */
    private record Conflicts(String studyId, String trialId, RegistryOutcomeData data, String sheetArm,
                             String registryArm, ArmOutcomeResult sheet, ArmOutcomeResult registry,
                             List<DataConflict> out) {
        void ofCount(String field, Function<ArmOutcomeResult, OptionalInt> get) {
            OptionalInt a = get.apply(sheet);
            OptionalInt b = get.apply(registry);
            if (a.isPresent() && b.isPresent() && a.getAsInt() != b.getAsInt()) {
                add(field, a.getAsInt(), b.getAsInt());
            }
        }

        void ofValue(String field, Function<ArmOutcomeResult, OptionalDouble> get) {
            OptionalDouble a = get.apply(sheet);
            OptionalDouble b = get.apply(registry);
            if (a.isPresent() && b.isPresent() && beyondRounding(a.getAsDouble(), b.getAsDouble())) {
                add(field, a.getAsDouble(), b.getAsDouble());
            }
        }

        private void add(String field, double sheetValue, double registryValue) {
            out.add(new DataConflict(studyId, trialId, data.outcome(), sheetArm, registryArm, sheet.timepointDays(),
                    field, sheetValue, registryValue, data.measureTitle()));
        }
    }

    static boolean beyondRounding(double a, double b) {
        double diff = Math.abs(a - b);
        return diff > Math.max(ABS_TOLERANCE, REL_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)));
    }

    static boolean sameTime(OptionalDouble a, OptionalDouble b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        double x = a.getAsDouble();
        double y = b.getAsDouble();
        return Math.abs(x - y) <= Math.max(7, 0.05 * Math.max(x, y));
    }

    // By role when the role is unique on both sides, else by label; unmatched registry arms stay out of the map.
    private static Map<String, String> mapArms(List<ExtractedArm> sheetArms, List<GroupArm> registryArms) {
        Map<String, String> map = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (ExtractedArm.Role role : ExtractedArm.Role.values()) {
            List<ExtractedArm> s = sheetArms.stream().filter(a -> a.role() == role).toList();
            List<GroupArm> r = registryArms.stream().filter(a -> a.role() == role).toList();
            if (s.size() == 1 && r.size() == 1) {
                map.put(r.get(0).label(), s.get(0).label());
                taken.add(s.get(0).label());
            }
        }
        for (GroupArm g : registryArms) {
            if (map.containsKey(g.label())) {
                continue;
            }
            String key = OutcomePlan.normalise(g.label());
            List<ExtractedArm> same = sheetArms.stream().filter(a -> !taken.contains(a.label()))
                    .filter(a -> OutcomePlan.normalise(a.label()).equals(key)).toList();
            List<ExtractedArm> near = same.isEmpty() ? sheetArms.stream().filter(a -> !taken.contains(a.label()))
                    .filter(a -> {
                        String k = OutcomePlan.normalise(a.label());
                        return Math.min(k.length(), key.length()) >= 3 && (k.contains(key) || key.contains(k));
                    }).toList() : same;
            if (near.size() == 1) {
                map.put(g.label(), near.get(0).label());
                taken.add(near.get(0).label());
            }
        }
        return map;
    }

    private static ExtractedStudy newStudy(String studyId, List<RegistryExtraction> extractions, List<String> notes) {
        String trialId = extractions.get(0).trialId();
        Map<String, ExtractedArm> arms = new LinkedHashMap<>();
        List<ArmOutcomeResult> results = new ArrayList<>();
        for (RegistryExtraction e : extractions) {
            for (RegistryOutcomeData d : e.measures()) {
                for (RegistryArmRow r : d.arms()) {
                    ExtractedArm known = arms.putIfAbsent(r.arm().label(),
                            new ExtractedArm(r.arm().label(), r.arm().role(), OptionalInt.empty(),
                                    r.arm().treatment()));
                    if (known != null && known.role() != r.arm().role()) {
                        notes.add(studyId + ": arm '" + known.label() + "' read as " + known.role() + " and as "
                                + r.arm().role() + " in different measures; the first is kept");
                    }
                    results.add(r.result());
                }
            }
        }
        notes.add(studyId + ": no study of the sheet links " + trialId + "; built from its posted results alone");
        return new ExtractedStudy(studyId, ExtractedStudy.Part.COMBINED, Optional.empty(), OptionalInt.empty(),
                Optional.of(trialId), List.of(trialId), Optional.empty(), Optional.empty(), Optional.empty(),
                InterventionDetails.none(), List.of(), OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty(),
                List.copyOf(arms.values()),
                Optional.of("participants analysed per posted outcome measure"), results,
                List.of(RegistryOutcomeData.sourceRef(trialId)),
                Optional.of("registry results only: no extraction-sheet study links this registration"));
    }

    private static ArmOutcomeResult onArm(ArmOutcomeResult r, String label) {
        return new ArmOutcomeResult(r.outcome(), r.timepointDays(), r.timepointAsPrinted(), label, r.n(), r.mean(),
                r.sd(), r.median(), r.q1(), r.q3(), r.events(), r.countKind(), r.valueKind(), r.statisticAsPrinted(),
                r.sourceRefs(), r.tableOrPage(), r.notes());
    }

    private static String kind(ArmOutcomeResult.ValueKind kind) {
        return kind == ArmOutcomeResult.ValueKind.CHANGE ? "change from baseline" : "final values";
    }

    private static String unique(String label, Set<String> labels) {
        String l = label;
        for (int i = 2; labels.contains(l); i++) {
            l = label + " (" + i + ")";
        }
        labels.add(l);
        return l;
    }

    private static String trialKey(String id) {
        return id.trim().toUpperCase(Locale.ROOT);
    }
}
