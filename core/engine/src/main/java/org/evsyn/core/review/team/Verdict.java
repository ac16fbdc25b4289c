package org.evsyn.core.review.team;

/** A reviewer's vote on a record: MAYBE keeps it in play and counts as a disagreement with either verdict. */
public enum Verdict { INCLUDE, EXCLUDE, MAYBE }
