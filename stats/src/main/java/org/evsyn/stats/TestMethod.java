package org.evsyn.stats;

/** Inference for the pooled effect: normal (Wald z) or Hartung–Knapp–Sidik–Jonkman t. */
public enum TestMethod {
    /** Wald z test, normal quantiles for intervals. */
    Z,
    /** Knapp–Hartung adjusted standard error, t distribution with k − p degrees of freedom (not truncated). */
    KNHA
}
