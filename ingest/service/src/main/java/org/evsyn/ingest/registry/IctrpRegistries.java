package org.evsyn.ingest.registry;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.evsyn.ingest.registry.RegistryDates.NumericLayout;

/**
 * The source registries of the WHO ICTRP export, found from a trial id's prefix, with the layout each uses for
 * {@code Date_registration}.
 *
 * <p>Facts taken from the researcher-curated table {@code registry_prefixes_date_formats.csv} of the
 * {@code worcjamessmith/COVID-trial-characteristics} project (data/initial_import/supplementary), which is not a
 * WHO document. The test resources hold a copy and a test checks this list against it. Registry codes are the
 * table's abbreviations, except that ClinicalTrials.gov keeps its own name as everywhere else in evsyn.
 */
final class IctrpRegistries {

    /**
     * One row of the table.
     *
     * @param prefix   how the registry's ids start, e.g. {@code ChiCTR}
     * @param name     the registry's name
     * @param code     the registry code stored with the registration
     * @param layout   the layout of {@code Date_registration} for this registry
     */
    record Entry(String prefix, String name, String code, NumericLayout layout) {
    }

    private static final NumericLayout DMY = NumericLayout.DAY_MONTH_YEAR_SLASH;
    private static final NumericLayout YMD = NumericLayout.YEAR_MONTH_DAY_DASH;

    private static final List<Entry> ENTRIES = List.of(
            new Entry("ACTRN", "Australia New Zealand Clinical Trial Registry", "ANZCTR", DMY),
            new Entry("chictr", "Chinese Clinical Trial Registry", "ChiCTR", YMD),
            new Entry("ChiCTR", "Chinese Clinical Trial Registry", "ChiCTR", YMD),
            new Entry("CTRI", "Clinical Trial Registry India", "CTRI", NumericLayout.DAY_MONTH_YEAR_DASH),
            new Entry("DRKS", "German Clinical Trial Register", "DRKS", DMY),
            new Entry("EUCTR", "EUCTR", "EUCTR", DMY),
            new Entry("IRCT", "Iranian Registry of Clinical Trials", "IRCT", YMD),
            new Entry("ISRCTN", "ISRCTN", "ISRCTN", DMY),
            new Entry("JPRN", "Japanese Registries", "JPRN", DMY),
            new Entry("KCT", "Korean Clinical Trial Register", "KCT", YMD),
            new Entry("LBCTR", "Lebanese Clinical Trial Register", "LBCTR", DMY),
            new Entry("NCT", "ClinicalTrials.gov", "ClinicalTrials.gov", DMY),
            new Entry("NL", "Netherlands Trial Register", "NTR", DMY),
            new Entry("NTR", "Netherlands Trial Register", "NTR", DMY),
            new Entry("PACTR", "Pan-African Clinical Trial Register", "PACTR", DMY),
            new Entry("PER", "Peruvian Clinical Trial Registry", "PER", DMY),
            new Entry("RBR", "Brazilian Clinical Trial Register", "RBR", DMY),
            new Entry("RPCEC", "Cuban Clinical Trial Register", "RPCEC", DMY),
            new Entry("SLCTR", "Sri Lankan Clinical Trial Register", "SLCTR", YMD),
            new Entry("TCTR", "Thai Clinical Trial Registry", "TCTR", DMY));

    // Longest prefix first, so "NCT" is tried before "NL" could ever matter and "ChiCTR" before shorter ones.
    private static final List<Entry> BY_LENGTH = ENTRIES.stream()
            .sorted(Comparator.comparingInt((Entry e) -> e.prefix().length()).reversed())
            .toList();

    private IctrpRegistries() {
    }

    /** Every row, in the table's order. */
    static List<Entry> entries() {
        return ENTRIES;
    }

    /**
     * The registry of a trial id: the longest table prefix the id starts with (ignoring case) that is followed by
     * a digit, dash or slash, as in {@code NCT04246242}, {@code ChiCTR2000029953}, {@code CTRI/2020/03/024402},
     * {@code EUCTR2020-001234-56-DE}.
     */
    static Optional<Entry> forTrialId(String trialId) {
        String id = trialId.strip();
        String lower = id.toLowerCase(Locale.ROOT);
        for (Entry e : BY_LENGTH) {
            String p = e.prefix().toLowerCase(Locale.ROOT);
            if (lower.startsWith(p) && id.length() > p.length()) {
                char next = id.charAt(p.length());
                if (Character.isDigit(next) || next == '-' || next == '/') {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }
}
