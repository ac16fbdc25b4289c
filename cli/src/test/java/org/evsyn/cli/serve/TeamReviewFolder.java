package org.evsyn.cli.serve;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.evsyn.core.review.run.ReviewMode;
import org.evsyn.core.review.run.ReviewRequest;
import org.evsyn.core.review.run.ReviewRunner;
import org.evsyn.core.store.OpenOptions;
import org.evsyn.core.store.jdbc.JdbcStoreModule;
import org.evsyn.ingest.IngestModule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the bundled stem-cell example given a literature search of made-up records (test data; the first
 * one's title holds a script tag) and a screening block, run once on a store so the store holds its records.
 */
final class TeamReviewFolder {

    static final List<String> REASONS = List.of("animal study", "not randomised", "wrong population");

    /**
     * Titles of the records after the first; the years are two apart, so records with like titles are never taken
     * for duplicates (which need years at most one apart).
     */
    private static final List<String> TITLES = List.of(
            "Bone marrow mononuclear cells for acute ischemic stroke: a randomised controlled trial",
            "Rat models of middle cerebral artery occlusion treated with neural progenitors",
            "Long-term safety of intra-arterial autologous cell infusion in elderly patients",
            "Rehabilitation outcomes one year after thrombectomy in a national registry",
            "Umbilical cord blood derived cells in children with cerebral palsy",
            "Costs of post-stroke care in primary practice: a questionnaire survey",
            "Multipotent adult progenitor cells within 48 hours of stroke onset (phase 2)",
            "Olfactory ensheathing cells for chronic spinal cord injury: case series");

    private TeamReviewFolder() {
    }

    /** The review folder, made in {@code dir}, with {@code records} (at most 40) made-up records. */
    static Path create(Path dir, int records) throws IOException {
        Path example = Path.of("..", "examples", "stem-cell-stroke").toAbsolutePath().normalize();
        Path review = dir.resolve("stem-cell-stroke");
        try (Stream<Path> files = Files.walk(example)) {
            for (Path f : files.toList()) {
                Path to = review.resolve(example.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        StringBuilder ris = new StringBuilder();
        for (int i = 1; i <= records; i++) {
            String title = i == 1 ? "<script>window.pwned=1</script> Mesenchymal stem cells after <b>ischemic</b> stroke"
                    : TITLES.get((i - 2) % TITLES.size()) + (i - 2 < TITLES.size() ? "" : " (" + i + ")");
            ris.append("TY  - JOUR\nTI  - ").append(title).append("\nAB  - Patients with ischemic stroke received ")
                    .append("intravenous stem cells or placebo; no mouse model was used.\nJO  - Stroke\nPY  - ")
                    .append(1940 + 2 * i).append("\nKW  - Stroke\nDO  - 10.1234/serve-").append(i).append("\nER  - \n\n");
        }
        Files.writeString(review.resolve("search.ris"), ris.toString());
        Path plan = review.resolve("review.json");
        Files.writeString(plan, Files.readString(plan).replace("\"sources\": [],",
                "\"sources\": [{\"name\": \"MEDLINE\", \"searched\": \"2025-01-01\", \"files\": [\"search.ris\"]}],\n"
                        + "  \"screening\": {\"include_keywords\": [\"stem cells\", \"randomised\"], "
                        + "\"exclude_keywords\": [\"mouse\"], \"exclusion_reasons\": [\"" + String.join("\", \"", REASONS)
                        + "\"]},"));
        return review;
    }

    /** The keys of the made-up records, in the order written. */
    static List<String> keys(int records) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= records; i++) {
            keys.add("lit:doi:10.1234/serve-" + i);
        }
        return keys;
    }

    /** Runs the review on the store {@code db} (created), so it holds the records. */
    static void run(Path review, Path db) {
        run(review, org.evsyn.core.store.StoreLocation.file(db));
    }

    /** Runs the review on the store at {@code location}, so it holds the records. */
    static void run(Path review, org.evsyn.core.store.StoreLocation location) {
        Injector injector = Guice.createInjector(new IngestModule(), new JdbcStoreModule());
        injector.getInstance(ReviewRunner.class).run(new ReviewRequest(review, location, ReviewMode.RUN,
                OpenOptions.forWriting(), "test", Clock.systemUTC()));
    }
}
