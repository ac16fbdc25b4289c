package org.evsyn.stats.analysis;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The secondary analyses that can be switched on or off. The main model (pooled estimate, heterogeneity, τ²
 * interval, prediction interval, back-transformed ratios, CMH and Tarone tests) is always computed; these blocks
 * are added where they apply.
 */
public enum AnalysisBlock {
    /** Refit without each study in turn. */
    LEAVE_ONE_OUT("leave_one_out"),
    /** Case-deletion influence diagnostics (inverse-variance models, k ≥ 3). */
    INFLUENCE("influence"),
    /** Egger's regression test (k ≥ 3). */
    EGGER("egger"),
    /** Begg and Mazumdar's rank correlation test (k ≥ 3). */
    BEGG("begg"),
    /** Duval and Tweedie's trim and fill (inverse-variance models, k ≥ 3). */
    TRIMFILL("trimfill"),
    /** Separate pooling per subgroup and tests for subgroup differences (needs subgroup labels). */
    SUBGROUPS("subgroups"),
    /** Meta-regression on the moderator columns (inverse-variance models, needs moderators). */
    METAREGRESSION("metaregression"),
    /** Cumulative meta-analysis in input order. */
    CUMULATIVE("cumulative");

    private final String key;

    AnalysisBlock(String key) {
        this.key = key;
    }

    /** The block's key in the JSON output and in {@code --blocks}. */
    public String key() {
        return key;
    }

    /** Every block. */
    public static Set<AnalysisBlock> all() {
        return EnumSet.allOf(AnalysisBlock.class);
    }

    /**
     * Parses a block key ("leave_one_out", "trimfill", ...; a hyphen may replace the underscore).
     *
     * @param key the key, case ignored
     * @return the block
     * @throws IllegalArgumentException for an unknown key
     */
    public static AnalysisBlock parse(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (AnalysisBlock b : values()) {
            if (b.key.equals(k)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown block '" + key + "'");
    }
}
