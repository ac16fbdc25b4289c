package org.evsyn.stats.differential;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of the differential test that do not need R: generation, the comparison rule, the printed CSV. */
class DifferentialHarnessTest {

    @Test
    void theSameSeedMakesTheSameDataSets() {
        List<DifferentialDataset> a = new DatasetGenerator(11).generate(50);
        List<DifferentialDataset> b = new DatasetGenerator(11).generate(50);
        assertThat(a).isEqualTo(b);
        assertThat(new DatasetGenerator(12).generate(50)).isNotEqualTo(a);
    }

    @Test
    void aDefaultBatchReachesTheCornersItIsMeantFor() {
        List<DifferentialDataset> all = new DatasetGenerator(MetaforDifferentialTest.DEFAULT_SEED)
                .generate(MetaforDifferentialTest.DEFAULT_DATASETS);
        Set<String> families = all.stream().map(d -> d.family().replaceAll("-(one-)?zero-sd$", ""))
                .collect(Collectors.toSet());
        assertThat(families).contains("binary-rare", "binary-near-one", "continuous-tiny-sd", "continuous-huge-sd",
                "generic-zero-vi", "generic-identical-yi", "bimodal-generic", "bimodal-continuous",
                "metadat-gibson2002");
        assertThat(all).anyMatch(d -> d.rows().size() == 1).anyMatch(d -> d.rows().size() > 150);
        List<StudyRow.Binary> tables = all.stream().flatMap(d -> d.rows().stream())
                .filter(StudyRow.Binary.class::isInstance).map(StudyRow.Binary.class::cast).toList();
        assertThat(tables).anyMatch(t -> t.treatEvents() == 0 && t.ctrlEvents() == 0)
                .anyMatch(t -> t.treatEvents() == t.treatN() && t.ctrlEvents() == t.ctrlN())
                .anyMatch(t -> t.hasZeroCell() && !t.isDoubleZero());
        List<FitRequest> fits = all.stream().flatMap(d -> d.fits().stream()).toList();
        assertThat(fits).anyMatch(FitRequest::knha).anyMatch(f -> !f.dropDoubleZero() && f.isBinary())
                .anyMatch(f -> f.method().equals("MH")).anyMatch(f -> f.method().equals("PETO"))
                .anyMatch(f -> f.level() != 95);
    }

    @Test
    void everyBinaryDataSetIsFittedWithEveryMeasureAndMethod() {
        DifferentialDataset binary = new DatasetGenerator(3).generate(200).stream()
                .filter(d -> d.kind() == DifferentialDataset.Kind.BINARY).findFirst().orElseThrow();
        Set<String> zFits = binary.fits().stream().filter(f -> !f.knha()).map(f -> f.measure() + " " + f.method())
                .collect(Collectors.toSet());
        assertThat(zFits).hasSize(3 * 9 + 3 + 1).contains("RR MH", "OR MH", "RD MH", "PETO PETO", "RD PM", "OR HS");
    }

    @Test
    void numbersAgreeWithinOneMillionthOrAnAbsoluteFloorNearZero() {
        assertThat(Agreement.close("estimate", 1.0000009, 1.0, 1)).isTrue();
        assertThat(Agreement.close("estimate", 1.0000011, 1.0, 1)).isFalse();
        assertThat(Agreement.close("estimate", 5e-9, 0, 1)).isTrue();
        assertThat(Agreement.close("estimate", 5e-8, 0, 1)).isFalse();
        // I² is in percent: the floor is 1e-6 points; τ² on a large variance scale has a floor to match.
        assertThat(Agreement.close("I2", 5e-7, 0, 1)).isTrue();
        assertThat(Agreement.close("tau2", 3e-6, 0, 1e5)).isTrue();
        assertThat(Agreement.close("tau2", 3e-6, 0, 0.01)).isFalse();
        assertThat(Agreement.close("I2", Double.NaN, Double.NaN, 1)).isTrue();
        assertThat(Agreement.close("I2", 0, Double.NaN, 1)).isFalse();
    }

    @Test
    void twoRefusalsAgreeButACrashOrAOneSidedRefusalDoesNot() {
        FitOutcome no = new FitOutcome.Refused("no");
        FitOutcome fitted = new FitOutcome.Fitted(new PooledNumbers(2, 0.1, 0.2, -0.3, 0.5, 0.6, 0, 0, 1, 0.5,
                Double.NaN, Double.NaN));
        assertThat(Agreement.compare(no, new FitOutcome.Refused("other words"), 1).kind())
                .isEqualTo(Agreement.Kind.BOTH_REFUSED);
        assertThat(Agreement.compare(new FitOutcome.Crashed("NPE"), no, 1).kind()).isEqualTo(Agreement.Kind.DISAGREE);
        assertThat(Agreement.compare(no, fitted, 1).kind()).isEqualTo(Agreement.Kind.DISAGREE);
        Agreement.Verdict same = Agreement.compare(fitted, fitted, 1);
        assertThat(same.kind()).isEqualTo(Agreement.Kind.AGREE);
        assertThat(same.compared()).as("k and nine numbers; the absent prediction interval is not counted")
                .isEqualTo(10);
    }

    @Test
    void disagreementsPrintTheConformanceCsvLayoutWithPlainDecimals() {
        DifferentialDataset d = new DifferentialDataset("d1", "test", DifferentialDataset.Kind.GENERIC,
                List.of(new StudyRow.Generic("s1", 1.5e-7, 2.0), new StudyRow.Generic("s2", -3, 0)), List.of());
        assertThat(d.conformanceCsv()).isEqualTo("study,yi,vi\ns1,0.00000015,2\ns2,-3,0\n");
        FitRequest f = new FitRequest("OR", "REML", true, 90, true);
        assertThat(f.evsynCommand("d1.csv")).isEqualTo("evsyn meta --csv d1.csv --measure OR --method REML "
                + "--test knha --level 90 --no-keep-double-zero --blocks main --format json");
        assertThat(f.metaforCall("d1.csv", "list(threshold = 1e-10)")).contains("escalc(measure = \"OR\"",
                "drop00 = TRUE", "method = \"REML\", test = \"knha\", level = 90, control = list(threshold = 1e-10)");
    }
}
