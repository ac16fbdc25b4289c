package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestAdapter;

import org.evsyn.ingest.spi.FileHead;

import com.google.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Every ingest adapter this installation knows: the built-in ones bound in {@link IngestModule} plus any
 * third-party ones on the classpath ({@link ServiceLoader}). When both offer the same format id, the bound one
 * wins, so a jar cannot silently replace a built-in parser.
 */
public final class AdapterRegistry {

    private final List<IngestAdapter> adapters;
    private final Map<String, IngestAdapter> byId;

    @Inject
    public AdapterRegistry(Set<IngestAdapter> bound) {
        this(bound, ServiceLoader.load(IngestAdapter.class, classLoader()));
    }

    /** For tests and embedders: the given adapters plus those from {@code discovered}. */
    public AdapterRegistry(Set<IngestAdapter> bound, Iterable<IngestAdapter> discovered) {
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(discovered, "discovered");
        Map<String, IngestAdapter> map = new LinkedHashMap<>();
        // Sorted so detection order does not depend on hash order of the set.
        bound.stream().sorted(Comparator.comparing(IngestAdapter::formatId))
                .forEach(a -> map.putIfAbsent(a.formatId(), a));
        List<IngestAdapter> found = new ArrayList<>();
        discovered.forEach(found::add);
        found.stream().sorted(Comparator.comparing(IngestAdapter::formatId))
                .forEach(a -> map.putIfAbsent(a.formatId(), a));
        this.byId = Map.copyOf(map);
        this.adapters = List.copyOf(map.values());
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : AdapterRegistry.class.getClassLoader();
    }

    /** All adapters, built-in first, each group in format-id order. */
    public List<IngestAdapter> all() {
        return adapters;
    }

    /** The adapter for a format id. */
    public Optional<IngestAdapter> find(String formatId) {
        return Optional.ofNullable(byId.get(formatId));
    }

    /** The first adapter whose sniffer accepts the head; sniffers that throw count as "no". */
    public Optional<IngestAdapter> detect(FileHead head) {
        for (IngestAdapter a : adapters) {
            if (sniffs(a, head)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    static boolean sniffs(IngestAdapter adapter, FileHead head) {
        try {
            return adapter.sniff(head);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Comma-separated format ids, for error messages. */
    public String ids() {
        return String.join(", ", adapters.stream().map(IngestAdapter::formatId).toList());
    }
}
