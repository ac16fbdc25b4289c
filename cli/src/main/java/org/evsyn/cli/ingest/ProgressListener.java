package org.evsyn.cli.ingest;

import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.evsyn.cli.console.TerminalText;
import org.evsyn.ingest.FileResult;
import org.evsyn.ingest.IngestListener;

/**
 * A terminal progress bar counting records with their rate. Only used when standard output is a terminal, so
 * piped and scripted runs stay quiet.
 */
final class ProgressListener implements IngestListener, AutoCloseable {

    private final ProgressBar bar;

    ProgressListener() {
        this.bar = new ProgressBarBuilder()
                .setTaskName("ingest")
                .setInitialMax(-1)
                .setUnit(" records", 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setUpdateIntervalMillis(250)
                .clearDisplayOnFinish()
                .build();
    }

    @Override
    public void fileStarted(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        bar.setExtraMessage(" " + TerminalText.line(name.substring(slash + 1)));
    }

    @Override
    public void planned(String name, long units, long done) {
        if (units > 0) {
            bar.maxHint(units);
            bar.stepTo(done);
        }
    }

    @Override
    public void recordRead() {
        bar.step();
    }

    @Override
    public void fileFinished(FileResult result) {
        bar.setExtraMessage("");
    }

    @Override
    public void close() {
        bar.close();
    }
}
