package org.evsyn.stats.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Building design matrices from numeric and categorical moderators. */
class DesignMatrixBuilderTest {

    @Test
    void categoricalModeratorIsDummyCodedWithFirstAppearingLevelAsReference() {
        DesignMatrix x = DesignMatrix.builder()
                .numeric("dose", new double[]{1, 2, 3, 4, 5})
                .categorical("arm", List.of("b", "a", "b", "c", "a"))
                .build();
        assertThat(x.names()).containsExactly("intrcpt", "dose", "arm[a]", "arm[c]");
        assertThat(x.column(0)).containsExactly(1, 1, 1, 1, 1);
        assertThat(x.column(1)).containsExactly(1, 2, 3, 4, 5);
        assertThat(x.column(2)).containsExactly(0, 1, 0, 0, 1);
        assertThat(x.column(3)).containsExactly(0, 0, 0, 1, 0);
        assertThat(x.rows()).isEqualTo(5);
        assertThat(x.columns()).isEqualTo(4);
    }

    @Test
    void levelsAreListedInOrderOfFirstAppearance() {
        assertThat(DesignMatrixBuilder.levelsInOrder(List.of("z", "y", "z", "x", "y")))
                .containsExactly("z", "y", "x");
    }

    @Test
    void columnsAreCopiedSoTheDesignCannotChangeAfterwards() {
        double[] dose = {1, 2, 3};
        DesignMatrix x = DesignMatrix.builder().numeric("dose", dose).build();
        dose[0] = 99;
        x.column(1)[1] = 99;
        assertThat(x.column(1)).containsExactly(1, 2, 3);
    }

    @Test
    void mismatchedColumnLengthsAreRejected() {
        assertThatThrownBy(() -> DesignMatrix.builder()
                .numeric("a", new double[]{1, 2, 3})
                .numeric("b", new double[]{1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'b'");
    }

    @Test
    void selectingRowsKeepsNamesAndOrder() {
        DesignMatrix x = DesignMatrix.builder().numeric("m", new double[]{10, 20, 30, 40}).build();
        DesignMatrix sub = x.rows(new int[]{3, 1});
        assertThat(sub.names()).isEqualTo(x.names());
        assertThat(sub.column(1)).containsExactly(40, 20);
    }
}
