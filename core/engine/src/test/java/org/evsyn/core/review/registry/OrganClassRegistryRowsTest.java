package org.evsyn.core.review.registry;

import org.evsyn.core.domain.TrialRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organ-class counts from posted adverse events are exact only where a class is posted as one term. Numbers from
 * ctgov-v2-NCT02552212-results.json (as in {@link AdverseEventOutcomesTest}: "Investigations" has one term, 4 of 158
 * placebo and 8 of 159 certolizumab; "Eye disorders" has three terms).
 */
class OrganClassRegistryRowsTest {

    private static TrialRecord trial() {
        return Trials.trial("NCT02552212")
                .arm("Certolizumab Pegol 200 mg Q2W", "EXPERIMENTAL", "Biological: Certolizumab Pegol")
                .arm("Placebo", "PLACEBO_COMPARATOR", "Other: Placebo")
                .intervention("Certolizumab Pegol", "Certolizumab Pegol 200 mg Q2W")
                .intervention("Placebo", "Placebo")
                .aeGroup("EG000", "Placebo (SS)", 0, 4, 158)
                .aeGroup("EG001", "CZP 200 mg Q2W (SS)", 0, 8, 159)
                .aeTerm("Blood creatine phosphokinase increased", "Investigations", false,
                        "EG000", 4, 158, "EG001", 8, 159)
                .aeTerm("Glaucoma", "Eye disorders", true, "EG000", 0, 158, "EG001", 1, 159)
                .aeTerm("Uveitis", "Eye disorders", true, "EG000", 1, 158, "EG001", 0, 159)
                .aeTerm("Iridocyclitis", "Eye disorders", false, "EG000", 3, 158, "EG001", 2, 159)
                .build();
    }

    @Test
    void aSingleTermClassGivesExactCountsPerRoleAndAMultiTermClassIsLeftOutWithTheReason() {
        OrganClassRegistryRows.Result r = new OrganClassRegistryRows().read(List.of(trial()));
        assertThat(r.rows()).containsExactly(
                new OrganClassRegistryRows.Row("NCT02552212", "Investigations", 8, 159, 4, 158));
        assertThat(r.leftOut()).containsExactly("NCT02552212, Eye disorders: posted as 3 terms; participants with "
                + "any of them are not posted, so no count is exact");
    }
}
