package org.evsyn.cli.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.inject.Inject;
import org.evsyn.cli.console.Environment;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Prints what the store holds. */
@Command(name = "status",
        mixinStandardHelpOptions = true,
        description = "Show what the evidence store holds.",
        footer = {"", "Examples:", "  evsyn status", "  evsyn status --db review.db --json",
                "", "Never creates a store: a store that does not exist is an error (make one with evsyn init)."})
public final class StatusCommand implements Runnable {

    private final EvidenceStoreFactory stores;
    private final Environment environment;

    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "Print one JSON object (keys are stable).")
    boolean json;

    @Inject
    StatusCommand(EvidenceStoreFactory stores, Environment environment) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public void run() {
        try (EvidenceStore opened = store.openForReading(stores, environment)) {
            Map<String, Long> counts = countsByKey(opened.counts());
            if (json) {
                environment.out().println(toJson(counts));
            } else {
                environment.out().printf("Evidence store %s (schema version %d)%n", opened.location().describe(), opened.schemaVersion());
                counts.forEach((k, v) -> environment.out().printf("  %-20s %,d%n", k.replace('_', ' '), v));
            }
        }
    }

    /** The JSON keys of {@code status --json}, in a fixed order. */
    static Map<String, Long> countsByKey(StoreCounts c) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("registrations", c.registrations());
        m.put("literature_records", c.literatureRecords());
        m.put("studies", c.studies());
        m.put("arms", c.arms());
        m.put("outcome_measures", c.outcomeMeasures());
        m.put("outcome_results", c.outcomeResults());
        m.put("adverse_events", c.adverseEvents());
        m.put("import_batches", c.importBatches());
        return m;
    }

    private static String toJson(Map<String, Long> counts) {
        try {
            return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
