package org.evsyn.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evsyn.core.domain.PartialDate;
import org.evsyn.ingest.registry.RegistryDates.NumericLayout;
import org.junit.jupiter.api.Test;

class IctrpRegistriesTest {

    private static final Map<String, NumericLayout> FORMATS = Map.of(
            "%d/%m/%Y", NumericLayout.DAY_MONTH_YEAR_SLASH,
            "%Y-%m-%d", NumericLayout.YEAR_MONTH_DAY_DASH,
            "%d-%m-%Y", NumericLayout.DAY_MONTH_YEAR_DASH);

    @Test
    void embeddedTableMatchesTheCopiedCsv() throws Exception {
        List<String> rows = new ArrayList<>();
        CsvReader csv = new CsvReader(TextDecoding.utf8(TestSources.resource(
                "who-ictrp-registry-prefixes-date-formats.csv").open()), "prefixes.csv");
        assertThat(csv.next().orElseThrow().cells())
                .containsExactly("Registry", "Prefix", "Abbreviation", "Date Example", "Format");
        for (var row = csv.next(); row.isPresent(); row = csv.next()) {
            List<String> c = row.get().cells();
            String code = c.get(1).equals("NCT") ? "ClinicalTrials.gov" : c.get(2);
            rows.add(String.join(" | ", c.get(1), c.get(0), code, FORMATS.get(c.get(4)).name()));
            // The table's own example date parses in the layout it names.
            String example = c.get(3).replace("\"", "");
            assertThat(FORMATS.get(c.get(4)).parse(example)).as(example).isPresent();
        }
        assertThat(IctrpRegistries.entries()).extracting(e -> String.join(" | ", e.prefix(), e.name(), e.code(),
                e.layout().name())).containsExactlyElementsOf(rows);
    }

    @Test
    void findsTheRegistryByLongestPrefix() {
        assertThat(IctrpRegistries.forTrialId("NCT04246242").orElseThrow().code()).isEqualTo("ClinicalTrials.gov");
        assertThat(IctrpRegistries.forTrialId("ChiCTR2000029953").orElseThrow().code()).isEqualTo("ChiCTR");
        assertThat(IctrpRegistries.forTrialId("ChiCTR-IOR-17013520").orElseThrow().code()).isEqualTo("ChiCTR");
        assertThat(IctrpRegistries.forTrialId("CTRI/2020/03/024402").orElseThrow().code()).isEqualTo("CTRI");
        assertThat(IctrpRegistries.forTrialId("EUCTR2020-001234-56-DE").orElseThrow().code()).isEqualTo("EUCTR");
        assertThat(IctrpRegistries.forTrialId("ACTRN12620000445976").orElseThrow().code()).isEqualTo("ANZCTR");
        assertThat(IctrpRegistries.forTrialId("NL8490").orElseThrow().code()).isEqualTo("NTR");
        assertThat(IctrpRegistries.forTrialId("JPRN-jRCT2031190264").orElseThrow().code()).isEqualTo("JPRN");
        assertThat(IctrpRegistries.forTrialId("KCT0005000").orElseThrow().code()).isEqualTo("KCT");
        assertThat(IctrpRegistries.forTrialId("NCTX")).isEmpty();
        assertThat(IctrpRegistries.forTrialId("XYZ123")).isEmpty();
    }

    @Test
    void layoutsReadOnlyRealDates() {
        assertThat(NumericLayout.DAY_MONTH_YEAR_SLASH.parse("30/08/2007")).contains(PartialDate.of(2007, 8, 30));
        assertThat(NumericLayout.DAY_MONTH_YEAR_DASH.parse("21-10-2013")).contains(PartialDate.of(2013, 10, 21));
        assertThat(NumericLayout.YEAR_MONTH_DAY_DASH.parse("2020-02-17")).contains(PartialDate.of(2020, 2, 17));
        assertThat(NumericLayout.COMPACT.parse("20200217")).contains(PartialDate.of(2020, 2, 17));
        assertThat(NumericLayout.DAY_MONTH_YEAR_SLASH.parse("31/02/2020")).isEmpty();
        assertThat(NumericLayout.DAY_MONTH_YEAR_SLASH.parse("2020-02-17")).isEmpty();
    }
}
