/** The report's figures: forest, subgroup, cumulative and funnel plots, RoB 2 plots and the PRISMA diagram. */
package org.evsyn.reporting.figures;
