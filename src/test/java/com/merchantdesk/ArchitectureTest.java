package com.merchantdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Package rules: JavaFX stays in the view layer; the store knows nothing of features; features know no UI; the
 * shared view controls know no feature.
 */
@AnalyzeClasses(packages = "com.merchantdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule NO_JAVAFX_OUTSIDE_VIEWS = noClasses()
            .that().resideOutsideOfPackages("..ui..", "..view..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("only the view layer may use JavaFX; the CLI and services run without a toolkit");

    @ArchTest
    static final ArchRule STORE_KNOWS_NO_FEATURES = noClasses()
            .that().resideInAPackage("com.merchantdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.merchantdesk.catalog..", "com.merchantdesk.orders..", "com.merchantdesk.ui..", "com.merchantdesk.cli..");

    @ArchTest
    static final ArchRule CATALOG_KNOWS_NO_UI = noClasses()
            .that().resideInAPackage("com.merchantdesk.catalog..")
            .and().resideOutsideOfPackage("..view..")
            .should().dependOnClassesThat().resideInAnyPackage("com.merchantdesk.ui..", "com.merchantdesk.cli..");

    @ArchTest
    static final ArchRule ORDERS_KNOW_NO_UI = noClasses()
            .that().resideInAPackage("com.merchantdesk.orders..")
            .and().resideOutsideOfPackage("..view..")
            .should().dependOnClassesThat().resideInAnyPackage("com.merchantdesk.ui..", "com.merchantdesk.cli..")
            .because("orders are used by the window, the command line and later sync alike");

    @ArchTest
    static final ArchRule CATALOG_KNOWS_NO_ORDERS = noClasses()
            .that().resideInAPackage("com.merchantdesk.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("com.merchantdesk.orders..")
            .because("orders build on the catalogue, not the other way round");

    @ArchTest
    static final ArchRule SHARED_CONTROLS_KNOW_NO_FEATURE = noClasses()
            .that().resideInAPackage("com.merchantdesk.ui.controls..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.merchantdesk.catalog.view..", "com.merchantdesk.orders..", "com.merchantdesk.cli..")
            .because("every feature's screens use the shared controls; one that knew a feature would tie the others to it");

    /** A class outside the view layer that uses JavaFX: the rule must catch it. */
    static final class JavaFxInTheWrongPlace {
        javafx.scene.control.Label label;
    }

    @Test
    void javafxRuleCatchesAViolation() {
        var classes = new ClassFileImporter().importClasses(JavaFxInTheWrongPlace.class);
        assertThat(NO_JAVAFX_OUTSIDE_VIEWS.evaluate(classes).hasViolation()).isTrue();
    }
}
