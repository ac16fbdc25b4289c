/**
 * Adverse events by system organ class: one pooled odds ratio per organ class from arm-level counts, with
 * studentized deleted residuals to flag outlying studies (Viechtbauer &amp; Cheung 2010) and the small-study tests
 * where the class has enough studies.
 */
package org.evsyn.stats.adverse;
