/** The searches behind the fragility indices (Fisher's exact test, greedy and exact meta-analysis search). */
package org.evsyn.stats.internal.fragility;
