package org.evsyn.core.review.plan;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.evsyn.core.fuzz.FuzzStats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the review.json reader from the bundled example's plan: on any bytes it returns a plan or throws a
 * {@link ReviewPlanException} with a message, nothing else (the fuzzing run bounds time and memory).
 */
class ReviewPlanFuzzTest {

    private static final FuzzStats STATS = new FuzzStats("review-plan");

    @TempDir
    static Path folder;

    private final ReviewPlanReader reader = new ReviewPlanReader();

    /** The files the seed plans name, so that a valid plan reads through to the end. */
    @BeforeAll
    static void files() throws IOException {
        Files.createDirectories(folder.resolve("extraction"));
        for (String f : new String[] {"extraction/trials.csv", "extraction/outcomes.csv", "sheet.csv"}) {
            Files.writeString(folder.resolve(f), "trial\n");
        }
    }

    static Stream<byte[]> samples() throws IOException {
        Path example = Path.of("..", "..", "examples", "stem-cell-stroke", "review.json");
        return Stream.of(Files.readAllBytes(example));
    }

    @MethodSource("samples")
    @FuzzTest
    void reviewPlan(byte[] input) {
        STATS.ran();
        try {
            Files.write(folder.resolve(ReviewPlanReader.FILE_NAME), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            reader.read(folder);
        } catch (ReviewPlanException documented) {
            if (documented.getMessage() == null || documented.getMessage().isBlank()) {
                throw new AssertionError("a ReviewPlanException without a message", documented);
            }
        }
    }

    @AfterAll
    static void stats() {
        STATS.write();
    }
}
