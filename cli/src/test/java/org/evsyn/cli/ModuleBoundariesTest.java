package org.evsyn.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    @Test
    void statsDoesNoInputOrOutput() {
        noClasses().that().resideInAPackage("org.evsyn.stats..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..")
                .because("stats takes values and returns values")
                .check(evsyn);
    }

    @Test
    void onlyCoreTouchesJdbcOrJooq() {
        noClasses().that().resideOutsideOfPackage("org.evsyn.core..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.jooq..", "org.sqlite..")
                .because("no SQL leaves core")
                .check(evsyn);
    }

    @Test
    void onlyCliBuildsTheInjector() {
        noClasses().that().resideOutsideOfPackage("org.evsyn.cli..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.google.inject.Guice")
                .because("cli is the composition root")
                .check(evsyn);
    }

    @Test
    void coreKnowsNoOuterModule() {
        noClasses().that().resideInAPackage("org.evsyn.core..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.evsyn.ingest..", "org.evsyn.reporting..", "org.evsyn.cli..")
                .check(evsyn);
    }

    @Test
    void ingestKnowsNeitherReportingNorCli() {
        noClasses().that().resideInAPackage("org.evsyn.ingest..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.evsyn.reporting..", "org.evsyn.cli..")
                .check(evsyn);
    }

    @Test
    void reportingKnowsNeitherIngestNorCli() {
        noClasses().that().resideInAPackage("org.evsyn.reporting..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.evsyn.ingest..", "org.evsyn.cli..")
                .check(evsyn);
    }

    @Test
    void onlyCliUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("org.evsyn.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(evsyn);
    }
}
