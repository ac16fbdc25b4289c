package org.evsyn.core.review.screening;

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
 * Fuzzes the screening sheet reader, seeded from {@code ScreeningSheetFuzzTestInputs/screeningSheet}: on any bytes it
 * returns the rows or throws a {@link SheetException} with a message, nothing else.
 */
class ScreeningSheetFuzzTest {

    private static final FuzzStats STATS = new FuzzStats("screening-sheet");

    @TempDir
    static Path folder;

    private final ScreeningSheetReader reader = new ScreeningSheetReader(new SheetReader());

    @FuzzTest
    void screeningSheet(byte[] input) {
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
