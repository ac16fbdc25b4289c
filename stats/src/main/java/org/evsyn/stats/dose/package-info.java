/**
 * Dose-response meta-analysis: the Greenland–Longnecker covariance of log relative risks that share a referent
 * group, generalised least-squares trends per study and their two-stage pooling (Orsini et al. 2006, 2012), and the
 * meta-regression of study effects on a study-level dose (linear, log10 dose, restricted cubic spline).
 */
package org.evsyn.stats.dose;
