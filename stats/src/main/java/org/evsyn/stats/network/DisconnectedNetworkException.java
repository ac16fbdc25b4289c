package org.evsyn.stats.network;

import org.evsyn.stats.StatsException;

import java.util.List;

/** A disconnected network: not a crash, a diagnostic naming the sub-networks. */
public final class DisconnectedNetworkException extends StatsException {
    private static final long serialVersionUID = 1L;

    private final List<List<String>> components;

    /**
     * Creates the exception.
     *
     * @param components the connected components, each a list of treatments
     */
    public DisconnectedNetworkException(List<List<String>> components) {
        super(message(components));
        this.components = components.stream().map(List::copyOf).toList();
    }

    /** The connected components, each a list of treatment labels. */
    public List<List<String>> components() {
        return components;
    }

    private static String message(List<List<String>> components) {
        StringBuilder b = new StringBuilder("the network is not connected: it has ").append(components.size())
                .append(" sub-networks");
        for (int i = 0; i < components.size(); i++) {
            b.append(i == 0 ? ": " : "; ").append('{').append(String.join(", ", components.get(i))).append('}');
        }
        return b.toString();
    }
}
