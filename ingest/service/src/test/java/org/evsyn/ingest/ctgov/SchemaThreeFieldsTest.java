package org.evsyn.ingest.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.evsyn.core.domain.AdverseEventTotal;
import org.evsyn.core.domain.AdverseEventTotal.Kind;
import org.evsyn.core.domain.ProtocolOutcome;
import org.evsyn.core.domain.Registration;
import org.evsyn.core.domain.StatisticalAnalysis;
import org.evsyn.core.domain.TrialRecord;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.jdbc.SqliteEvidenceStoreFactory;
import org.evsyn.ingest.AdapterRegistry;
import org.evsyn.ingest.FileSource;
import org.evsyn.ingest.IngestListener;
import org.evsyn.ingest.IngestOptions;
import org.evsyn.ingest.IngestService;
import org.evsyn.ingest.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What schema 3 keeps of a v2 record besides the verbatim text, checked against values read by hand from the
 * NCT02552212 and NCT05594173 samples, and read back from a real store.
 */
class SchemaThreeFieldsTest {

    @TempDir
    Path dir;

    private final CtgovJsonAdapter adapter = new CtgovJsonAdapter();

    @Test
    void perArmAdverseEventTotalsAreKept() throws IOException {
        TrialRecord t = parse("NCT02552212");
        List<AdverseEventTotal> totals = t.adverseEventReporting().totals();
        assertThat(totals).hasSize(15); // five event groups, three totals each
        assertThat(totals).contains(
                total("EG000", Kind.DEATHS, 0, 158), total("EG000", Kind.SERIOUS, 4, 158),
                total("EG000", Kind.OTHER, 59, 158), total("EG001", Kind.SERIOUS, 8, 159),
                total("EG004", Kind.SERIOUS, 15, 243), total("EG004", Kind.OTHER, 69, 243));
        assertThat(t.adverseEventReporting().frequencyThreshold().value()).hasValue(5);
        assertThat(t.adverseEventReporting().timeFrame())
                .contains("From Baseline up to the End of Safety Follow-up Extension Period (up to Week 156)");

        TrialRecord small = parse("NCT05594173");
        assertThat(small.adverseEventReporting().totals()).containsExactly(total("EG000", Kind.DEATHS, 0, 18),
                total("EG000", Kind.SERIOUS, 0, 18), total("EG000", Kind.OTHER, 1, 18));
        assertThat(small.adverseEventReporting().timeFrame()).contains("48 hours following data collection");
        assertThat(small.adverseEventReporting().frequencyThreshold().value()).hasValue(0);
    }

    @Test
    void registeredOutcomesReferencesAndDateTypesAreKept() throws IOException {
        TrialRecord t = parse("NCT02552212");
        assertThat(t.protocolOutcomes()).hasSize(31);
        assertThat(t.protocolOutcomes().stream().filter(o -> o.kind() == ProtocolOutcome.Kind.PRIMARY)).hasSize(11);
        assertThat(t.protocolOutcomes().stream().filter(o -> o.kind() == ProtocolOutcome.Kind.SECONDARY)).hasSize(20);
        ProtocolOutcome first = t.protocolOutcomes().get(0);
        assertThat(first.measure()).startsWith("Percentage of Subjects With Ankylosing Spondylitis Disease Activity"
                + " Score Major Improvement (ASDAS-MI)");
        assertThat(first.timeFrame()).contains("Week 52");
        assertThat(first.description()).hasValueSatisfying(d -> assertThat(d).startsWith("This variable was"));

        Registration r = t.registration();
        assertThat(r.citations()).extracting(c -> c.pmid().orElse("") + " " + c.type().orElse(""))
                .containsExactly("35296532 RESULT", "35733363 RESULT", "34715908 DERIVED", "30848558 DERIVED");
        assertThat(r.dateTypes()).isEqualTo(new Registration.DateTypes(Optional.of("ACTUAL"), Optional.of("ACTUAL"),
                Optional.of("ACTUAL")));
    }

    @Test
    void populationsAndHowAnalysesAreToBeReadAreKept() throws IOException {
        TrialRecord t = parse("NCT02552212");
        assertThat(t.outcomes().get(0).populationDescription())
                .contains("The FAS consisted of all subjects in the RS who have received at least 1 dose of study"
                        + " medication.");
        StatisticalAnalysis a = t.outcomes().get(0).analyses().get(0);
        assertThat(a.groupDescription()).hasValueSatisfying(d -> assertThat(d).startsWith("Odds ratio: CZP/Placebo"));
        assertThat(a.nonInferiorityType()).contains("OTHER");
        assertThat(a.ciNumSides()).contains("TWO_SIDED");
    }

    @Test
    void everyNewFieldReadsBackFromTheStoreAsParsed() throws IOException {
        IngestService service = new IngestService(new AdapterRegistry(Set.of(adapter), List.of()));
        try (EvidenceStore store = new SqliteEvidenceStoreFactory().open(dir.resolve("evidence.db"))) {
            for (String id : List.of("NCT02552212", "NCT05594173", "NCT03630471")) {
                assertThat(service.ingest(List.of(TestFiles.ctgov(id)), IngestOptions.defaults(), store,
                        IngestListener.NONE).anyFailed()).isFalse();
                assertThat(store.registrations().current(id).orElseThrow().payload()).isEqualTo(parse(id));
            }
        }
    }

    private static AdverseEventTotal total(String group, Kind kind, int affected, int atRisk) {
        return new AdverseEventTotal(group, kind, OptionalInt.of(affected), OptionalInt.of(atRisk));
    }

    private TrialRecord parse(String id) throws IOException {
        Path file = TestFiles.ctgov(id);
        CollectingSink sink = new CollectingSink();
        adapter.parse(new FileSource(file.getFileName().toString(), file), sink);
        return sink.only();
    }
}
