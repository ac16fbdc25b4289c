package org.evsyn.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A between-group analysis posted with an outcome measure (e.g. an odds ratio with its CI and p-value).
 *
 * @param groupIds          the compared groups of the measure
 * @param method            statistical method as posted
 * @param paramType         estimate type as posted ("Odds Ratio (OR)", "Mean Difference (Final Values)", ...)
 * @param paramValue        the estimate
 * @param ciPercent         confidence level of the interval, when posted
 * @param ciLower           lower CI limit
 * @param ciUpper           upper CI limit
 * @param pValue            p-value with any qualifier kept as a bound
 * @param dispersionType    dispersion of the estimate, when posted
 * @param dispersionValue   its value
 * @param groupDescription  what was compared and how, as posted
 * @param nonInferiorityType {@code SUPERIORITY}, {@code NON_INFERIORITY}, {@code EQUIVALENCE}, ... as posted
 * @param ciNumSides        {@code ONE_SIDED} or {@code TWO_SIDED}: how to read the interval
 */
public record StatisticalAnalysis(
        List<String> groupIds,
        Optional<String> method,
        Optional<String> paramType,
        NumericValue paramValue,
        NumericValue ciPercent,
        NumericValue ciLower,
        NumericValue ciUpper,
        NumericValue pValue,
        Optional<String> dispersionType,
        NumericValue dispersionValue,
        Optional<String> groupDescription,
        Optional<String> nonInferiorityType,
        Optional<String> ciNumSides) {
    public StatisticalAnalysis {
        groupIds = List.copyOf(groupIds);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(paramType, "paramType");
        Objects.requireNonNull(paramValue, "paramValue");
        Objects.requireNonNull(ciPercent, "ciPercent");
        Objects.requireNonNull(ciLower, "ciLower");
        Objects.requireNonNull(ciUpper, "ciUpper");
        Objects.requireNonNull(pValue, "pValue");
        Objects.requireNonNull(dispersionType, "dispersionType");
        Objects.requireNonNull(dispersionValue, "dispersionValue");
        Objects.requireNonNull(groupDescription, "groupDescription");
        Objects.requireNonNull(nonInferiorityType, "nonInferiorityType");
        Objects.requireNonNull(ciNumSides, "ciNumSides");
    }

    /** An analysis posted without a description, hypothesis type or sides of its interval. */
    public StatisticalAnalysis(List<String> groupIds, Optional<String> method, Optional<String> paramType,
                               NumericValue paramValue, NumericValue ciPercent, NumericValue ciLower,
                               NumericValue ciUpper, NumericValue pValue, Optional<String> dispersionType,
                               NumericValue dispersionValue) {
        this(groupIds, method, paramType, paramValue, ciPercent, ciLower, ciUpper, pValue, dispersionType,
                dispersionValue, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
