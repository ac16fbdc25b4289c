package org.evsyn.cli.meta;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meta input read ahead is used only for the same file under the same name; anything else reads as usual. */
class CsvPrefetchTest {

    @TempDir
    Path dir;

    @Test
    void theFileReadAheadIsUsedForTheSameFileUnderTheSameName() throws IOException {
        Files.writeString(dir.resolve("a.csv"), "study,yi,vi\nA,1,2\n");
        for (String[] args : new String[][] {{"meta", "--csv", "a.csv", "--measure", "MD"}, {"meta", "--csv=a.csv"}}) {
            CsvPrefetch prefetch = CsvPrefetch.start(dir, args);
            CsvTable table = prefetch.read(dir.resolve("a.csv"), "a.csv");
            assertThat(prefetch.read(dir.resolve("a.csv"), "a.csv")).isSameAs(table);
            assertThat(table.cell(0, 1)).isEqualTo("1");
            assertThat(prefetch.read(dir.resolve("a.csv"), "./a.csv")).isNotSameAs(table);
        }
    }

    @Test
    void nothingIsReadAheadForAFileNamedTwiceOrThatIsNotARegularFile() throws IOException {
        Files.writeString(dir.resolve("a.csv"), "study,yi,vi\nA,1,2\n");
        Files.writeString(dir.resolve("b.csv"), "study,yi,vi\nB,3,4\n");
        CsvPrefetch twice = CsvPrefetch.start(dir, "meta", "--csv", "a.csv", "--csv", "b.csv");
        assertThat(twice.read(dir.resolve("b.csv"), "b.csv")).isNotSameAs(twice.read(dir.resolve("b.csv"), "b.csv"));
        CsvPrefetch folder = CsvPrefetch.start(dir, "meta", "--csv", ".");
        assertThatThrownBy(() -> folder.read(dir.resolve("."), ".")).isInstanceOf(InputException.class)
                .hasMessage(".: is a directory");
        CsvPrefetch missing = CsvPrefetch.start(dir, "meta", "--csv", "none.csv");
        assertThatThrownBy(() -> missing.read(dir.resolve("none.csv"), "none.csv"))
                .hasMessage("none.csv: file not found");
    }

    @Test
    void aFileThatFailedAheadFailsAgainWithTheSameMessage() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), "study,yi,vi\nA,1\n");
        CsvPrefetch prefetch = CsvPrefetch.start(dir, "meta", "--csv", "bad.csv");
        assertThatThrownBy(() -> prefetch.read(dir.resolve("bad.csv"), "bad.csv")).isInstanceOf(InputException.class)
                .hasMessage("bad.csv, row 1 (line 2): 2 fields but the header has 3");
    }
}
