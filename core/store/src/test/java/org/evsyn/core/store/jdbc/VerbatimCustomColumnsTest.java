package org.evsyn.core.store.jdbc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reviewers' own columns read back from a stored extraction record's verbatim text. */
class VerbatimCustomColumnsTest {

    @Test
    void eachOwnColumnGivesTheFirstNonEmptyCellOfTheStudysRows() {
        String verbatim = "trial,outcome,arm,n,X_Age Group,x_note\r\n"
                + "A,death,cell,10,,\r\n"
                + "A,death,control,12,\" adults \",\"checked, twice\"\r\n"
                + "A,mrs,cell,10,children,\n";

        assertThat(VerbatimCustomColumns.read(verbatim)).containsExactly(
                java.util.Map.entry("x_age_group", "adults"), java.util.Map.entry("x_note", "checked, twice"));
    }

    @Test
    void aSemicolonSheetAndAByteOrderMarkAreReadAsTheSheetReaderReadsThem() {
        assertThat(VerbatimCustomColumns.read("\uFEFFtrial;x_dose\nA;1,5\n")).containsEntry("x_dose", "1,5");
    }

    @Test
    void aRecordWithoutOwnColumnsHasNone() {
        assertThat(VerbatimCustomColumns.read("trial,outcome\nA,death\n")).isEmpty();
        assertThat(VerbatimCustomColumns.read(null)).isEmpty();
    }
}
