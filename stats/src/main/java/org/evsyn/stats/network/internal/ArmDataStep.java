package org.evsyn.stats.network.internal;

import org.evsyn.stats.StatsException;
import org.evsyn.stats.effect.ContinuityCorrection;
import org.evsyn.stats.effect.EffectMeasure;
import org.evsyn.stats.network.BinaryArm;
import org.evsyn.stats.network.ContinuousArm;
import org.evsyn.stats.network.NetworkArm;
import org.evsyn.stats.network.NetworkOptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arms to contrasts: groups the arms by study, drops double-zero studies, applies the continuity correction per
 * study, and puts each study's baseline arm (the reference's, else its first) first.
 */
public final class ArmDataStep {

    private ArmDataStep() {
    }

    /**
     * Runs the data step.
     *
     * @param arms    the arms
     * @param options measure, reference, correction
     * @return the analysed network
     */
    public static NetworkData run(List<? extends NetworkArm> arms, NetworkOptions options) {
        EffectMeasure measure = options.measure();
        if (arms.isEmpty()) {
            throw new StatsException("no arms: a network meta-analysis needs at least one study with two arms");
        }
        Map<String, List<NetworkArm>> byStudy = new LinkedHashMap<>();
        for (NetworkArm arm : arms) {
            checkType(arm, measure);
            byStudy.computeIfAbsent(arm.study(), s -> new ArrayList<>()).add(arm);
        }
        List<List<NetworkArm>> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (Map.Entry<String, List<NetworkArm>> e : byStudy.entrySet()) {
            List<NetworkArm> study = e.getValue();
            checkStudy(e.getKey(), study);
            if (measure.isBinary() && options.correction().dropDoubleZero() && doubleZero(study)) {
                dropped.add(e.getKey());
            } else {
                kept.add(study);
            }
        }
        if (kept.isEmpty()) {
            throw new StatsException("no study left: every study had no events (or only events) in all arms");
        }
        Set<String> present = new HashSet<>();
        for (List<NetworkArm> study : kept) {
            for (NetworkArm arm : study) {
                present.add(arm.treatment());
            }
        }
        List<String> treatments = TreatmentOrder.order(present, options.reference());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < treatments.size(); i++) {
            index.put(treatments.get(i), i);
        }
        List<StudyBlock> blocks = new ArrayList<>();
        List<int[]> designs = new ArrayList<>();
        for (List<NetworkArm> study : kept) {
            StudyBlock block = block(study, index, options);
            blocks.add(block);
            designs.add(block.arms());
        }
        TreatmentOrder.requireConnected(treatments, designs);
        return new NetworkData(treatments, blocks, dropped, true);
    }

    private static void checkType(NetworkArm arm, EffectMeasure measure) {
        boolean ok = switch (measure) {
            case OR, RR -> arm instanceof BinaryArm;
            case MD -> arm instanceof ContinuousArm;
            default -> false;
        };
        if (!ok) {
            String wanted = switch (measure) {
                case OR, RR -> "events and n (a binary arm)";
                case MD -> "mean, sd and n (a continuous arm)";
                default -> "pairwise contrasts, not arms";
            };
            throw new StatsException("study '" + arm.study() + "', treatment '" + arm.treatment() + "': measure "
                    + measure + " needs " + wanted);
        }
    }

    private static void checkStudy(String study, List<NetworkArm> arms) {
        if (arms.size() < 2) {
            throw new StatsException("study '" + study + "' has one arm (treatment '" + arms.get(0).treatment()
                    + "'); a study needs at least two");
        }
        Set<String> seen = new HashSet<>();
        for (NetworkArm arm : arms) {
            if (!seen.add(arm.treatment())) {
                throw new StatsException("study '" + study + "', field treatment: treatment '" + arm.treatment()
                        + "' appears in more than one arm");
            }
        }
    }

    private static boolean doubleZero(List<NetworkArm> study) {
        boolean allNone = true;
        boolean allAll = true;
        for (NetworkArm arm : study) {
            BinaryArm b = (BinaryArm) arm;
            allNone &= b.events() == 0;
            allAll &= b.events() == b.n();
        }
        return allNone || allAll;
    }

    private static boolean zeroCell(List<NetworkArm> study) {
        for (NetworkArm arm : study) {
            BinaryArm b = (BinaryArm) arm;
            if (b.events() == 0 || b.events() == b.n()) {
                return true;
            }
        }
        return false;
    }

    private static StudyBlock block(List<NetworkArm> study, Map<String, Integer> index, NetworkOptions options) {
        String label = study.get(0).study();
        int a = study.size();
        int base = 0;
        for (int i = 0; i < a; i++) {
            if (index.get(study.get(i).treatment()) == 0) {
                base = i;
            }
        }
        List<NetworkArm> ordered = new ArrayList<>(a);
        ordered.add(study.get(base));
        for (int i = 0; i < a; i++) {
            if (i != base) {
                ordered.add(study.get(i));
            }
        }
        int[] arms = new int[a];
        double[] theta = new double[a];
        double[] u = new double[a];
        double[] n = new double[a];
        double cc = correction(study, options);
        for (int i = 0; i < a; i++) {
            NetworkArm arm = ordered.get(i);
            arms[i] = index.get(arm.treatment());
            if (arm instanceof BinaryArm b) {
                n[i] = b.n();
                double x = b.events() + cc;
                double size = b.n() + 2 * cc;
                if (options.measure() == EffectMeasure.OR) {
                    theta[i] = Math.log(x / (size - x));
                    u[i] = 1 / x + 1 / (size - x);
                } else {
                    theta[i] = Math.log(x / size);
                    u[i] = 1 / x - 1 / size;
                }
                if (!Double.isFinite(theta[i]) || !Double.isFinite(u[i])) {
                    throw new StatsException("study '" + label + "', treatment '" + b.treatment()
                            + "', field events: a zero cell (" + b.events() + " of " + b.n()
                            + ") needs a continuity correction, but the rule is " + options.correction().rule());
                }
            } else {
                ContinuousArm c = (ContinuousArm) arm;
                n[i] = c.n();
                theta[i] = c.mean();
                u[i] = c.sd() * c.sd() / c.n();
            }
        }
        return new StudyBlock(label, arms, theta, u, n);
    }

    private static double correction(List<NetworkArm> study, NetworkOptions options) {
        if (!options.measure().isBinary()) {
            return 0;
        }
        ContinuityCorrection cc = options.correction();
        return switch (cc.rule()) {
            case ALL -> cc.value();
            case ONLY0 -> zeroCell(study) ? cc.value() : 0;
            case NONE -> 0;
        };
    }

}
