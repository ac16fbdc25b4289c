package org.evsyn.cli.serve;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.evsyn.cli.console.Environment;
import org.evsyn.cli.console.TerminalText;
import org.evsyn.cli.store.StoreOption;
import org.evsyn.core.review.plan.ReviewPlanReader;
import org.evsyn.core.review.plan.ScreeningPlan;
import org.evsyn.core.review.ranking.TfidfLogisticRanker;
import org.evsyn.core.review.team.Reviewer;
import org.evsyn.core.review.team.ReviewerToken;
import org.evsyn.core.review.team.TeamScreening;
import org.evsyn.core.review.team.TeamScreenings;
import org.evsyn.core.store.EvidenceStore;
import org.evsyn.core.store.EvidenceStoreFactory;
import org.evsyn.core.store.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * {@code evsyn serve}: the screening web app for a review's team. The web server's classes are reached only
 * from {@link #call()}, through {@link ServeSession}, so other commands never load them.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Serve the screening web app for a review: reviewers sign in with a token, screen title/"
                + "abstract and full text blind, resolve conflicts and watch the PRISMA flow.",
                "The store must hold the review's records: run 'evsyn run REVIEW_DIR' on it first."},
        footer = {"", "Examples:",
                "  evsyn serve my-review --db my-review.db --reviewer Ann --reviewer Ben",
                "  evsyn serve my-review --db my-review.db --new-token Ben",
                "  evsyn serve my-review --db my-review.db --bind 0.0.0.0 --port 8443",
                "", "Each new reviewer's token is printed once; only its hash is stored. Serves until stopped "
                        + "(Ctrl-C). Binds to 127.0.0.1 (this machine only) unless --bind says otherwise."})
public final class ServeCommand implements Callable<Integer> {

    private final Environment environment;
    private final EvidenceStoreFactory stores;
    private final TeamScreenings screenings;
    private final ReviewPlanReader plans;
    /** The active-learning model; one fresh instance per server, as it keeps its fit between calls. */
    private final Provider<TfidfLogisticRanker> ranker;

    @Parameters(index = "0", paramLabel = "REVIEW_DIR", description = "The review folder (holds review.json).")
    Path reviewDir;

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--reviewer", paramLabel = "NAME",
            description = "Add a reviewer and print their token (once); an existing reviewer keeps theirs.")
    List<String> reviewers = new ArrayList<>();

    @Option(names = "--new-token", paramLabel = "NAME",
            description = "Give an existing reviewer a new token (printed once); the old one stops working.")
    List<String> renewals = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Inject
    ServeCommand(Environment environment, EvidenceStoreFactory stores, TeamScreenings screenings,
                 ReviewPlanReader plans, Provider<TfidfLogisticRanker> ranker) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.screenings = Objects.requireNonNull(screenings, "screenings");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.ranker = Objects.requireNonNull(ranker, "ranker");
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, got " + port);
        }
        for (String name : concat(reviewers, renewals)) {
            if (name.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "a reviewer needs a name");
            }
        }
        Path dir = environment.workingDirectory().resolve(reviewDir).normalize();
        // An absent SQLite file would be created empty, then found to lack the records: say what to do first.
        if (store.location(environment) instanceof StoreLocation.SqliteFile file && !Files.exists(file.file())) {
            throw new IllegalStateException("no store at " + file.file() + "; run the review on it first: evsyn run "
                    + reviewDir + " --db " + file.file());
        }
        ScreeningPlan plan = plans.read(dir).screening();
        EvidenceStore opened = store.openForWriting(stores, environment);
        try {
            TeamScreening team = screenings.open(dir, opened, ranker.get());
            printTokens(team);
            // From here the store is the server's: closed when the process is stopped.
            ServeSession.serve(team, new ScreeningSettings(plan.includeKeywords(), plan.excludeKeywords(),
                    plan.exclusionReasons()), bind, port, opened, environment.out(), environment.err());
            return 0;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private void printTokens(TeamScreening team) {
        List<String> known = team.reviewers().stream().map(Reviewer::name).toList();
        for (String name : reviewers) {
            String n = name.trim();
            if (known.contains(n)) {
                environment.out().println("Reviewer " + TerminalText.line(n) + " already has a token (--new-token "
                        + TerminalText.line(n) + " replaces it)");
                continue;
            }
            print(team.addReviewer(n));
        }
        for (String name : renewals) {
            if (!team.reviewers().stream().map(Reviewer::name).toList().contains(name.trim())) {
                throw new IllegalArgumentException("--new-token: no reviewer named '" + name.trim()
                        + "' (add one with --reviewer)");
            }
            print(team.renewToken(name.trim()));
        }
    }

    private void print(ReviewerToken t) {
        environment.out().println("Token for " + TerminalText.line(t.reviewer().name()) + ": " + t.token());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
