package org.evsyn.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;

/** The optional {@code body_weight_kg} study column (made-up test weights). */
class BodyWeightColumnTest {

    private static final String HEADER = "trial,year,dose_as_printed,body_weight_kg,n_cell,n_control\n";

    private static ExtractionFixtures.Collected parse(String csv) {
        return ExtractionFixtures.parse(TestFiles.text("trials.csv", csv));
    }

    @Test
    void readsTheTrialsMeanBodyWeight() {
        ExtractionFixtures.Collected c = parse(HEADER + "A,2020,1.2 billion cells,80,10,10\n"
                + "B,2021,1.2 billion cells,,10,10\n" + "C,2022,,67.5,10,10\n");

        assertThat(c.rejections).isEmpty();
        assertThat(c.study("A").bodyWeightKg()).isEqualTo(OptionalDouble.of(80));
        assertThat(c.study("B").bodyWeightKg()).isEmpty();
        assertThat(c.study("C").bodyWeightKg()).isEqualTo(OptionalDouble.of(67.5));
    }

    @Test
    void aSheetWithoutTheColumnHasNoBodyWeight() {
        ExtractionFixtures.Collected c = parse("trial,year,dose_as_printed,n_cell,n_control\nA,2020,1 x 10^8,5,5\n");

        assertThat(c.study("A").bodyWeightKg()).isEmpty();
    }

    @Test
    void rejectsTextZeroAndImplausibleWeightsNamingRowColumnAndWhatWasExpected() {
        ExtractionFixtures.Collected c = parse(HEADER + "A,2020,,about 70,10,10\n" + "B,2020,,0,10,10\n"
                + "C,2020,,-70,10,10\n" + "D,2020,,154000,10,10\n" + "E,2020,,29.9,10,10\n" + "F,2020,,30,10,10\n");

        String expected = "expected the participants' mean body weight in kg, between 30 and 250";
        assertThat(c.rejections).containsExactly(
                "row 2 (A): column body_weight_kg: expected a number such as 12, -3.5 or 2e6 (or an empty cell when "
                        + "not reported), found 'about 70'",
                "row 3 (B): column body_weight_kg: " + expected + ", found '0'",
                "row 4 (C): column body_weight_kg: " + expected + ", found '-70'",
                "row 5 (D): column body_weight_kg: " + expected + ", found '154000'",
                "row 6 (E): column body_weight_kg: " + expected + ", found '29.9'");
        assertThat(c.study("F").bodyWeightKg()).isEqualTo(OptionalDouble.of(30));
    }
}
