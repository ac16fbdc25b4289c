/**
 * Study attributes a review groups and regresses on: those a plan declares (read from the extraction sheet's
 * {@code x_} columns), the general ones every review has, and those of domain packs such as stem-cell stroke.
 */
package org.evsyn.core.review.attributes;
