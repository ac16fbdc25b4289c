package org.evsyn.stats.differential;

import java.math.BigDecimal;

/**
 * One study of a generated data set, in the conformance CSV's terms. Every number is a short decimal, so the CSV
 * text, R and Java all see exactly the same value.
 */
sealed interface StudyRow {

    /** Study label, unique within its data set. */
    String label();

    /** The conformance CSV cells after the label. */
    String[] cells();

    /**
     * A two-arm table with a binary outcome.
     *
     * @param label       study label
     * @param treatEvents events in the treatment arm
     * @param treatN      treatment arm size
     * @param ctrlEvents  events in the control arm
     * @param ctrlN       control arm size
     */
    record Binary(String label, int treatEvents, int treatN, int ctrlEvents, int ctrlN) implements StudyRow {
        @Override
        public String[] cells() {
            return new String[]{Integer.toString(treatEvents), Integer.toString(treatN), Integer.toString(ctrlEvents),
                    Integer.toString(ctrlN)};
        }

        boolean isDoubleZero() {
            return (treatEvents == 0 && ctrlEvents == 0) || (treatEvents == treatN && ctrlEvents == ctrlN);
        }

        boolean hasZeroCell() {
            return treatEvents == 0 || ctrlEvents == 0 || treatEvents == treatN || ctrlEvents == ctrlN;
        }
    }

    /**
     * A two-arm study with a continuous outcome.
     *
     * @param label     study label
     * @param treatN    treatment arm size
     * @param treatMean treatment mean
     * @param treatSd   treatment standard deviation
     * @param ctrlN     control arm size
     * @param ctrlMean  control mean
     * @param ctrlSd    control standard deviation
     */
    record Continuous(String label, int treatN, double treatMean, double treatSd, int ctrlN, double ctrlMean,
                      double ctrlSd) implements StudyRow {
        @Override
        public String[] cells() {
            return new String[]{Integer.toString(treatN), decimal(treatMean), decimal(treatSd), Integer.toString(ctrlN),
                    decimal(ctrlMean), decimal(ctrlSd)};
        }

        /** metafor's SMD is undefined (NA) when the pooled standard deviation is 0. */
        boolean pooledSdIsZero() {
            return treatSd == 0 && ctrlSd == 0;
        }
    }

    /**
     * An effect size with its sampling variance.
     *
     * @param label study label
     * @param yi    effect size
     * @param vi    sampling variance
     */
    record Generic(String label, double yi, double vi) implements StudyRow {
        @Override
        public String[] cells() {
            return new String[]{decimal(yi), decimal(vi)};
        }
    }

    /** Plain decimal text (no exponent), as the conformance CSV files write numbers. */
    static String decimal(double x) {
        if (x == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }
}
