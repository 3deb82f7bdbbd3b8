package dev.unhunch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.unhunch");
    }

    /** docs/architecture.md, "Layers": who may use whom; {@code app} is the composition root. */
    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("core").definedBy("dev.unhunch.core..")
                .layer("platform").definedBy("dev.unhunch.platform..")
                .layer("storage").definedBy("dev.unhunch.storage..")
                .layer("ui").definedBy("dev.unhunch.ui..")
                .layer("cli").definedBy("dev.unhunch.cli..")
                .layer("app").definedBy("dev.unhunch.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("storage").mayOnlyBeAccessedByLayers("app")
                .whereLayer("platform").mayOnlyBeAccessedByLayers("storage", "cli", "app")
                .because("docs/architecture.md: the core is pure, adapters sit beside it, app wires them")
                .check(classes);
    }

    @Test
    void coreIsPlainJava() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.unhunch.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.awt..", "javax.swing..", "javax.sound..", "dorkbox..", "org.apache.commons.configuration2..",
                        "com.sun.jna..", "dev.unhunch.platform..", "dev.unhunch.storage..", "dev.unhunch.ui..",
                        "dev.unhunch.cli..", "dev.unhunch.app..")
                .because("the core is driven by injected time and ports, and must run anywhere");
        rule.check(classes);
    }

    @Test
    void uiNeitherTouchesFilesNorNativeCode() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.unhunch.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.sun.jna..", "dev.unhunch.storage..",
                        "dev.unhunch.platform..", "org.apache.commons.configuration2..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .because("Swing code reaches files and the OS only through ports wired in app");
        rule.check(classes);
    }

    @Test
    void adaptersStayOutOfSwing() {
        noClasses().that().resideInAnyPackage("dev.unhunch.platform..", "dev.unhunch.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "com.formdev..", "dorkbox..")
                .check(classes);
    }

    @Test
    void onlyAppAndCliWriteToStandardStreams() {
        noClasses().that().resideOutsideOfPackages("dev.unhunch.app..", "dev.unhunch.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("everything else logs through dev.unhunch.core.log.Log")
                .check(classes);
    }
}
