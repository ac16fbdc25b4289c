package org.evsyn.reporting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportOptionsTest {

    @Test
    void defaultsToPngAtThreeHundredDpi() {
        assertThat(ReportOptions.defaults()).isEqualTo(new ReportOptions(true, 300));
        assertThat(ReportOptions.defaults().withDpi(600).pngDpi()).isEqualTo(600);
    }

    @Test
    void rejectsADpiTheRasteriserCannotUse() {
        assertThatThrownBy(() -> new ReportOptions(true, 20)).hasMessageContaining("between 72 and 1200");
    }
}
