/** The numerical engines of trial sequential analysis (group-sequential boundaries, information size). */
package org.evsyn.stats.internal.sequential;
