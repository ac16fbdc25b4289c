package org.evsyn.core.review.registry;

import org.evsyn.core.domain.AdverseEvent;
import org.evsyn.core.domain.AdverseEventReporting;
import org.evsyn.core.domain.AdverseEventTotal;
import org.evsyn.core.domain.ArmGroup;
import org.evsyn.core.domain.DispersionType;
import org.evsyn.core.domain.Intervention;
import org.evsyn.core.domain.Measurement;
import org.evsyn.core.domain.NumericValue;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.ResultGroup;
import org.evsyn.core.domain.ResultMeasure;
import org.evsyn.core.domain.StudyDesign;
import org.evsyn.core.domain.TrialRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Builds trial records with posted results, the way the ctgov-json adapter maps them, for registry tests. */
final class Trials {

    private final String trialId;
    private final List<ArmGroup> arms = new ArrayList<>();
    private final List<Intervention> interventions = new ArrayList<>();
    private final List<ResultMeasure> outcomes = new ArrayList<>();
    private final List<ResultGroup> aeGroups = new ArrayList<>();
    private final List<AdverseEventTotal> aeTotals = new ArrayList<>();
    private final List<AdverseEvent> aeTerms = new ArrayList<>();
    private Optional<String> aeTimeFrame = Optional.empty();

    private Trials(String trialId) {
        this.trialId = trialId;
    }

    static Trials trial(String trialId) {
        return new Trials(trialId);
    }

    /** A registered arm; intervention names as the registry prints them, e.g. "Drug: Placebo". */
    Trials arm(String label, String type, String... interventionNames) {
        arms.add(new ArmGroup(label, Optional.of(type), Optional.empty(), List.of(interventionNames)));
        return this;
    }

    Trials intervention(String name, String... armLabels) {
        interventions.add(new Intervention(name, Optional.empty(), Optional.empty(), List.of(armLabels), List.of()));
        return this;
    }

    Trials outcome(ResultMeasure m) {
        outcomes.add(m);
        return this;
    }

    /** A group of the adverse-event module with its posted deaths and serious totals (affected of at risk). */
    Trials aeGroup(String id, String title, int deaths, int serious, int atRisk) {
        aeGroups.add(new ResultGroup(ResultGroup.ResultModule.ADVERSE_EVENTS, id, title, Optional.empty()));
        aeTotals.add(new AdverseEventTotal(id, AdverseEventTotal.Kind.DEATHS, OptionalInt.of(deaths),
                OptionalInt.of(atRisk)));
        aeTotals.add(new AdverseEventTotal(id, AdverseEventTotal.Kind.SERIOUS, OptionalInt.of(serious),
                OptionalInt.of(atRisk)));
        return this;
    }

    /** An adverse-event term; {@code counts} is group id, affected, at risk, repeated. */
    Trials aeTerm(String term, String organSystem, boolean serious, Object... counts) {
        List<AdverseEvent.Count> list = new ArrayList<>();
        for (int i = 0; i < counts.length; i += 3) {
            list.add(new AdverseEvent.Count((String) counts[i], OptionalInt.of((Integer) counts[i + 1]),
                    OptionalInt.of((Integer) counts[i + 2]), OptionalInt.empty()));
        }
        aeTerms.add(new AdverseEvent(term, Optional.of(organSystem), serious, Optional.empty(), Optional.empty(),
                list));
        return this;
    }

    Trials aeTimeFrame(String text) {
        aeTimeFrame = Optional.of(text);
        return this;
    }

    TrialRecord build() {
        Registration r = new Registration("ClinicalTrials.gov", trialId, List.of(), trialId, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), StudyDesign.unknown(),
                OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(), true);
        return new TrialRecord(r, arms, interventions, aeGroups, List.of(), List.of(), outcomes, aeTerms, List.of(),
                new AdverseEventReporting(aeTimeFrame, Optional.empty(), NumericValue.missing(), aeTotals));
    }

    /** A posted outcome measure; {@code dispersion} is the text as posted, e.g. "Standard Error". */
    static MeasureBuilder measure(String type, String title, String timeFrame, String paramType, String dispersion,
                                  String unit) {
        return new MeasureBuilder(type, title, timeFrame, paramType, dispersion, unit);
    }

    static final class MeasureBuilder {
        private final String type;
        private final String title;
        private final String timeFrame;
        private final String paramType;
        private final String dispersion;
        private final String unit;
        private final List<ResultGroup> groups = new ArrayList<>();
        private final List<Measurement> cells = new ArrayList<>();
        private Optional<String> description = Optional.empty();
        private Optional<String> classTitle = Optional.empty();

        private MeasureBuilder(String type, String title, String timeFrame, String paramType, String dispersion,
                               String unit) {
            this.type = type;
            this.title = title;
            this.timeFrame = timeFrame;
            this.paramType = paramType;
            this.dispersion = dispersion;
            this.unit = unit;
        }

        MeasureBuilder description(String text) {
            this.description = Optional.of(text);
            return this;
        }

        MeasureBuilder group(String id, String title) {
            groups.add(new ResultGroup(ResultGroup.ResultModule.OUTCOME, id, title, Optional.empty()));
            return this;
        }

        /** Following cells belong to this class (null for none). */
        MeasureBuilder inClass(String title) {
            this.classTitle = Optional.ofNullable(title);
            return this;
        }

        /** A cell with value and spread (SD or SE), texts as posted. */
        MeasureBuilder spread(String groupId, String denominator, String value, String spread) {
            return cell(groupId, denominator, value, spread, "", "", null);
        }

        /** A cell with value and limits (CI, IQR or range). */
        MeasureBuilder limits(String groupId, String denominator, String value, String lower, String upper) {
            return cell(groupId, denominator, value, "", lower, upper, null);
        }

        /** A count or number without dispersion. */
        MeasureBuilder value(String groupId, String denominator, String value) {
            return cell(groupId, denominator, value, "", "", "", null);
        }

        MeasureBuilder cell(String groupId, String denominator, String value, String spread, String lower,
                            String upper, String comment) {
            cells.add(new Measurement(groupId, classTitle, Optional.empty(), NumericValue.parse(denominator),
                    NumericValue.parse(value), NumericValue.parse(spread), NumericValue.parse(lower),
                    NumericValue.parse(upper), Optional.ofNullable(comment)));
            return this;
        }

        ResultMeasure build() {
            return new ResultMeasure(ResultGroup.ResultModule.OUTCOME, Optional.of(type), title, description,
                    Optional.of(timeFrame), Optional.of(paramType), DispersionType.parse(dispersion),
                    dispersion.isEmpty() ? Optional.empty() : Optional.of(dispersion), Optional.of(unit), groups,
                    cells, List.of());
        }
    }
}
