package org.evsyn.core.review.registry;

import org.evsyn.core.domain.ResultGroup;
import org.evsyn.core.domain.ResultMeasure;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.review.plan.OutcomePlan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads arm-level outcome data from the results a trial posted on its registry.
 *
 * <p>A posted outcome measure (module OUTCOME) is taken for a planned outcome when its title names the outcome:
 * the whole title equals the outcome's name or a synonym, or the title contains the words of its name, label or a
 * synonym as whole adjacent words ("Change From Baseline in NIHSS Score at Day 90" names "NIHSS"; "mRS" is not
 * found inside "MRSA"). The time point comes from the time frame ("Day 90", "Week 12", "Baseline to Month 6"; a
 * month is 30 days, a week 7, a year 365), the groups become arms by {@link GroupArm} rules, and the numbers become
 * {@link org.evsyn.core.domain.ArmOutcomeResult} rows with source reference {@code registry:<trial id>}.
 *
 * <p>When several usable measures name the outcome at one time point, one is kept, preferring in turn an exact
 * title, final values over changes from baseline (final values suit both MD and SMD), a primary outcome, and the
 * first posted; the others are listed as unusable with the reason. A measure posted per visit is a candidate at
 * each of its visits. When no posted measure names an event outcome, all-cause mortality, serious adverse events
 * and single-term system organ classes are read from the adverse-event module (see {@link AdverseEventOutcomes}). Measures naming the outcome whose numbers cannot
 * be used are listed with their reason too; measures not naming it are ignored.
 */
public final class RegistryResultExtractor {

    // Exact title first, then final values, then primary outcomes, then posting order (false sorts first).
    private static final Comparator<Candidate> PREFERENCE = Comparator
            .comparing((Candidate c) -> c.match() != TitleMatch.Kind.EXACT)
            .thenComparing(c -> c.data().changeScore())
            .thenComparing(c -> !c.data().measureType().map("PRIMARY"::equalsIgnoreCase).orElse(false))
            .thenComparingInt(Candidate::index);

    /** What the posted results of {@code trial} give for {@code outcome}. */
    public RegistryExtraction extract(OutcomePlan outcome, TrialRecord trial) {
        String trialId = trial.registration().trialId();
        List<Candidate> usable = new ArrayList<>();
        List<UnusableMeasure> unusable = new ArrayList<>();
        List<ResultMeasure> measures = trial.outcomes();
        for (int i = 0; i < measures.size(); i++) {
            ResultMeasure m = measures.get(i);
            if (m.module() != ResultGroup.ResultModule.OUTCOME) {
                continue;
            }
            Optional<TitleMatch.Kind> match = TitleMatch.of(outcome, m.title());
            if (match.isEmpty()) {
                continue;
            }
            try {
                for (RegistryOutcomeData data : MeasureReader.readAll(outcome, trial, m)) {
                    usable.add(new Candidate(i, match.get(), data));
                }
            } catch (Unusable e) {
                unusable.add(new UnusableMeasure(trialId, outcome.name(), m.title(), m.timeFrame(), e.getMessage()));
            }
        }
        // Without a posted measure naming it, an event outcome may come from the adverse-event module's totals.
        if (usable.isEmpty() && AdverseEventOutcomes.applies(outcome, trial)) {
            try {
                usable.add(new Candidate(measures.size(), TitleMatch.Kind.EXACT,
                        AdverseEventOutcomes.read(outcome, trial)));
            } catch (Unusable e) {
                unusable.add(new UnusableMeasure(trialId, outcome.name(), "adverse-event module",
                        trial.adverseEventReporting().timeFrame(), e.getMessage()));
            }
        }
        Map<String, List<Candidate>> byTime = new LinkedHashMap<>();
        for (Candidate c : usable) {
            String key = c.data().timepointDays().isPresent() ? Double.toString(c.data().timepointDays().getAsDouble())
                    : "unstated";
            byTime.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<Candidate> kept = new ArrayList<>();
        for (List<Candidate> atTime : byTime.values()) {
            Candidate best = atTime.stream().min(PREFERENCE).orElseThrow();
            kept.add(best);
            atTime.stream().filter(c -> c != best).forEach(c -> unusable.add(new UnusableMeasure(trialId,
                    outcome.name(), c.data().measureTitle(), c.data().timeFrame(),
                    "another measure of this outcome at the same time point was taken: '" + best.data().measureTitle()
                            + "' (preferred: exact title, final values, primary outcome, first posted)")));
        }
        kept.sort(Comparator.comparingInt(Candidate::index));
        return new RegistryExtraction(trialId, outcome, kept.stream().map(Candidate::data).toList(), unusable);
    }

    /**
     * Every outcome over every trial that posted results; extractions where no posted title names the outcome are
     * left out.
     */
    public List<RegistryExtraction> extractAll(List<OutcomePlan> outcomes, List<TrialRecord> trials) {
        List<RegistryExtraction> out = new ArrayList<>();
        for (TrialRecord trial : trials) {
            for (OutcomePlan outcome : outcomes) {
                if (trial.outcomes().isEmpty() && !AdverseEventOutcomes.applies(outcome, trial)) {
                    continue;
                }
                RegistryExtraction e = extract(outcome, trial);
                if (e.hasData() || !e.unusable().isEmpty()) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** A usable reading: of posted measure {@code index}, or (index past the measures) of the adverse events. */
    private record Candidate(int index, TitleMatch.Kind match, RegistryOutcomeData data) {
    }
}
