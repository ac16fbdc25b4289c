package org.evsyn.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordKindsTest {

    @ParameterizedTest
    @CsvSource({
            "NCT01436487, REGISTRATION",
            "ChiCTR-TRC-12002097, REGISTRATION",
            "ISRCTN12345678, REGISTRATION",
            "2012-005749-18, REGISTRATION",
            "EudraCT 2012-005749-18, REGISTRATION",
            "28320635, LITERATURE",
            "10.1016/s1474-4422(17)30046-7, LITERATURE",
    })
    void registryIdsAreRegistrationsAndEverythingElseLiterature(String id, String kind) {
        assertThat(RecordKinds.of(id)).isEqualTo(kind);
    }
}
