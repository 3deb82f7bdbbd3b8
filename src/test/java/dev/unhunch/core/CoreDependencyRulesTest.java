package dev.unhunch.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine core stays plain Java: no UI, native, storage libraries, threads or console. */
class CoreDependencyRulesTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.unhunch.core");

    @Test
    void coreUsesTheJdkOnly() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.awt..", "javax.swing..", "dorkbox..",
                        "org.apache.commons.configuration2..", "com.sun.jna..", "org.slf4j..")
                .check(core);
    }

    @Test
    void coreOwnsNoThreadsAndDoesNotReadTheSystemClock() {
        noClasses().should().callMethod(Thread.class, "sleep", long.class)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(Thread.class, Runnable.class)
                .check(core);
    }

    @Test
    void coreWritesNoStandardStreams() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(core);
    }
}
