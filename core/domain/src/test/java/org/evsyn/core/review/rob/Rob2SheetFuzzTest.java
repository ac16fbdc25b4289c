package org.evsyn.core.review.rob;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evsyn.core.fuzz.FuzzStats;
import org.evsyn.core.review.sheet.SheetException;
import org.evsyn.core.review.sheet.SheetReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the risk-of-bias sheet reader, seeded from {@code Rob2SheetFuzzTestInputs/rob2Sheet}: on any bytes it
 * returns the rows or throws a {@link SheetException} with a message, nothing else.
 */
class Rob2SheetFuzzTest {

    private static final FuzzStats STATS = new FuzzStats("rob2-sheet");

    @TempDir
    static Path folder;

    private final Rob2SheetReader reader = new Rob2SheetReader(new SheetReader(), new Rob2Algorithm());

    @FuzzTest
    void rob2Sheet(byte[] input) {
        STATS.ran();
        Path sheet = folder.resolve("sheet.csv");
        try {
            Files.write(sheet, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            reader.read(sheet);
        } catch (SheetException documented) {
            if (documented.getMessage() == null || documented.getMessage().isBlank()) {
                throw new AssertionError("a SheetException without a message", documented);
            }
        }
    }

    @AfterAll
    static void stats() {
        STATS.write();
    }
}
