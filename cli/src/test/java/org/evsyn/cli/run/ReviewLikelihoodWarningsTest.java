package org.evsyn.cli.run;

import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review whose ML likelihood has two maxima says so in its report. Data: the 13 asthma trials of metadat's
 * {@code dat.gibson2002} with means and SDs (outcome mean differences); metafor 3.8.1's {@code rma(yi, vi,
 * method="ML")} gives τ² = 0 and MD 0.0892, after warning that Fisher scoring "may have gotten stuck at a local
 * maximum" (log-likelihood −39.290 at τ² = 0 against −39.447 at τ² = 0.6947).
 */
class ReviewLikelihoodWarningsTest {

    private static final String[] GIBSON = {
        "Cote,1997,50,2.2,12.73,54,5.2,12.5", "Ghosh,1998,140,17.6,24.2,136,34.1,38.8",
        "Hayward,1996,23,0.38,0.56,19,0.23,0.29", "Heard,1999,97,2.09,5.93,94,2.66,4.95",
        "Ignacio-Garcia,1995,35,4.92,6.05,35,20,26.34", "Knoell,1998,45,0.85,4.75,55,2.31,9.16",
        "Lahdensuo,1996,56,2.8,9,59,4.8,7.2", "Sommaruga,1995,20,24.1,11.8,20,31.8,17.9",
        "Zeiger,1991,128,1.4,3.3,143,2.3,7.6", "Garret,1994,119,6.23,12.2,100,5.71,8.57",
        "Neri,1996,32,2.1,8,33,5.1,14", "Hilton,1986,86,0.73,1.48,100,0.47,1.2",
        "Gallefoss,1999,25,8,32,24,26,70"};

    @TempDir
    Path dir;

    @Test
    void theReportNotesTheLikelihoodsTwoMaxima() throws IOException {
        Path review = Files.createDirectories(dir.resolve("asthma"));
        Files.writeString(review.resolve("review.json"), """
                {"id": "asthma-education", "title": "Self-management education for adults with asthma",
                 "question": {"population": "Adults with asthma", "intervention": "Education",
                              "comparator": "Usual care", "outcomes": "Symptom scores"},
                 "files": {"extraction": ["sheet.csv"]},
                 "outcomes": [{"name": "symptoms", "direction": "lower_is_better", "measure": "MD",
                               "timepoint": {"rule": "last", "include_unstated": true}}],
                 "model": {"method": "ML", "test": "z", "level": 95}}
                """);
        List<String> lines = new ArrayList<>(List.of("trial,year,outcome,arm,arm_role,n,mean,sd"));
        for (String row : GIBSON) {
            String[] f = row.split(",");
            lines.add(String.join(",", f[0], f[1], "symptoms", "education", "experimental", f[2], f[3], f[4]));
            lines.add(String.join(",", f[0], f[1], "symptoms", "usual care", "control", f[5], f[6], f[7]));
        }
        Files.write(review.resolve("sheet.csv"), lines);

        CommandRun run = CommandRun.run(dir, "run", review.toString(), "--db", "review.db", "--out", "report",
                "--no-png");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String report = Files.readString(dir.resolve("report/report.md"));
        assertThat(report).contains("warning: the ML likelihood of tau^2 has 2 local maxima")
                .contains("the global maximum, tau^2 = 0, is reported");
    }
}
