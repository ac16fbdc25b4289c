package org.evsyn.cli.store;

import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Objects;

/** Creates the evidence store, or brings an existing one to the current schema. */
@Command(name = "init",
        mixinStandardHelpOptions = true,
        description = "Create the evidence store, or migrate an existing one to this version's schema.",
        footer = {"", "Examples:", "  evsyn init", "  evsyn init --db /data/stroke-review.db",
                "", "Running it again on an up-to-date store changes nothing."})
public final class InitCommand implements Runnable {

    private final EvidenceStoreFactory stores;
    private final Environment environment;

    @Mixin
    StoreOption store;

    @Inject
    InitCommand(EvidenceStoreFactory stores, Environment environment) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public void run() {
        try (EvidenceStore opened = store.openForWriting(stores, environment)) {
            environment.out().printf("Evidence store ready: %s (schema version %d)%n",
                    opened.location().describe(), opened.schemaVersion());
        }
    }
}
