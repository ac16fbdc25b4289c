package org.evsyn.ingest.literature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryIdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "registered at ClinicalTrials.gov (NCT01436487).|NCT01436487",
        "nct 01436487|NCT01436487",
        "ChiCTR2000029308|ChiCTR2000029308",
        "Chinese registry ChiCTR-TRC-12002399.|ChiCTR-TRC-12002399",
        "chictr-ior-17013111|ChiCTR-IOR-17013111",
        "ISRCTN 12345678|ISRCTN12345678",
        "CTRI/2008/091/000004|CTRI/2008/091/000004",
        "CTRI-ROVCTRI/2008/091/0004|CTRI/2008/091/0004",
        "EudraCT 2012-005749-18|EudraCT 2012-005749-18",
        "EudraCT No.: 2011-003551-18|EudraCT 2011-003551-18",
        "ACTRN12614000123456|ACTRN12614000123456",
        "JPRN-UMIN000012345|JPRN-UMIN000012345",
        "JPRN-jRCT2051190076|JPRN-jRCT2051190076",
        "DRKS00012345|DRKS00012345",
        "IRCT2015010520558N1|IRCT2015010520558N1",
        "KCT0001234|KCT0001234"
    })
    void recognisesAndNormalises(String text, String id) {
        assertThat(RegistryIds.find(text)).containsExactly(id);
    }

    @Test
    void ignoresWrongLengths() {
        // A 7-digit NCT number as printed in a source (truncated): not an id.
        assertThat(RegistryIds.find("NCT0150177 and NCT012345678 and ISRCTN1234567")).isEmpty();
    }

    @Test
    void keepsOrderAndDropsDuplicatesAcrossTexts() {
        assertThat(RegistryIds.find(List.of("NCT00000002 then NCT00000001", "again NCT00000002", "DRKS00000001")))
                .containsExactly("NCT00000002", "NCT00000001", "DRKS00000001");
    }
}
