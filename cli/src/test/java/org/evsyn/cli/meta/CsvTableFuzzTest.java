package org.evsyn.cli.meta;

import org.evsyn.core.fuzz.FuzzStats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the byte-level CSV reader of {@code evsyn meta} from metafor conformance fixtures: on any bytes it reads
 * a table or throws an {@link InputException} with a message; every cell of a table it read can be cut out, read
 * as a number and grouped without an exception.
 */
class CsvTableFuzzTest {

    private static final FuzzStats STATS = new FuzzStats("meta-csv");

    static Stream<byte[]> samples() {
        return Stream.of("bcg_or_mh.csv", "bangertdrowns2004_generic_reml.csv", "bcg_rr_reml.csv")
                .map(SharedData.conformance()::resolve).filter(Files::isRegularFile).map(p -> {
                    try {
                        return Files.readAllBytes(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @MethodSource("samples")
    @FuzzTest
    void metaCsv(byte[] input) {
        STATS.ran();
        CsvTable table;
        try {
            table = CsvTable.parse(input, "fuzz.csv");
        } catch (InputException documented) {
            if (documented.getMessage() == null || documented.getMessage().isBlank()) {
                throw new AssertionError("an InputException without a message", documented);
            }
            return;
        }
        List<String> header = table.header();
        CsvTable.Cursor cursor = table.cursor();
        for (int r = 0; r < table.rowCount(); r++) {
            cursor.row(r);
            for (int c = 0; c < header.size(); c++) {
                table.cell(r, c);
                table.plainNumber(r, c);
                cursor.plainNumber(c);
                cursor.trimmed(c);
            }
            table.where(r, header.isEmpty() ? "" : header.get(0));
        }
        for (int c = 0; c < header.size(); c++) {
            table.groupBy(c);
        }
    }

    @AfterAll
    static void stats() {
        STATS.write();
    }
}
