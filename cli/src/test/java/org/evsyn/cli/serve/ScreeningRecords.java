package org.evsyn.cli.serve;

import org.evsyn.core.review.team.ScreeningRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Small made-up record sets for the server tests. */
final class ScreeningRecords {

    static final List<String> REASONS = List.of("wrong population", "wrong intervention", "not randomised");

    private ScreeningRecords() {
    }

    /** {@code n} stroke-trial-like records, keys lit:1 to lit:n; the first one's title holds a script tag. */
    static List<ScreeningRecord> some(int n) {
        List<ScreeningRecord> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String title = i == 1 ? "<script>window.pwned=1</script> Stem cells after <b>ischemic</b> stroke"
                    : "Trial " + i + " of mesenchymal stem cells in ischemic stroke";
            out.add(new ScreeningRecord("lit:" + i, title,
                    Optional.of("Randomised trial " + i + ". Patients with acute ischemic stroke received "
                            + "intravenous stem cells or placebo; a mouse model was not used."),
                    List.of("Stroke", "Stem Cell Transplantation"), Optional.of("Stroke"), OptionalInt.of(2010 + i % 10),
                    i % 2 == 0 ? List.of("NCT0000000" + i) : List.of()));
        }
        return out;
    }
}
