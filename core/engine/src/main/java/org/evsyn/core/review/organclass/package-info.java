/**
 * Adverse events pooled by system organ class: arm-level counts from the extraction sheets' {@code soc:} rows and
 * from posted registry results, one pooled odds ratio per class with outlier flags and small-study tests.
 */
package org.evsyn.core.review.organclass;
