package org.evsyn.ingest;

import org.evsyn.core.domain.ParsedRecord;

/**
 * Drops the first records a parser hands over: those an interrupted chunked import of a plain file already
 * committed. They are still parsed (a plain file cannot be entered in the middle), but not stored again.
 */
final class SkippingFeed implements Feed {

    private final Feed target;
    private long toSkip;

    SkippingFeed(Feed target, long toSkip) {
        this.target = target;
        this.toSkip = toSkip;
    }

    @Override
    public void startSource(String name) {
        target.startSource(name);
    }

    @Override
    public void accept(ParsedRecord record) {
        if (toSkip > 0) {
            toSkip--;
            return;
        }
        target.accept(record);
    }

    @Override
    public void reject(String recordRef, String reason) {
        if (toSkip > 0) {
            toSkip--;
            return;
        }
        target.reject(recordRef, reason);
    }
}
