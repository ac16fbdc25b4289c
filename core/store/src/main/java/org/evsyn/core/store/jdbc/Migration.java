package org.evsyn.core.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One schema migration: an SQL resource that takes the store from {@code version - 1} to {@code version}.
 *
 * @param version  the schema version after this migration (SQLite's {@code PRAGMA user_version}, PostgreSQL's
 *                 {@code evsyn_schema_version} table)
 * @param resource resource name next to this class's {@code migrations} folder, e.g. {@code V1__schema.sql}
 */
record Migration(int version, String resource) {

    private static final String FOLDER = "/org/evsyn/core/store/migrations/";

    /** Every migration this build knows, in order; the last one's version is the schema this build writes. */
    static final List<Migration> ALL = List.of(new Migration(1, "V1__schema.sql"),
            new Migration(2, "V2__review_decisions.sql"), new Migration(3, "V3__registry_results.sql"),
            new Migration(4, "V4__study_estimates.sql"),
            new Migration(5, "V5__arm_treatments.sql"), new Migration(6, "V6__intervention_details.sql"),
            new Migration(7, "V7__team_screening.sql"));

    static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }

    /**
     * The statements of the script. Scripts keep one rule so no SQL parser is needed: a statement ends with a
     * semicolon at the end of a line, and lines starting with {@code --} are comments.
     */
    List<String> statements() {
        return statements(FOLDER + resource);
    }

    /**
     * The statements of the PostgreSQL script of the same version ({@code migrations/postgres/}): the same schema in
     * PostgreSQL's types.
     */
    List<String> postgresStatements() {
        return statements(FOLDER + "postgres/" + resource);
    }

    private List<String> statements(String path) {
        String script;
        try (InputStream in = Migration.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("migration resource missing from the build: " + path);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + resource, e);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration " + resource + " ends without a semicolon");
        }
        return List.copyOf(statements);
    }
}
