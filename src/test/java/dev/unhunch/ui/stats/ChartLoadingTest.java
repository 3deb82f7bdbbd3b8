package dev.unhunch.ui.stats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The chart library must stay unloaded until the statistics window opens (the app starts fast):
 * only {@link DayCharts} touches it, only {@link StatisticsWindow} touches that, and the window
 * itself is reached only from the app's wiring.
 */
class ChartLoadingTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.unhunch");

    @Test
    void onlyDayChartsUsesXChart() {
        noClasses().that().doNotHaveFullyQualifiedName(DayCharts.class.getName())
                .and().doNotHaveFullyQualifiedName(DayCharts.class.getName() + "$ChartView")
                .should().dependOnClassesThat().resideInAPackage("org.knowm..").check(classes);
    }

    @Test
    void onlyTheStatisticsWindowUsesTheCharts() {
        noClasses().that().resideOutsideOfPackage("dev.unhunch.ui.stats")
                .should().dependOnClassesThat().haveFullyQualifiedName(DayCharts.class.getName()).check(classes);
    }

    @Test
    void theStatisticsWindowIsOpenedOnlyFromTheWiring() {
        noClasses().that().resideOutsideOfPackage("dev.unhunch.ui.stats")
                .and().doNotHaveFullyQualifiedName("dev.unhunch.app.PreferencesWiring")
                .should().dependOnClassesThat().haveFullyQualifiedName(StatisticsWindow.class.getName())
                .check(classes);
    }
}
