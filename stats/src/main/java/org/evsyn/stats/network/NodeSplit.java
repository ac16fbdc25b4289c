package org.evsyn.stats.network;

/**
 * Node-splitting of one comparison by back-calculation (König, Krahn &amp; Binder 2013; netmeta's {@code netsplit}).
 *
 * @param treatment1        the treatment
 * @param treatment2        its comparator
 * @param directStudies     studies that compare the two directly
 * @param directProportion  share of the network estimate's information that is direct (SE_nma² / SE_direct²)
 * @param nma               network estimate
 * @param direct            direct estimate (pooled from the direct studies, with the network's τ²)
 * @param indirect          indirect estimate, back-calculated
 * @param difference        direct − indirect
 * @param differenceSe      its standard error
 * @param zval              difference / differenceSe
 * @param pval              two-sided p-value
 */
public record NodeSplit(String treatment1, String treatment2, int directStudies, double directProportion,
                        RelativeEffect nma, RelativeEffect direct, RelativeEffect indirect, double difference,
                        double differenceSe, double zval, double pval) {
}
