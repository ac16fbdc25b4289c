package org.evsyn.cli;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.evsyn.stats.Meta;
import org.evsyn.stats.MetaFit;
import org.evsyn.stats.analysis.MetaAnalysisRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules of docs/architecture.md as tests: a wrong import fails the build.
 * The cli test classpath holds every module, so all production classes are checked here.
 */
class ModuleBoundariesTest {

    private static JavaClasses evsyn;

    @BeforeAll
    static void importClasses() {
        evsyn = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the store's test-jar (contract classes, PostgresHarness) is test code too
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.evsyn");
    }

    @Test
    void statsDependsOnlyOnTheJdkAndCommonsMath() {
        classes().that().resideInAPackage("org.evsyn.stats..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.evsyn.stats..", "java..", "org.apache.commons.math3..")
                .because("stats is a pure library another project can take alone")
                .check(evsyn);
    }

    /**
     * The other modules read stats from the classpath, where its module descriptor is not enforced: this rule
     * enforces it for them, from the descriptor itself, so the two cannot drift apart.
     */
    @Test
    void codeOutsideStatsUsesOnlyThePackagesStatsExports() throws Exception {
        Set<String> exported = statsExports();
        assertThat(exported).contains("org.evsyn.stats").doesNotContain("org.evsyn.stats.internal");
        DescribedPredicate<JavaClass> unexported = new DescribedPredicate<>("are in a package stats does not export") {
            @Override
            public boolean test(JavaClass c) {
                String p = c.getPackageName();
                return (p.equals("org.evsyn.stats") || p.startsWith("org.evsyn.stats.")) && !exported.contains(p);
            }
        };
        noClasses().that().resideOutsideOfPackage("org.evsyn.stats..")
                .should().dependOnClassesThat(unexported)
                .because("stats' API is its exported packages (stats/src/main/java/module-info.java)")
                .check(evsyn);
    }

    /** The unqualified exports of the org.evsyn.stats module descriptor, read from wherever its classes are. */
    private static Set<String> statsExports() throws Exception {
        Path location = Path.of(Meta.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor stats = ModuleFinder.of(location).find("org.evsyn.stats").orElseThrow(
                () -> new AssertionError("no org.evsyn.stats module descriptor at " + location)).descriptor();
        return stats.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
    }

    @Test
    void statsDoesNoInputOrOutput() {
        noClasses().that().resideInAPackage("org.evsyn.stats..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..")
                .because("stats takes values and returns values")
                .check(evsyn);
    }

    @Test
    void onlyTheStoreImplementationTouchesJdbcOrJooq() {
        noClasses().that().resideOutsideOfPackage("org.evsyn.core.store.jdbc..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.jooq..", "org.sqlite..", "org.postgresql..",
                        "com.zaxxer..")
                .because("no SQL leaves the store implementation; the store's interfaces speak the domain")
                .check(evsyn);
    }

    @Test
    void domainEngineStatsAndSpiNeedNoInjector() {
        noClasses().that().resideInAnyPackage(ModuleGraphTest.DOMAIN)
                .or().resideInAnyPackage(ModuleGraphTest.ENGINE)
                .or().resideInAnyPackage("org.evsyn.stats..", "org.evsyn.ingest.spi..")
                .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
                .because("these artifacts are usable without an injector (jakarta.inject annotations only)")
                .check(evsyn);
    }

    @Test
    void onlyCliBuildsTheInjector() {
        noClasses().that().resideOutsideOfPackage("org.evsyn.cli..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.google.inject.Guice")
                .because("cli is the composition root")
                .check(evsyn);
    }

    /**
     * Reporting arranges what the analysis computed: it calls no fitting entry point (the front door, the runner,
     * stats' internals, the conversions) and none of a fit's follow-up analyses (refits, tests, subgroups).
     */
    @Test
    void reportingFitsNothing() {
        Set<String> entryPoints = Set.of(Meta.class.getName(), MetaAnalysisRunner.class.getName(),
                "org.evsyn.stats.network.Network", "org.evsyn.stats.sequential.TrialSequential",
                "org.evsyn.stats.fragility.Fragility",
                "org.evsyn.stats.dose.DoseResponse", "org.evsyn.stats.dose.DoseMetaRegression",
                "org.evsyn.stats.dose.GreenlandLongnecker", "org.evsyn.stats.adverse.OrganClassAnalysis");
        // A network fit computes its follow-up analyses on demand: reporting reads the engine's records instead.
        Set<String> networkFollowUps = Set.of("effectsVsReference", "effect", "league", "pScores",
                "rankProbabilities", "decomposition", "netsplit", "geometry", "multiArmAdjustments", "heterogeneity",
                "qm");
        Set<String> followUps = Set.of("leaveOneOut", "cumulative", "influence", "trimAndFill", "regtest", "ranktest",
                "subgroups", "confint", "predict");
        DescribedPredicate<JavaCall<?>> fitting = new DescribedPredicate<>("fit or refit a model") {
            @Override
            public boolean test(JavaCall<?> access) {
                JavaClass owner = access.getTargetOwner();
                return entryPoints.contains(owner.getName())
                        || owner.getPackageName().startsWith("org.evsyn.stats.conversion")
                        || owner.getPackageName().startsWith("org.evsyn.stats.internal")
                        || (owner.isAssignableTo(MetaFit.class) && followUps.contains(access.getName()))
                        || (owner.getName().equals("org.evsyn.stats.network.NetworkFit")
                        && networkFollowUps.contains(access.getName()));
            }
        };
        noClasses().that().resideInAPackage("org.evsyn.reporting..")
                .should().callCodeUnitWhere(fitting)
                .because("the engine computes every number a report shows; reporting only selects and arranges")
                .check(evsyn);
    }

    @Test
    void onlyCliUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("org.evsyn.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(evsyn);
    }

    /**
     * A review is run by the engine's {@code ReviewRunner}: cli parses arguments, calls it and prints its result. So
     * no cli class reads registry results, finds duplicates, screens, judges risk of bias or records analysis runs, nor
     * uses the store's review repositories. The two screening values the engine's team-screening front door takes
     * and returns (the stage, the PRISMA counts) are what the screening app shows, not logic.
     */
    @Test
    void cliHoldsNoReviewLogic() {
        DescribedPredicate<JavaClass> reviewLogic = new DescribedPredicate<>("review logic (registry, dedup, living, "
                + "screening but its Stage and PrismaCounts values, rob, attributes)") {
            @Override
            public boolean test(JavaClass c) {
                String p = c.getPackageName();
                boolean inLogic = Stream.of("registry", "dedup", "living", "screening", "rob", "attributes")
                        .anyMatch(x -> p.equals("org.evsyn.core.review." + x)
                                || p.startsWith("org.evsyn.core.review." + x + "."));
                return inLogic && !Set.of("org.evsyn.core.review.screening.ScreeningDecision$Stage",
                        "org.evsyn.core.review.screening.PrismaCounts").contains(c.getName());
            }
        };
        noClasses().that().resideInAPackage("org.evsyn.cli..")
                .should().dependOnClassesThat(reviewLogic)
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.evsyn.core.store.ReviewDecisionRepository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.evsyn.core.store.AnalysisRunRepository")
                .because("the review workflow lives in the engine (org.evsyn.core.review.run); cli only prints it")
                .check(evsyn);
    }

    /**
     * Numbers are computed once, by stats through the engine; only the command line front ends of stats
     * ({@code meta}, {@code nma}, {@code tsa}, {@code fragility}, {@code dose-response}) fit models themselves
     * (their commands in org.evsyn.cli.meta and below, and the factory that hands them the runner).
     */
    @Test
    void onlyTheMetaCommandFitsModels() {
        DescribedPredicate<JavaClass> fitting = new DescribedPredicate<>(
                "fit models (stats' Meta, MetaAnalysisRunner, RmaFit, MhPetoFit, Network, NetworkFit and internals, the "
                        + "engine's analysers)") {
            @Override
            public boolean test(JavaClass c) {
                return Set.of("org.evsyn.stats.Meta", "org.evsyn.stats.analysis.MetaAnalysisRunner",
                        "org.evsyn.stats.RmaFit", "org.evsyn.stats.MhPetoFit",
                        "org.evsyn.stats.network.Network", "org.evsyn.stats.network.NetworkFit",
                        "org.evsyn.stats.sequential.TrialSequential", "org.evsyn.stats.fragility.Fragility",
                        "org.evsyn.core.review.engine.OutcomeAnalyser", "org.evsyn.core.review.engine.ReviewEngine",
                        "org.evsyn.stats.dose.DoseResponse", "org.evsyn.stats.dose.DoseMetaRegression",
                        "org.evsyn.stats.adverse.OrganClassAnalysis",
                        "org.evsyn.core.review.dose.DoseResponseAnalyser",
                        "org.evsyn.core.review.organclass.OrganClassAnalyser")
                        .contains(c.getName()) || c.getPackageName().startsWith("org.evsyn.stats.internal");
            }
        };
        noClasses().that().resideInAPackage("org.evsyn.cli..").and().resideOutsideOfPackage("org.evsyn.cli.meta..")
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(fitting)))
                .because("a review's numbers come from ReviewRunner's result; cli formats them")
                .check(evsyn);
    }
}
