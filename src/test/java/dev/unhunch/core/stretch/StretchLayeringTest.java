package dev.unhunch.core.stretch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The stretch core stays free of Swing/AWT so it can be tested and reused without a display. */
class StretchLayeringTest {

    // importing the compiled classes directly keeps this fast (no class-path scan)
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPaths(Path.of("target/classes/dev/unhunch/core/stretch"),
                    Path.of("target/classes/dev/unhunch/ui/illustration"));

    @Test
    void stretchCoreUsesNoAwtOrSwing() {
        noClasses().that().resideInAPackage("dev.unhunch.core.stretch..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "dev.unhunch.ui..")
                .check(classes);
    }

    @Test
    void illustrationsTouchNoFiles() {
        noClasses().that().resideInAPackage("dev.unhunch.ui.illustration..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .check(classes);
    }
}
