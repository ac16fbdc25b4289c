package org.evsyn.core.review.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.evsyn.core.domain.ExtractedArm.Role;
import org.evsyn.core.domain.ParsedRecord;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.review.engine.OutcomeDataExtractor;
import org.evsyn.core.review.engine.OutcomeDataset;
import org.evsyn.core.review.plan.Direction;
import org.evsyn.core.review.plan.MultiArmRule;
import org.evsyn.core.review.plan.OutcomePlan;
import org.evsyn.core.review.plan.TimepointRule;
import org.evsyn.core.review.registry.ExtractionMerger;
import org.evsyn.core.review.registry.MergeResult;
import org.evsyn.core.review.registry.RegistryExtraction;
import org.evsyn.core.review.registry.RegistryOutcomeData;
import org.evsyn.core.review.registry.RegistryResultExtractor;
import org.evsyn.ingest.FileSource;
import org.evsyn.ingest.spi.RecordSink;
import org.evsyn.ingest.ctgov.CtgovJsonAdapter;
import org.junit.jupiter.api.Test;

/** Posted results parsed by the ctgov-json adapter, read as arm-level outcome data and analysed end to end. */
class RegistryExtractionFromCtgovJsonTest {

    private static OutcomePlan plan(String name, String measure, String synonym) {
        return new OutcomePlan(name, name, List.of(synonym), Optional.empty(), Direction.LOWER_IS_BETTER, measure,
                new TimepointRule.Last(OptionalDouble.empty(), false));
    }

    private static TrialRecord parse(String sample) throws IOException {
        // The ingest module's sample, read where it lives rather than kept twice.
        Path file = Path.of("..", "..", "ingest", "service", "src", "test", "resources", "ctgov",
                "ctgov-v2-" + sample + "-results.json");
        List<TrialRecord> records = new ArrayList<>();
        new CtgovJsonAdapter().parse(new FileSource(file.getFileName().toString(), file), new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                records.add((TrialRecord) record.payload());
            }

            @Override
            public void reject(String recordRef, String reason) {
                throw new AssertionError(reason);
            }
        });
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    @Test
    void postedResultsOfNct02552212BecomeAnalysableStudyData() throws IOException {
        TrialRecord trial = parse("NCT02552212");
        OutcomePlan basfi = plan("basfi", "MD", "BASFI");
        OutcomePlan uveitis = plan("uveitis", "RR", "Anterior Uveitis");
        RegistryResultExtractor extractor = new RegistryResultExtractor();

        // The file's "Number of Subjects With Anterior Uveitis (AU) or New AU Flares Through Week 52":
        // COUNT_OF_PARTICIPANTS, Placebo (FAS) 8 of 158, CZP 200 mg Q2W (FAS) 4 of 159.
        RegistryExtraction u = extractor.extract(uveitis, trial);
        assertThat(u.measures()).singleElement().satisfies(d -> assertThat(d.arms())
                .extracting(r -> r.arm().role(), r -> r.result().events().getAsInt(), r -> r.result().n().getAsInt())
                .containsExactly(tuple(Role.CONTROL, 8, 158), tuple(Role.EXPERIMENTAL, 4, 159)));

        // BASFI is posted at weeks 12 and 52 as LEAST_SQUARES_MEAN with Standard Error; at week 52 placebo -1.44
        // (SE 0.30, n 158) and CZP -3.03 (SE 0.24, n 159).
        RegistryExtraction b = extractor.extract(basfi, trial);
        assertThat(b.measures()).extracting(d -> d.timepointDays().getAsDouble()).containsExactly(84.0, 364.0);
        assertThat(b.measures()).allMatch(RegistryOutcomeData::changeScore);

        MergeResult merged = new ExtractionMerger().merge(List.of(), List.of(u, b));
        assertThat(merged.newStudies()).containsExactly("NCT02552212");

        OutcomeDataset data = new OutcomeDataExtractor().extract(basfi, merged.studies(), MultiArmRule.COMBINE_ARMS);
        assertThat(data.missing()).isEmpty();
        assertThat(data.included()).singleElement().satisfies(c -> {
            assertThat(c.timepointDays()).hasValue(364);
            assertThat(c.treatment().n()).isEqualTo(159);
            assertThat(c.treatment().mean()).hasValue(-3.03);
            assertThat(c.treatment().sd().getAsDouble()).isCloseTo(0.24 * Math.sqrt(159), within(1e-9));
            assertThat(c.control().n()).isEqualTo(158);
            assertThat(c.control().mean()).hasValue(-1.44);
            assertThat(c.control().sd().getAsDouble()).isCloseTo(0.30 * Math.sqrt(158), within(1e-9));
            assertThat(c.sourceRefs()).containsExactly("registry:NCT02552212");
        });
    }
}
