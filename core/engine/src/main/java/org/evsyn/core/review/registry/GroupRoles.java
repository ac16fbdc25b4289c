package org.evsyn.core.review.registry;

import org.evsyn.core.domain.ArmGroup;
import org.evsyn.core.domain.ExtractedArm.Role;
import org.evsyn.core.domain.Intervention;
import org.evsyn.core.domain.ResultGroup;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.review.plan.OutcomePlan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an outcome measure's groups as arms with a role. Results groups carry no key to the protocol arms, so the
 * link is made on titles (see the field guide on results modules):
 * <ol>
 *   <li>a group whose title shows a treatment switch ("Placebo->OL CZP", "switched", "then") is {@code OTHER};</li>
 *   <li>the title is matched to a registered arm (same label ignoring case and punctuation, else the longest
 *       label one contains the other); the arm's type decides: PLACEBO_COMPARATOR, SHAM_COMPARATOR and
 *       NO_INTERVENTION are control; an arm whose every intervention is a placebo, sham, vehicle or standard care
 *       is control whatever its type; ACTIVE_COMPARATOR is other unless its label names a control; any other arm
 *       is the experimental arm;</li>
 *   <li>without a registered arm, control words in the title (placebo, sham, vehicle, control, standard or usual
 *       care, ...) make the group the control, else it is the experimental arm.</li>
 * </ol>
 * A title whose control words contradict its registered arm, a control word joined to an add-on ("Placebo plus
 * ...", "+") without naming an active intervention, or two groups matching one registered arm make the mapping
 * ambiguous: the measure is then not extracted.
 */
final class GroupRoles {

    private static final List<String> CONTROL_WORDS = List.of("placebo", "sham", "vehicle", "control", "controls",
            "standard care", "usual care", "standard of care", "standard treatment", "standard therapy",
            "standard medical treatment", "standard medical care", "best medical treatment", "best medical therapy",
            "conventional treatment", "conventional therapy", "no intervention", "no treatment");
    private static final List<String> ADD_ON_WORDS = List.of("plus", "add on", "combined with", "in addition to");
    private static final List<String> SWITCH_WORDS = List.of("switch", "switched", "crossover", "cross over", "then");
    // Analysis-set notes printed after a group title: "Placebo (FAS)", "CZP 200 mg Q2W (SS)".
    private static final Pattern ANALYSIS_SET = Pattern.compile("\\s*\\([^()]{1,30}\\)\\s*$");
    // "Drug: Placebo" in ArmGroup.interventionNames.
    private static final Pattern TYPE_PREFIX = Pattern.compile("^[A-Za-z_ ]+:\\s*");

    private GroupRoles() {
    }

    /** The groups as arms, labels unique; throws {@link Unusable} when the mapping is ambiguous. */
    static List<GroupArm> map(TrialRecord trial, List<ResultGroup> groups) {
        List<GroupArm> arms = new ArrayList<>();
        Map<String, String> groupByArm = new HashMap<>();
        for (ResultGroup g : groups) {
            GroupArm a = one(trial, g);
            if (a.registeredArm().isPresent()) {
                String other = groupByArm.put(a.registeredArm().get(), g.title());
                if (other != null) {
                    throw new Unusable("groups '" + other + "' and '" + g.title() + "' both match the registered arm '"
                            + a.registeredArm().get() + "': arm mapping ambiguous");
                }
            }
            arms.add(a);
        }
        return uniqueLabels(arms);
    }

    private static GroupArm one(TrialRecord trial, ResultGroup g) {
        String title = g.title();
        String stripped = ANALYSIS_SET.matcher(title).replaceFirst("").trim();
        String label = stripped.isEmpty() ? (title.isBlank() ? g.id() : title.trim()) : stripped;
        if (title.contains("->") || title.contains("→") || TitleMatch.containsPhrase(title, SWITCH_WORDS)) {
            return new GroupArm(g.id(), title, label, Role.OTHER, Optional.empty(),
                    "the group switched treatment during the trial", Optional.empty());
        }
        Optional<Role> byWords = keywordRole(trial, title);
        Optional<ArmGroup> arm = registeredArm(trial.arms(), label);
        if (arm.isPresent()) {
            Role byArm = armRole(trial, arm.get());
            String type = arm.get().type().orElse("no type");
            if (byWords.isPresent() && byWords.get() != byArm) {
                throw new Unusable("group '" + title + "' reads as " + name(byWords.get()) + " but matches the registered "
                        + "arm '" + arm.get().label() + "' (" + type + "), which is " + name(byArm)
                        + ": arm mapping ambiguous");
            }
            List<String> given = interventionsOf(trial, arm.get());
            return new GroupArm(g.id(), title, arm.get().label(), byArm, Optional.of(arm.get().label()),
                    "registered arm '" + arm.get().label() + "' (" + type + ")",
                    given.isEmpty() ? Optional.empty() : Optional.of(String.join(" + ", given)));
        }
        if (byWords.isPresent()) {
            return new GroupArm(g.id(), title, label, byWords.get(), Optional.empty(),
                    byWords.get() == Role.CONTROL ? "the title names a control" : "the title names the intervention",
                    Optional.empty());
        }
        return new GroupArm(g.id(), title, label, Role.EXPERIMENTAL, Optional.empty(),
                "no control named in the title: taken as an experimental arm", Optional.empty());
    }

    /** CONTROL when the title names a control only; EXPERIMENTAL when it also names an active intervention. */
    private static Optional<Role> keywordRole(TrialRecord trial, String title) {
        if (!isControlText(title)) {
            return Optional.empty();
        }
        boolean namesActive = trial.interventions().stream().filter(i -> !isControlText(i.name()))
                .anyMatch(i -> TitleMatch.containsPhrase(title, names(i)));
        if (namesActive) {
            return Optional.of(Role.EXPERIMENTAL);
        }
        if (title.contains("+") || TitleMatch.containsPhrase(title, ADD_ON_WORDS)) {
            throw new Unusable("group '" + title + "' names a control together with an add-on: arm role ambiguous");
        }
        return Optional.of(Role.CONTROL);
    }

    private static Role armRole(TrialRecord trial, ArmGroup arm) {
        String type = arm.type().orElse("").trim().toUpperCase(Locale.ROOT);
        if (type.equals("PLACEBO_COMPARATOR") || type.equals("SHAM_COMPARATOR") || type.equals("NO_INTERVENTION")) {
            return Role.CONTROL;
        }
        List<String> given = interventionsOf(trial, arm);
        if (!given.isEmpty() && given.stream().allMatch(GroupRoles::isControlText)) {
            return Role.CONTROL;
        }
        if (type.equals("ACTIVE_COMPARATOR")) {
            return isControlText(arm.label()) ? Role.CONTROL : Role.OTHER;
        }
        return given.isEmpty() && isControlText(arm.label()) ? Role.CONTROL : Role.EXPERIMENTAL;
    }

    private static List<String> interventionsOf(TrialRecord trial, ArmGroup arm) {
        Stream<String> fromArm = arm.interventionNames().stream().map(n -> TYPE_PREFIX.matcher(n).replaceFirst(""));
        Stream<String> fromInterventions = trial.interventions().stream()
                .filter(i -> i.armGroupLabels().contains(arm.label())).map(Intervention::name);
        return Stream.concat(fromArm, fromInterventions).distinct().toList();
    }

    private static Optional<ArmGroup> registeredArm(List<ArmGroup> arms, String label) {
        String key = OutcomePlan.normalise(label);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<ArmGroup> same = arms.stream().filter(a -> OutcomePlan.normalise(a.label()).equals(key)).toList();
        if (same.size() == 1) {
            return Optional.of(same.get(0));
        }
        if (same.size() > 1) {
            return Optional.empty();
        }
        List<ArmGroup> near = arms.stream().filter(a -> {
            String k = OutcomePlan.normalise(a.label());
            return Math.min(k.length(), key.length()) >= 3 && (k.contains(key) || key.contains(k));
        }).toList();
        int longest = near.stream().mapToInt(a -> OutcomePlan.normalise(a.label()).length()).max().orElse(0);
        List<ArmGroup> best = near.stream().filter(a -> OutcomePlan.normalise(a.label()).length() == longest).toList();
        return best.size() == 1 ? Optional.of(best.get(0)) : Optional.empty();
    }

    private static boolean isControlText(String text) {
        return TitleMatch.containsPhrase(text, CONTROL_WORDS);
    }

    private static List<String> names(Intervention i) {
        List<String> n = new ArrayList<>(i.otherNames());
        n.add(i.name());
        return n;
    }

    private static List<GroupArm> uniqueLabels(List<GroupArm> arms) {
        Map<String, Long> counts = new HashMap<>();
        arms.forEach(a -> counts.merge(a.label(), 1L, Long::sum));
        return arms.stream().map(a -> counts.get(a.label()) == 1 ? a : new GroupArm(a.groupId(), a.groupTitle(),
                a.label() + " [" + a.groupId() + "]", a.role(), a.registeredArm(), a.why(), a.treatment())).toList();
    }

    private static String name(Role role) {
        return switch (role) {
            case EXPERIMENTAL -> "experimental";
            case CONTROL -> "control";
            case OTHER -> "other";
        };
    }
}
