package org.parley.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of ARCHITECTURE.md: data flows lists → screening → rules → platform → web/CLI. */
class ModuleRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.parley");
    }

    @Test
    void everyModuleIsImported() {
        assertThat(classes.containPackage("org.parley.screening")).isTrue();
        assertThat(classes.containPackage("org.parley.cli")).isTrue();
    }

    @Test
    void screeningDependsOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("org.parley.screening..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.parley.rules..", "org.parley.core..", "org.parley.web..", "org.parley.cli..")
                .check(classes);
    }

    @Test
    void rulesUseOnlyScreeningResultTypes() {
        noClasses()
                .that()
                .resideInAPackage("org.parley.rules..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.parley.screening.index..",
                        "org.parley.screening.names..",
                        "org.parley.screening.match..",
                        "org.parley.core..",
                        "org.parley.web..",
                        "org.parley.cli..")
                .check(classes);
    }

    @Test
    void enginesArePure() {
        noClasses()
                .that()
                .resideInAnyPackage("org.parley.screening..", "org.parley.rules..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "java.net.http..", "org.jdbi..", "io.javalin..", "javax.sql..")
                .check(classes);
    }

    @Test
    void coreKnowsNothingOfWebOrCli() {
        noClasses()
                .that()
                .resideInAPackage("org.parley.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.parley.web..", "org.parley.cli..", "io.javalin..", "picocli..")
                .check(classes);
    }

    @Test
    void webKnowsNothingOfCli() {
        noClasses()
                .that()
                .resideInAPackage("org.parley.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.parley.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void onlyTheCliWritesToTheConsole() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.parley.cli..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(classes);
    }
}
