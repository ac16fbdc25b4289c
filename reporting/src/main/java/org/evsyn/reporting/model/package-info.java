/**
 * The reporting input model: immutable records describing a finished review, from the question and the PRISMA
 * counts to every pooled analysis, risk-of-bias judgement and GRADE rating. Reporting renders these values; it
 * computes none of them.
 */
package org.evsyn.reporting.model;
