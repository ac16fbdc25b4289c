package org.evsyn.cli.store;

import org.evsyn.cli.Environment;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The {@code --db PATH} option every store command mixes in. Precedence: {@code --db}, then the
 * {@code EVSYN_DB} environment variable, then {@code ./evidence.db}.
 */
public final class StoreOption {

    /** Environment variable naming the store file. */
    public static final String ENV = "EVSYN_DB";
    /** The store file when nothing else is said. */
    public static final String DEFAULT_FILE = "evidence.db";

    @Option(names = "--db", paramLabel = "PATH",
            description = "Evidence store file (default: $EVSYN_DB, else ./evidence.db).")
    Path db;

    /** The store file this command uses, absolute. */
    public Path resolve(Environment environment) {
        Path chosen = db != null ? db
                : environment.variable(ENV).map(Path::of).orElse(Path.of(DEFAULT_FILE));
        return environment.workingDirectory().resolve(chosen).normalize();
    }
}
