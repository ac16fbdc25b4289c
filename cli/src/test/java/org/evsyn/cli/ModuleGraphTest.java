package org.evsyn.cli;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The artifact graph of docs/architecture.md: which module's packages may use which. Packages map to artifacts
 * one to one (no package is split between two jars), so a rule on packages is a rule on the Maven modules.
 */
class ModuleGraphTest {

    /** evsyn-domain: the domain model and the review's decisions with the sheets they are read from. */
    static final String[] DOMAIN = {"org.evsyn.core.domain..", "org.evsyn.core.input..",
            "org.evsyn.core.review.sheet..", "org.evsyn.core.review.rob..", "org.evsyn.core.review.screening..",
            "org.evsyn.core.review.dedup.."};
    /** evsyn-review: the review engine. */
    static final String[] ENGINE = {"org.evsyn.core.review.attributes..", "org.evsyn.core.review.engine..",
            "org.evsyn.core.review.grade..", "org.evsyn.core.review.living..", "org.evsyn.core.review.plan..",
            "org.evsyn.core.review.registry..", "org.evsyn.core.review.run..",
            "org.evsyn.core.review.dose..", "org.evsyn.core.review.organclass..",
            "org.evsyn.core.review.team..", "org.evsyn.core.review.ranking.."};

    /** evsyn-test-support: helpers the tests share; on the test classpath only. */
    static final String[] TEST_SUPPORT = {"org.evsyn.core.fuzz..", "org.evsyn.core.testing.."};

    private static JavaClasses evsyn;

    @BeforeAll
    static void importClasses() {
        evsyn = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // A test-jar on the classpath (the store contract) holds tests the predefined option cannot tell apart.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.evsyn");
    }

    private static LayeredArchitecture modules() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy(DOMAIN)
                .layer("store").definedBy("org.evsyn.core.store..")
                .layer("stats").definedBy("org.evsyn.stats..")
                .layer("ingest-spi").definedBy("org.evsyn.ingest.spi..")
                .layer("ingest").definedBy(ingestService())
                .layer("engine").definedBy(ENGINE)
                .layer("reporting").definedBy("org.evsyn.reporting..")
                .layer("cli").definedBy("org.evsyn.cli..")
                .layer("test-support").definedBy(TEST_SUPPORT);
    }

    /** org.evsyn.ingest and its sub-packages except the SPI. */
    private static DescribedPredicate<JavaClass> ingestService() {
        return new DescribedPredicate<>("the ingest service and its bundled adapters") {
            @Override
            public boolean test(JavaClass c) {
                String p = c.getPackageName();
                return (p.equals("org.evsyn.ingest") || p.startsWith("org.evsyn.ingest."))
                        && !p.startsWith("org.evsyn.ingest.spi");
            }
        };
    }

    @Test
    void everyPackageBelongsToOneModule() {
        List<String> unplaced = evsyn.stream().map(JavaClass::getPackageName).distinct()
                .filter(p -> !p.equals("org.evsyn.cli") && !p.startsWith("org.evsyn.cli.")
                        && !p.startsWith("org.evsyn.stats") && !p.startsWith("org.evsyn.reporting")
                        && !p.startsWith("org.evsyn.ingest") && !p.startsWith("org.evsyn.core.store")
                        && !in(p, DOMAIN) && !in(p, ENGINE) && !in(p, TEST_SUPPORT))
                .sorted().toList();
        assertThat(unplaced)
                .as("packages no module rule covers; add them to the module they belong to").isEmpty();
    }

    private static boolean in(String pkg, String[] patterns) {
        for (String p : patterns) {
            String base = p.substring(0, p.length() - 2);
            if (pkg.equals(base) || pkg.startsWith(base + ".")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void modulesDependOnlyDownTheGraph() {
        modules()
                .whereLayer("domain").mayNotAccessAnyLayer()
                .whereLayer("stats").mayNotAccessAnyLayer()
                .whereLayer("ingest-spi").mayOnlyAccessLayers("domain")
                .whereLayer("store").mayOnlyAccessLayers("domain")
                .whereLayer("ingest").mayOnlyAccessLayers("ingest-spi", "domain", "store")
                .whereLayer("engine").mayOnlyAccessLayers("domain", "store", "stats", "ingest-spi", "ingest")
                .whereLayer("reporting").mayOnlyAccessLayers("engine", "domain", "stats")
                .whereLayer("test-support").mayNotBeAccessedByAnyLayer()
                .because("an adapter author needs only the SPI, a store only the domain, and reporting renders "
                        + "results without reading exports or the store")
                .check(evsyn);
    }

    /**
     * Inside stats the exported packages and the numerical engines of {@code stats.internal} call each other by
     * design (records in, fits out, behind the {@code Meta} front door); stats is one artifact whose boundary its
     * module descriptor enforces, so the rule covers every other package and the edges into and out of stats.
     */
    @Test
    void noPackageCycles() {
        slices().matching("org.evsyn.(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.evsyn.stats.."), resideInAPackage("org.evsyn.stats.."))
                .because("each package can be understood, tested and moved with what it depends on")
                .check(evsyn);
    }
}
