package org.evsyn.ingest;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;

/**
 * Binds the built-in ingest adapters. Each adapter is one {@code addBinding()} line; modules bind, they do no I/O.
 */
public final class IngestModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<IngestAdapter> adapters = Multibinder.newSetBinder(binder(), IngestAdapter.class);
        // Built-in adapters are added here, one line each.
    }
}
