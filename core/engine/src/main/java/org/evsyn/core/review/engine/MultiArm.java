package org.evsyn.core.review.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Multi-arm trials in a pairwise analysis, as the Cochrane Handbook (section 23.3.4, and Table 6.5.a for the
 * formula that combines two groups' means and SDs) describes.
 */
final class MultiArm {

    private MultiArm() {
    }

    /** Combines experimental arms into one group: events and n add up; means and SDs combine exactly. */
    static ArmData combine(List<ArmData> arms, boolean continuous) {
        return numbers(arms, continuous).withTreatment(treatment(arms));
    }

    /** The treatments of combined arms: each distinct one once; none when an arm has none recorded. */
    private static Optional<String> treatment(List<ArmData> arms) {
        if (arms.stream().anyMatch(a -> a.treatment().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(arms.stream().map(a -> a.treatment().get()).distinct().collect(Collectors.joining(" + ")));
    }

    private static ArmData numbers(List<ArmData> arms, boolean continuous) {
        String label = arms.stream().map(ArmData::label).collect(Collectors.joining(" + "));
        if (!continuous) {
            int n = arms.stream().mapToInt(ArmData::n).sum();
            int e = arms.stream().mapToInt(a -> a.events().getAsInt()).sum();
            return ArmData.binary(label, n, e);
        }
        ArmData acc = arms.get(0);
        for (int i = 1; i < arms.size(); i++) {
            ArmData b = arms.get(i);
            int n1 = acc.n();
            int n2 = b.n();
            double m1 = acc.mean().getAsDouble();
            double m2 = b.mean().getAsDouble();
            double s1 = acc.sd().getAsDouble();
            double s2 = b.sd().getAsDouble();
            int n = n1 + n2;
            double mean = (n1 * m1 + n2 * m2) / n;
            double var = ((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2 + (double) n1 * n2 / n * (m1 - m2) * (m1 - m2)) / (n - 1);
            Optional<String> imputed = acc.imputed() || b.imputed()
                    ? Optional.of("combined from arms, some with imputed mean/SD") : Optional.empty();
            List<Derivation> how = new java.util.ArrayList<>(acc.derivations());
            how.addAll(b.derivations());
            acc = ArmData.continuous(label, n, mean, Math.sqrt(var), imputed).withDerivations(how);
        }
        return acc;
    }

    /** Splits a shared control group evenly between comparisons (n and events divided, mean and SD kept). */
    static List<ArmData> splitControl(ArmData control, int parts, boolean continuous) {
        List<ArmData> out = new ArrayList<>();
        int baseN = control.n() / parts;
        int extraN = control.n() % parts;
        int events = continuous ? 0 : control.events().getAsInt();
        int baseE = events / parts;
        int extraE = events % parts;
        for (int i = 0; i < parts; i++) {
            int n = baseN + (i < extraN ? 1 : 0);
            String label = control.label() + " (share " + (i + 1) + "/" + parts + ")";
            if (continuous) {
                out.add(new ArmData(label, n, control.mean(), control.sd(), control.events(), control.imputation(),
                        control.treatment(), control.derivations()));
            } else {
                out.add(ArmData.binary(label, n, Math.min(n, baseE + (i < extraE ? 1 : 0)))
                        .withTreatment(control.treatment()));
            }
        }
        return out;
    }
}
