package dev.unhunch.platform.idle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The idle package's own layering rules. */
class PlatformIdleArchitectureTest {

    // Imports only the main classes directory: scanning the whole class path for the package took 11 s.
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(mainClasses().resolve("dev/unhunch/platform"));

    private static Path mainClasses() {
        try {
            return Path.of(IdleSources.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

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
                .and().resideOutsideOfPackage("dev.unhunch.platform.dbus..")
                .should().dependOnClassesThat().resideInAPackage("org.freedesktop.dbus..")
                .check(classes);
    }
}
