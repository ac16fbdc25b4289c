package org.evsyn.stats.adverse;

import org.evsyn.stats.ModelOptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Pooled odds ratios per organ class, residuals and small-study tests match metafor (organ_classes.R). */
class OrganClassAnalysisTest {

    private static List<String[]> rows(String name) throws IOException {
        try (InputStream in = OrganClassAnalysisTest.class.getResourceAsStream("/adverse/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
                    .map(a -> java.util.Arrays.stream(a).map(s -> s.replace("\"", "")).toArray(String[]::new))
                    .toList();
        }
    }

    private static List<OrganClassCounts> counts() throws IOException {
        return rows("organ_classes.csv").stream().map(r -> new OrganClassCounts(r[0], r[1], Integer.parseInt(r[2]),
                Integer.parseInt(r[3]), Integer.parseInt(r[4]), Integer.parseInt(r[5]))).toList();
    }

    private static double expected(String organClass, String key) throws IOException {
        return rows("organ_classes_expected.csv").stream().filter(r -> r[0].equals(organClass) && r[1].equals(key))
                .mapToDouble(r -> Double.parseDouble(r[2])).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private static void close(String what, double actual, double expected) {
        assertThat(actual).as(what).isCloseTo(expected, within(1e-4 * Math.max(Math.abs(expected), 0.1)));
    }

    @Test
    void everyOrganClassMatchesMetafor() throws IOException {
        List<OrganClassPooled> result = OrganClassAnalysis.analyse(counts(), ModelOptions.defaults(), 10);
        assertThat(result).extracting(OrganClassPooled::organClass).containsExactly("Nervous system disorders",
                "Infections and infestations", "Cardiac disorders", "Skin and subcutaneous tissue disorders");
        for (OrganClassPooled p : result) {
            String c = p.organClass();
            assertThat(p.k()).isEqualTo((int) expected(c, "k"));
            close(c + " estimate", p.estimate(), expected(c, "estimate"));
            close(c + " se", p.se(), expected(c, "se"));
            close(c + " tau2", p.tau2(), expected(c, "tau2"));
            close(c + " Q", p.q(), expected(c, "QE"));
            for (OrganClassStudy s : p.studies()) {
                if (p.k() >= 3) {
                    close(c + " rstudent " + s.counts().study(), s.rstudent().orElseThrow(),
                            expected(c, "rstudent_" + s.counts().study()));
                } else {
                    assertThat(s.rstudent()).isEmpty();
                }
            }
        }
        OrganClassPooled nervous = result.get(0);
        close("egger z", nervous.egger().orElseThrow().stat(), expected(nervous.organClass(), "egger_z"));
        close("egger p", nervous.egger().orElseThrow().pval(), expected(nervous.organClass(), "egger_p"));
        close("begg tau", nervous.begg().orElseThrow().tau(), expected(nervous.organClass(), "begg_tau"));
        close("begg p", nervous.begg().orElseThrow().pval(), expected(nervous.organClass(), "begg_p"));
    }

    @Test
    void anOutlyingStudyIsFlaggedAndTooFewStudiesAreSaidSo() throws IOException {
        List<OrganClassPooled> result = OrganClassAnalysis.analyse(counts(), ModelOptions.defaults(), 10);
        OrganClassPooled infections = result.get(1);
        assertThat(infections.outliers()).containsExactly("S05");
        assertThat(infections.studies().get(4).bonferroni()).isTrue();
        assertThat(infections.egger()).isEmpty();
        assertThat(infections.notes()).containsExactly(
                "no Egger or Begg test: they need at least 10 studies, 5 studies have this class");
        assertThat(result.get(0).outliers()).isEmpty();
        assertThat(result.get(3).notes()).first().asString()
                .isEqualTo("no outlier check: residuals need at least 3 studies, 1 study has this class");
    }

    @Test
    void aStudyTwiceInOneClassIsRefused() {
        OrganClassCounts a = new OrganClassCounts("S1", "Cardiac disorders", 1, 10, 2, 10);
        assertThatThrownBy(() -> OrganClassAnalysis.analyse(List.of(a, a), ModelOptions.defaults(), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("study 'S1' has two rows for organ class 'Cardiac disorders'; give one per study and class");
    }
}
