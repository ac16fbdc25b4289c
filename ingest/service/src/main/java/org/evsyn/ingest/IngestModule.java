package org.evsyn.ingest;

import org.evsyn.ingest.spi.IngestAdapter;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.evsyn.ingest.ctgov.CtgovJsonAdapter;

/**
 * Binds the built-in ingest adapters. Each adapter is one {@code addBinding()} line; modules bind, they do no I/O.
 */
public final class IngestModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<IngestAdapter> adapters = Multibinder.newSetBinder(binder(), IngestAdapter.class);
        // Built-in adapters are added here, one line each.
        adapters.addBinding().to(org.evsyn.ingest.literature.MedlineAdapter.class);
        adapters.addBinding().to(org.evsyn.ingest.literature.PubmedXmlAdapter.class);
        adapters.addBinding().to(org.evsyn.ingest.literature.RisAdapter.class);
        adapters.addBinding().to(org.evsyn.ingest.extraction.ExtractionCsvAdapter.class);
        adapters.addBinding().to(CtgovJsonAdapter.class);
        adapters.addBinding().to(org.evsyn.ingest.ctgov.CtgovClassicJsonAdapter.class);
        adapters.addBinding().to(org.evsyn.ingest.registry.CtgovCsvAdapter.class);
        adapters.addBinding().to(org.evsyn.ingest.registry.CtgovXmlAdapter.class);
        adapters.addBinding().to(org.evsyn.ingest.registry.IctrpXmlAdapter.class);
    }
}
