package org.evsyn.cli.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code evsyn meta} never reports a likelihood with several maxima silently. Data: the 13 asthma trials of metadat's
 * {@code dat.gibson2002} with means and SDs; under ML, metafor 3.8.1 gives tau2 = 0 and MD 0.0892 [-0.1221, 0.3006]
 * ({@code rma(yi, vi, method="ML")}, after its warning that Fisher scoring "may have gotten stuck at a local
 * maximum").
 */
class LikelihoodWarningsTest {

    private static final String GIBSON = String.join("\n",
            "study,treat_n,treat_mean,treat_sd,ctrl_n,ctrl_mean,ctrl_sd",
            "Cote 1997,50,2.2,12.73,54,5.2,12.5",
            "Ghosh 1998,140,17.6,24.2,136,34.1,38.8",
            "Hayward 1996,23,0.38,0.56,19,0.23,0.29",
            "Heard 1999,97,2.09,5.93,94,2.66,4.95",
            "Ignacio-Garcia 1995,35,4.92,6.05,35,20,26.34",
            "Knoell 1998,45,0.85,4.75,55,2.31,9.16",
            "Lahdensuo 1996,56,2.8,9,59,4.8,7.2",
            "Sommaruga 1995,20,24.1,11.8,20,31.8,17.9",
            "Zeiger 1991,128,1.4,3.3,143,2.3,7.6",
            "Garret 1994,119,6.23,12.2,100,5.71,8.57",
            "Neri 1996,32,2.1,8,33,5.1,14",
            "Hilton 1986,86,0.73,1.48,100,0.47,1.2",
            "Gallefoss 1999,25,8,32,24,26,70") + "\n";

    @TempDir
    Path dir;

    @Test
    void jsonListsTheWarningAndReportsTheGlobalMaximum() throws Exception {
        Files.writeString(dir.resolve("gibson.csv"), GIBSON);
        CommandRun run = CommandRun.run(dir, "meta", "--csv", "gibson.csv", "--measure", "MD", "--method", "ML",
                "--format", "json", "--blocks", "main");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("tau2").asDouble()).isZero();
        assertThat(doc.path("estimate").asDouble()).isBetween(0.08924, 0.08925);
        assertThat(doc.path("warnings")).hasSize(1);
        assertThat(doc.path("warnings").get(0).asText()).contains("2 local maxima")
                .contains("Fisher scoring stopped at the lower one, tau^2 = 0.694687");
    }

    @Test
    void textPrintsTheWarningUnderTheHeading() throws Exception {
        Files.writeString(dir.resolve("gibson.csv"), GIBSON);
        CommandRun run = CommandRun.run(dir, "meta", "--csv", "gibson.csv", "--measure", "MD", "--method", "ML",
                "--blocks", "main");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().skip(3).findFirst().orElseThrow())
                .startsWith("Warning: the ML likelihood of tau^2 has 2 local maxima");
    }

    @Test
    void aUnimodalAnalysisPrintsAnEmptyWarningList() throws Exception {
        Files.writeString(dir.resolve("gibson.csv"), GIBSON);
        CommandRun run = CommandRun.run(dir, "meta", "--csv", "gibson.csv", "--measure", "MD", "--method", "DL",
                "--format", "json", "--blocks", "main");
        assertThat(new ObjectMapper().readTree(run.out()).path("warnings").isArray()).isTrue();
        assertThat(new ObjectMapper().readTree(run.out()).path("warnings")).isEmpty();
    }
}
