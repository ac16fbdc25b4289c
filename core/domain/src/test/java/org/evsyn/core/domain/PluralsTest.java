package org.evsyn.core.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PluralsTest {

    @Test
    void oneTakesTheSingularEverythingElseThePlural() {
        assertThat(Plurals.of(1, "study", "studies")).isEqualTo("1 study");
        assertThat(Plurals.of(0, "study", "studies")).isEqualTo("0 studies");
        assertThat(Plurals.of(2, "study", "studies")).isEqualTo("2 studies");
        assertThat(Plurals.of("1", "month", "months")).isEqualTo("1 month");
        assertThat(Plurals.of("1.5", "month", "months")).isEqualTo("1.5 months");
    }
}
