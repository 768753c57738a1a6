package com.merchantdesk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Package rules: no package cycles, and none between features; JavaFX stays in the view layer; the kernel, the
 * store, the shell and the shared view controls know no feature; features know no UI.
 */
@AnalyzeClasses(packages = "com.merchantdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule NO_JAVAFX_OUTSIDE_VIEWS = noClasses()
            .that().resideOutsideOfPackages("..ui..", "..view..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("only the view layer may use JavaFX; the CLI and services run without a toolkit");

    /** The features; the root package ({@code Main}, {@code AppContext}) wires them all and is no feature. */
    private static final String[] FEATURES = {"com.merchantdesk.catalog..", "com.merchantdesk.orders..",
            "com.merchantdesk.customers..", "com.merchantdesk.settings.view.."};

    @ArchTest
    static final ArchRule PACKAGES_FREE_OF_CYCLES = slices().matching("com.merchantdesk.(**)")
            .should().beFreeOfCycles()
            .because("a package that needs another which needs it back cannot be understood, tested or moved alone");

    /**
     * Features (and the shell, the store, the CLI, the bench) as wholes, each with its {@code .view}. A feature's
     * view plugs into the shell ({@code ui}), and the shell needs the seller's settings, which live in the settings
     * feature: that direction is the design, and that the shell knows no feature is its own rule below.
     */
    @ArchTest
    static final ArchRule FEATURES_FREE_OF_CYCLES = slices().matching("com.merchantdesk.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("..view.."), resideInAPackage("com.merchantdesk.ui.."))
            .because("orders build on customers and the catalogue, never the other way round");

    @ArchTest
    static final ArchRule KERNEL_KNOWS_NO_FEATURE = noClasses()
            .that().resideInAPackage("com.merchantdesk.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "com.merchantdesk.settings..",
                    "com.merchantdesk.store..", "com.merchantdesk.ui..", "com.merchantdesk.cli..", "com.merchantdesk.bench.."))
            .because("every feature uses the kernel; a kernel that knew one would tie all the others to it");

    @ArchTest
    static final ArchRule SHELL_AND_SHARED_CONTROLS_KNOW_NO_FEATURE = noClasses()
            .that().resideInAPackage("com.merchantdesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "com.merchantdesk.cli..",
                    "com.merchantdesk.bench.view.."))
            .because("features register their screens with the shell (ScreenProvider); the shell may read the "
                    + "seller's settings (com.merchantdesk.settings) but knows no feature screen");

    @ArchTest
    static final ArchRule STORE_KNOWS_NO_FEATURES = noClasses()
            .that().resideInAPackage("com.merchantdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "com.merchantdesk.settings..",
                    "com.merchantdesk.ui..", "com.merchantdesk.cli..", "com.merchantdesk.bench.."));

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
    static final ArchRule CUSTOMERS_KNOW_NO_UI = noClasses()
            .that().resideInAPackage("com.merchantdesk.customers..")
            .and().resideOutsideOfPackage("..view..")
            .should().dependOnClassesThat().resideInAnyPackage("com.merchantdesk.ui..", "com.merchantdesk.cli..");

    @ArchTest
    static final ArchRule CATALOG_KNOWS_NO_ORDERS_OR_CUSTOMERS = noClasses()
            .that().resideInAPackage("com.merchantdesk.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("com.merchantdesk.orders..", "com.merchantdesk.customers..")
            .because("orders and customers build on the catalogue, not the other way round");

    @ArchTest
    static final ArchRule CUSTOMERS_KNOW_NO_ORDERS = noClasses()
            .that().resideInAPackage("com.merchantdesk.customers..")
            .should().dependOnClassesThat().resideInAnyPackage("com.merchantdesk.orders..")
            .because("an order has a customer; customers ask about their orders through CustomerOrders, which orders implement");

    @ArchTest
    static final ArchRule PLATFORM_WIRE_TYPES_KNOW_NO_FEATURE = noClasses()
            .that().resideInAPackage("com.merchantdesk.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "com.merchantdesk.sandbox..",
                    "com.merchantdesk.store..", "com.merchantdesk.ui..", "com.merchantdesk.cli..", "com.merchantdesk.settings.."))
            .because("the wire types are the contract both sides use: the desk's sync and the sandbox platform");

    @ArchTest
    static final ArchRule SANDBOX_KNOWS_NO_DESK_FEATURE = noClasses()
            .that().resideInAPackage("com.merchantdesk.sandbox..")
            .and().resideOutsideOfPackage("com.merchantdesk.sandbox.demo..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "com.merchantdesk.settings..",
                    "com.merchantdesk.ui..", "com.merchantdesk.cli..", "com.merchantdesk.bench.."))
            .because("the sandbox is the marketplace, not the desk: it speaks to the desk only through the API");

    @ArchTest
    static final ArchRule SANDBOX_DEMO_READS_ONLY_THE_DESKS_DEMO_PLANS = noClasses()
            .that().resideInAPackage("com.merchantdesk.sandbox.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("com.merchantdesk.catalog.view..", "com.merchantdesk.orders.view..",
                    "com.merchantdesk.customers..", "com.merchantdesk.settings..", "com.merchantdesk.ui..", "com.merchantdesk.cli..")
            .because("the demo account is the desk's demo shop, planned once for both (catalog.demo, orders.demo)");

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** A class outside the view layer that uses JavaFX: the rule must catch it. */
    static final class JavaFxInTheWrongPlace {
        javafx.scene.control.Label label;
    }

    @Test
    void javafxRuleCatchesAViolation() {
        var classes = new ClassFileImporter().importClasses(JavaFxInTheWrongPlace.class);
        assertThat(NO_JAVAFX_OUTSIDE_VIEWS.evaluate(classes).hasViolation()).isTrue();
    }

    /**
     * Test code may cross the lines (the smoke test of the real screens opens the shell with every feature; two
     * features' fixtures use each other): the rules must see it.
     */
    @Test
    void shellAndCycleRulesCatchViolations() throws ClassNotFoundException {
        var smoke = new ClassFileImporter().importClasses(Class.forName("com.merchantdesk.ui.shell.RealScreensSmokeTest"));
        assertThat(SHELL_AND_SHARED_CONTROLS_KNOW_NO_FEATURE.evaluate(smoke).hasViolation()).isTrue();

        var fixtures = new ClassFileImporter().importClasses(Class.forName("com.merchantdesk.orders.view.OrdersHarness"),
                Class.forName("com.merchantdesk.orders.view.OrderShop"),
                Class.forName("com.merchantdesk.customers.view.CustomerShop"),
                Class.forName("com.merchantdesk.customers.view.CustomersScreen"));
        assertThat(PACKAGES_FREE_OF_CYCLES.evaluate(fixtures).hasViolation()).isTrue();
        assertThat(FEATURES_FREE_OF_CYCLES.evaluate(fixtures).hasViolation()).isTrue();
    }
}
