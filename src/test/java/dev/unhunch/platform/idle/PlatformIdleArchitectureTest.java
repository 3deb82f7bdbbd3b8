package dev.unhunch.platform.idle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The idle package's own layering rules. */
class PlatformIdleArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.unhunch.platform");

    @Test
    void platformNeverUsesSwing() {
        noClasses().that().resideInAPackage("dev.unhunch.platform..")
                .should().dependOnClassesThat().resideInAPackage("javax.swing..")
                .check(classes);
    }

    @Test
    void onlyTheDbusPackageUsesDbusJava() {
        noClasses().that().resideInAPackage("dev.unhunch.platform..")
                .and().resideOutsideOfPackage("dev.unhunch.platform.idle.dbus..")
                .should().dependOnClassesThat().resideInAPackage("org.freedesktop.dbus..")
                .check(classes);
    }
}
