/**
 * The review's dose-response meta-regressions: each declared outcome's study effects against a numeric dose
 * attribute (linear, log10 dose, restricted cubic spline), with what the data do not allow said in words.
 */
package org.evsyn.core.review.dose;
