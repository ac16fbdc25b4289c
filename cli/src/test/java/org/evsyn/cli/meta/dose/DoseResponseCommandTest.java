package org.evsyn.cli.meta.dose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evsyn.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code evsyn dose-response} run as a command. Reference numbers: dosresmeta's {@code cc_ex} (Orsini et al. 2006)
 * and R 4.2.2 / metafor 3.8.1 on two studies; see src/test/resources/dose-response/README.md.
 */
class DoseResponseCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static String resource(String name) {
        try {
            return Path.of(DoseResponseCommandTest.class.getResource("/dose-response/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value of two_studies_expected.csv. */
    private static double expected(String key) throws IOException {
        return Files.readAllLines(Path.of(resource("two_studies_expected.csv"))).stream()
                .map(l -> l.split(",")).filter(r -> r[0].equals(key)).mapToDouble(r -> Double.parseDouble(r[1]))
                .findFirst().orElseThrow();
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void greenlandLongneckerSlopeOfCcExMatchesDosresmeta() {
        CommandRun run = CommandRun.run(dir, "dose-response", "--csv", resource("cc_ex.csv"), "--design", "cc");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("dose: 0.04543 (SE 0.02066)", "greenland-longnecker covariance",
                "One study: nothing to pool.");
    }

    @Test
    void ignoringTheCorrelationGivesTheIndependentSlope() throws IOException {
        CommandRun run = CommandRun.run(dir, "dose-response", "--csv", resource("cc_ex.csv"), "--no-correlation",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = MAPPER.readTree(run.out());
        JsonNode slope = j.get("studies").get(0).get("coefficients").get(0);
        assertThat(slope.get("estimate").asDouble()).isCloseTo(0.03343, within(5e-6));
        assertThat(slope.get("se").asDouble()).isCloseTo(0.01869, within(5e-6));
        assertThat(j.get("studies").get(0).get("covariance_used").asText()).isEqualTo("independent");
        assertThat(j.get("options").get("correlation").asBoolean()).isFalse();
        assertThat(j.get("pooled").isNull()).isTrue();
    }

    @Test
    void twoStudiesPoolLikeMetaforReml() throws IOException {
        CommandRun run = CommandRun.run(dir, "dose-response", "--csv", resource("two_studies.csv"),
                "--no-correlation", "--method", "REML", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = MAPPER.readTree(run.out());
        assertThat(j.get("studies").get(1).get("design").asText()).isEqualTo("ci");
        assertThat(j.get("studies").get(1).get("coefficients").get(0).get("estimate").asDouble())
                .isCloseTo(expected("slope_cohort"), within(1e-10));
        JsonNode p = j.get("pooled");
        assertThat(p.get("method").asText()).isEqualTo("REML");
        assertThat(p.get("slope").asDouble()).isCloseTo(expected("estimate"), within(1e-6));
        assertThat(p.get("se").asDouble()).isCloseTo(expected("se"), within(1e-6));
        assertThat(p.get("ci_lower").asDouble()).isCloseTo(expected("ci_lower"), within(1e-6));
        assertThat(p.get("ci_upper").asDouble()).isCloseTo(expected("ci_upper"), within(1e-6));
        assertThat(p.get("tau2").asDouble()).isCloseTo(expected("tau2"), within(1e-7));
        assertThat(p.get("q").asDouble()).isCloseTo(expected("q"), within(1e-6));
        assertThat(p.get("i2").asDouble()).isCloseTo(expected("i2"), within(1e-4));
        assertThat(p.get("rr_per_unit").asDouble()).isCloseTo(Math.exp(expected("estimate")), within(1e-6));
    }

    @Test
    void quadraticTrendIsPooledByTheCommonEffectModel() throws IOException {
        CommandRun run = CommandRun.run(dir, "dose-response", "--csv", resource("two_studies.csv"), "--model",
                "quadratic", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode p = MAPPER.readTree(run.out()).get("pooled");
        assertThat(p.get("method").asText()).isEqualTo("FE");
        assertThat(p.get("coefficients")).hasSize(2);
        assertThat(p.get("q_df").asInt()).isEqualTo(2);
        CommandRun refused = CommandRun.run(dir, "dose-response", "--csv", resource("two_studies.csv"), "--model",
                "quadratic", "--method", "REML");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("common-effect");
    }

    private void assertFails(CommandRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains(message);
    }

    @Test
    void aMissingColumnIsNamed() {
        write("d.csv", "study,dose,cases,n,rr,lower\na,0,10,100,1,\na,1,12,100,1.2,1.0\n");
        assertFails(CommandRun.run(dir, "dose-response", "--csv", "d.csv"), "d.csv: missing column 'upper'");
    }

    @Test
    void aCellThatIsNotANumberIsPlacedByFileLineAndColumn() {
        write("d.csv", "study,dose,cases,n,rr,lower,upper\na,0,10,100,1,,\na,2,twelve,100,1.2,1.0,1.5\n");
        assertFails(CommandRun.run(dir, "dose-response", "--csv", "d.csv"),
                "d.csv, row 2 (line 3), column 'cases': expected a number, got 'twelve'");
    }

    @Test
    void aStudyWithoutItsReferentFirstIsRefused() {
        write("d.csv", "study,dose,cases,n,rr,lower,upper\na,2,10,100,1.3,1.1,1.6\na,4,12,100,1.2,1.0,1.5\n");
        assertFails(CommandRun.run(dir, "dose-response", "--csv", "d.csv"),
                "d.csv, row 1 (line 2), column 'rr': study 'a' has no referent row");
    }

    @Test
    void aStudyWithOneLevelOnlyIsRefused() {
        write("d.csv", "study,dose,cases,n,rr,lower,upper\na,0,10,100,1,,\na,2,12,100,1.2,1.0,1.5\nb,0,9,90,1,,\n");
        assertFails(CommandRun.run(dir, "dose-response", "--csv", "d.csv"),
                "d.csv, row 3 (line 4), column 'study': study 'b' has one level only");
    }

    @Test
    void jsonFailuresPrintTheErrorObject() throws IOException {
        write("d.csv", "study,dose,cases,n,rr,lower,upper\na,0,10,100,1,,\n");
        CommandRun run = CommandRun.run(dir, "dose-response", "--csv", "d.csv", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(MAPPER.readTree(run.out()).get("error").asText()).contains("has one level only");
    }

    @Test
    void aStudySplitByAnotherIsRefused() {
        write("d.csv", "study,dose,cases,n,rr,lower,upper\na,0,10,100,1,,\na,2,12,100,1.2,1.0,1.5\n"
                + "b,0,9,90,1,,\nb,2,12,100,1.2,1.0,1.5\na,4,12,100,1.3,1.1,1.6\n");
        assertFails(CommandRun.run(dir, "dose-response", "--csv", "d.csv"),
                "d.csv, row 5 (line 6), column 'study': study 'a' appears again after other studies");
    }

    @Test
    void anUnknownOrChangingDesignIsRefused() {
        write("d.csv", "study,dose,cases,n,rr,lower,upper,design\na,0,10,100,1,,,cc\na,2,12,100,1.2,1.0,1.5,xx\n");
        assertFails(CommandRun.run(dir, "dose-response", "--csv", "d.csv"),
                "d.csv, row 2 (line 3), column 'design': expected cc, ci or ir, got 'xx'");
        write("e.csv", "study,dose,cases,n,rr,lower,upper,design\na,0,10,100,1,,,cc\na,2,12,100,1.2,1.0,1.5,ir\n");
        assertFails(CommandRun.run(dir, "dose-response", "--csv", "e.csv"),
                "e.csv, row 2 (line 3), column 'design': study 'a' is 'cc' in its first row");
    }
}
