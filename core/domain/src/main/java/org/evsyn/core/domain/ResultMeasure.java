package org.evsyn.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A posted outcome measure or baseline characteristic with its per-group measurements.
 *
 * @param module            OUTCOME or BASELINE
 * @param type              PRIMARY, SECONDARY, OTHER_PRE_SPECIFIED, POST_HOC (outcomes only)
 * @param title             as posted
 * @param description       as posted
 * @param timeFrame         as posted, e.g. "Day 90"
 * @param paramType         MEAN, MEDIAN, COUNT_OF_PARTICIPANTS, LEAST_SQUARES_MEAN, ...
 * @param dispersionType    how spread/limits are to be read
 * @param dispersionAsGiven the dispersion text as posted
 * @param unit              unit of measure
 * @param groups            the measure's groups (ids local to this measure)
 * @param measurements      the cells
 * @param analyses          between-group analyses posted for this measure
 * @param populationDescription who was analysed, as posted (often why the denominators differ from the arms)
 */
public record ResultMeasure(
        ResultGroup.ResultModule module,
        Optional<String> type,
        String title,
        Optional<String> description,
        Optional<String> timeFrame,
        Optional<String> paramType,
        DispersionType dispersionType,
        Optional<String> dispersionAsGiven,
        Optional<String> unit,
        List<ResultGroup> groups,
        List<Measurement> measurements,
        List<StatisticalAnalysis> analyses,
        Optional<String> populationDescription) {
    public ResultMeasure {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(timeFrame, "timeFrame");
        Objects.requireNonNull(paramType, "paramType");
        Objects.requireNonNull(dispersionType, "dispersionType");
        Objects.requireNonNull(dispersionAsGiven, "dispersionAsGiven");
        Objects.requireNonNull(unit, "unit");
        groups = List.copyOf(groups);
        measurements = List.copyOf(measurements);
        analyses = List.copyOf(analyses);
        Objects.requireNonNull(populationDescription, "populationDescription");
    }

    /** A measure posted without a population description. */
    public ResultMeasure(ResultGroup.ResultModule module, Optional<String> type, String title,
                         Optional<String> description, Optional<String> timeFrame, Optional<String> paramType,
                         DispersionType dispersionType, Optional<String> dispersionAsGiven, Optional<String> unit,
                         List<ResultGroup> groups, List<Measurement> measurements, List<StatisticalAnalysis> analyses) {
        this(module, type, title, description, timeFrame, paramType, dispersionType, dispersionAsGiven, unit, groups,
                measurements, analyses, Optional.empty());
    }
}
