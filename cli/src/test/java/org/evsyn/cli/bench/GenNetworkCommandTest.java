package org.evsyn.cli.bench;

import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code evsyn bench gen-nma}: a seeded, connected network with multi-arm studies that {@code evsyn nma} reads. */
class GenNetworkCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnother() throws Exception {
        for (String[] run : List.of(new String[] {"5", "a.csv"}, new String[] {"5", "b.csv"},
                new String[] {"6", "c.csv"})) {
            CommandRun gen = CommandRun.run(dir, "bench", "gen-nma", "--studies", "60", "--treatments", "8",
                    "--seed", run[0], "--out", run[1]);
            assertThat(gen.exitCode()).as(gen.err()).isZero();
        }
        assertThat(Files.readString(dir.resolve("b.csv"))).isEqualTo(Files.readString(dir.resolve("a.csv")));
        assertThat(Files.readString(dir.resolve("c.csv"))).isNotEqualTo(Files.readString(dir.resolve("a.csv")));
    }

    @Test
    void everyTreatmentIsThereAndSomeStudiesHaveMoreThanTwoArms() throws Exception {
        CommandRun gen = CommandRun.run(dir, "bench", "gen-nma", "--studies", "1000", "--treatments", "50",
                "--out", "n.csv");
        assertThat(gen.exitCode()).as(gen.err()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("n.csv"));
        assertThat(lines.get(0)).isEqualTo("study,treatment,events,n");
        Map<String, Integer> arms = new HashMap<>();
        Set<String> treatments = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            arms.merge(f[0], 1, Integer::sum);
            treatments.add(f[1]);
            int events = Integer.parseInt(f[2]);
            int n = Integer.parseInt(f[3]);
            assertThat(events).isBetween(0, n);
            assertThat(n).isBetween(50, 300);
        }
        assertThat(arms).hasSize(1000);
        assertThat(treatments).hasSize(50).first().isEqualTo("T01");
        assertThat(arms.values()).allMatch(a -> a >= 2 && a <= 4);
        assertThat(arms.values().stream().filter(a -> a > 2).count()).isBetween(100L, 300L);
    }

    @Test
    void tooFewStudiesToConnectTheTreatmentsIsRefused() {
        CommandRun gen = CommandRun.run(dir, "bench", "gen-nma", "--studies", "3", "--treatments", "6", "--out",
                "x.csv");
        assertThat(gen.exitCode()).isEqualTo(1);
        assertThat(gen.err()).contains("--studies must be at least treatments - 1 (5)");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }
}
