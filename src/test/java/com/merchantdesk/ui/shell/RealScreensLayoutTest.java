package com.merchantdesk.ui.shell;

import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.Channel;
import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.ui.startup.ShellFixture;
import com.merchantdesk.ui.testsupport.FxThread;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/**
 * What the seller reads in the real window is not cut, in each language, at 1280 x 800 and at the smallest window
 * the shell allows: the rail's labels break only between words, the orders list's columns fit its width, the
 * selected order's header facts, its lines' column headers and the seller memo are shown whole, and the Products and
 * Customers screens fit the window.
 */
class RealScreensLayoutTest {

    private static final Currency USD = Currency.getInstance("USD");
    /** As long as the demo shop's longest SKU codes. */
    private static final String CODE = "HOM-0073-BEI-LARGE";
    private static final String MEMO = "Call before delivery; leave the parcel with the neighbour at number 9";

    @TempDir Path temp;
    private final ScreenRobot robot = new ScreenRobot();
    private ShellFixture shell;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (shell != null) {
            shell.close();
        }
        Messages.setLocale(Locale.ENGLISH);
        FxThread.runFx(() -> Themes.apply(Settings.LIGHT, Locale.ENGLISH));
    }

    /**
     * Each language with the font the theme names for it (Noto Sans CJK where installed, for English too), and
     * English in DejaVu Sans, the wide font Linux shows it in when no CJK font is installed.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"en, ''", "en, DejaVu Sans", "ko, ''", "zh-CN, ''"})
    void theOrderDetailAndTheRailAreShownWholeAtTheUsualAndTheSmallestWindow(String language, String font) throws Exception {
        Path data = temp.resolve("shop");
        Order order = seed(data);
        new SettingsStore(new DataDirectory(data).settingsFile())
                .save(Settings.defaults().withLanguageTag(language).withLastScreen("orders"));
        // As the launcher does before the window: the language, and the theme with a font for it.
        Messages.setLocale(Locale.forLanguageTag(language));
        FxThread.runFx(() -> Themes.apply(Settings.LIGHT, Messages.locale()));

        shell = ShellFixture.startWithScreens(data, ScreenProviders.discover().entries());
        shell.awaitWindow();
        if (!font.isEmpty()) {
            robot.interact(() -> shell.stage.getScene().getRoot().setStyle("-fx-font-family: \"" + font + "\";"));
        }
        resize(1280, 800);
        await("the orders screen lists the order", () -> cell("#orders-table", order.number()) != null);
        robot.clickOn(onFx(() -> cell("#orders-table", order.number())));
        await("the detail shows the order", () -> order.number().equals(robot.text("#detail-number")));

        SoftAssertions soft = new SoftAssertions();
        for (double[] size : List.of(new double[] {1280, 800}, new double[] {WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT})) {
            resize(size[0], size[1]);
            String at = language + (font.isEmpty() ? "" : " in " + font) + " at " + (int) size[0] + "x" + (int) size[1];
            soft.assertThat(beyondTheWindow("#orders-screen", "#detail-header .button", "#detail-facts", "#detail-memo",
                    "#detail-memo-revert", "#orders-refresh")).as("reaching past the window's edge, %s", at).isEmpty();
            soft.assertThat(railProblems()).as("rail labels cut or broken inside a word, %s", at).isEmpty();
            soft.assertThat(cutLabels("#detail-header", ".label")).as("header labels cut, %s", at).isEmpty();
            soft.assertThat(cutLabels("#detail-header", ".button")).as("header buttons cut, %s", at).isEmpty();
            soft.assertThat(outside("#detail-facts", "#order-detail")).as("the facts stick out of the detail, %s", at).isFalse();
            soft.assertThat(cutLabels("#detail-lines .column-header", ".label")).as("column headers cut, %s", at).isEmpty();
            soft.assertThat(cutLabels("#detail-lines .table-row-cell", ".table-cell")).as("line cells cut, %s", at)
                    .noneMatch(cut -> cut.startsWith(CODE));
            soft.assertThat(headersOutsideTable()).as("column headers beyond the table's edge, %s", at).isEmpty();
            soft.assertThat(outside("#detail-memo", "#detail-memo-pane")).as("the memo sticks out of its pane, %s", at).isFalse();
            soft.assertThat(outside("#detail-memo-revert", "#detail-memo-pane")).as("the memo's revert button sticks out, %s", at)
                    .isFalse();
            soft.assertThat(headersOutsideTable("#orders-table")).as("orders list columns beyond its edge, %s", at).isEmpty();
            soft.assertThat(belowTheWindow("#orders-screen", ".status-bar")).as("orders pushing the status bar off, %s", at).isEmpty();
            soft.assertThat(cutLabels("#orders-table .column-header", ".label")).as("orders list headers cut, %s", at).isEmpty();
            soft.assertThat(cutCells("#orders-table", "col-number", "col-created", "col-status", "col-total"))
                    .as("order numbers, times, states or totals cut, %s", at).isEmpty();
        }
        soft.assertAll();
    }

    /**
     * The Products screen (its tool bar, the list, the selected SKU's stock history) and the Customers screen (the
     * list beside or above the detail) fit the window, at 1280 x 800 and at the smallest window, in each language:
     * nothing reaches past the window's edge, every column of the lists is inside its table, no column header is cut.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"en, ''", "en, DejaVu Sans", "ko, ''", "zh-CN, ''"})
    void theProductsAndCustomersScreensFitTheUsualAndTheSmallestWindow(String language, String font) throws Exception {
        Path data = temp.resolve("shop");
        seed(data);
        new SettingsStore(new DataDirectory(data).settingsFile())
                .save(Settings.defaults().withLanguageTag(language).withLastScreen("products"));
        Messages.setLocale(Locale.forLanguageTag(language));
        FxThread.runFx(() -> Themes.apply(Settings.LIGHT, Messages.locale()));

        shell = ShellFixture.startWithScreens(data, ScreenProviders.discover().entries());
        shell.awaitWindow();
        if (!font.isEmpty()) {
            robot.interact(() -> shell.stage.getScene().getRoot().setStyle("-fx-font-family: \"" + font + "\";"));
        }
        resize(1280, 800);
        await("the products screen lists the SKU", () -> cell("#products-table", CODE) != null);
        robot.clickOn(onFx(() -> cell("#products-table", CODE)));
        await("the stock history is shown", () -> onFx(() -> robot.lookup("#history-table").tryQuery().isPresent()));

        SoftAssertions soft = new SoftAssertions();
        List<double[]> sizes = List.of(new double[] {1280, 800}, new double[] {WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT});
        for (double[] size : sizes) {
            resize(size[0], size[1]);
            String at = language + (font.isEmpty() ? "" : " in " + font) + " at " + (int) size[0] + "x" + (int) size[1];
            soft.assertThat(beyondTheWindow("#products-screen", "#products-toolbar .button", "#products-toolbar .combo-box",
                    "#products-toolbar .toggle-button", "#products-search")).as("products reaching past the window's edge, %s", at)
                    .isEmpty();
            soft.assertThat(cutLabels("#products-toolbar", ".button")).as("products tool bar buttons cut, %s", at).isEmpty();
            soft.assertThat(belowTheWindow("#products-screen", ".status-bar")).as("products pushing the status bar off, %s", at)
                    .isEmpty();
            soft.assertThat(headersOutsideTable("#history-table")).as("stock history columns beyond its edge, %s", at).isEmpty();
            soft.assertThat(cutLabels("#history-table .column-header", ".label")).as("stock history headers cut, %s", at).isEmpty();
        }

        // The customers screen is first built in the smallest window: the detail under the list gets its share then.
        robot.clickOn(onFx(() -> robot.lookup("#rail-customers").queryAs(ToggleButton.class)));
        await("the customers screen lists the customer", () -> cell("#customers-table", "Kim Minji") != null);
        FxThread.runFx(() -> { });
        await("the customers screen is laid out", () -> !shell.stage.getScene().getRoot().isNeedsLayout());
        soft.assertThat(thinDetail("#customers-screen .split-pane")).as("customer detail squeezed to a strip when first shown in "
                + "the smallest window, %s", language).isEmpty();
        robot.clickOn(onFx(() -> cell("#customers-table", "Kim Minji")));
        await("the customer's detail is shown", () -> "Kim Minji".equals(robot.text("#customer-detail-name")));
        for (double[] size : sizes) {
            resize(size[0], size[1]);
            String at = language + (font.isEmpty() ? "" : " in " + font) + " at " + (int) size[0] + "x" + (int) size[1];
            soft.assertThat(beyondTheWindow("#customers-screen")).as("customers reaching past the window's edge, %s", at).isEmpty();
            soft.assertThat(belowTheWindow("#customers-screen", ".status-bar")).as("customers pushing the status bar off, %s", at)
                    .isEmpty();
            soft.assertThat(headersOutsideTable("#customers-table")).as("customers list columns beyond its edge, %s", at).isEmpty();
            soft.assertThat(cutLabels("#customers-table .column-header", ".label")).as("customers list headers cut, %s", at)
                    .isEmpty();
            soft.assertThat(thinDetail("#customers-screen .split-pane")).as("customer detail squeezed to a strip, %s", at).isEmpty();
        }
        soft.assertAll();
    }

    /**
     * The Shipments screen's filters at 1280 x 800 and the smallest window: no check box, date field or choice drawn
     * narrower than it needs (cut to "…"), nothing past the window's edge.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "ko", "zh-CN"})
    void theShipmentsFiltersAreShownWholeAtTheUsualAndTheSmallestWindow(String language) throws Exception {
        Path data = temp.resolve("shop");
        seed(data);
        new SettingsStore(new DataDirectory(data).settingsFile())
                .save(Settings.defaults().withLanguageTag(language).withLastScreen("shipments"));
        Messages.setLocale(Locale.forLanguageTag(language));
        FxThread.runFx(() -> Themes.apply(Settings.LIGHT, Messages.locale()));

        shell = ShellFixture.startWithScreens(data, ScreenProviders.discover().entries());
        shell.awaitWindow();
        await("the shipments screen is shown", () -> onFx(() -> robot.lookup("#shipments-toolbar").tryQuery().isPresent()));
        SoftAssertions soft = new SoftAssertions();
        for (double[] size : List.of(new double[] {1280, 800}, new double[] {WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT})) {
            resize(size[0], size[1]);
            String at = language + " at " + (int) size[0] + "x" + (int) size[1];
            soft.assertThat(cutLabels("#shipments-toolbar", ".check-box")).as("shipments filters cut, %s", at).isEmpty();
            soft.assertThat(squeezed("#shipments-toolbar", ".check-box", ".date-picker", ".choice-box"))
                    .as("shipments filters narrower than they need, %s", at).isEmpty();
            soft.assertThat(beyondTheWindow("#shipments-screen", "#shipments-toolbar .check-box", "#shipments-toolbar .button",
                    "#shipments-day")).as("shipments reaching past the window's edge, %s", at).isEmpty();
            soft.assertThat(belowTheWindow("#shipments-screen", ".status-bar")).as("shipments pushing the status bar off, %s", at)
                    .isEmpty();
        }
        soft.assertAll();
    }

    /** Of the nodes {@code kinds} under {@code parent} (shown ones), those laid out narrower than their preferred width. */
    private List<String> squeezed(String parent, String... kinds) {
        return onFx(() -> {
            List<String> narrow = new ArrayList<>();
            for (String kind : kinds) {
                for (Node node : robot.lookup(parent + " " + kind).queryAll()) {
                    if (node instanceof Region r && FxThread.shown(r) && r.getWidth() + 0.5 < r.prefWidth(-1)) {
                        narrow.add(kind + (r.getId() == null ? "" : " " + r.getId()) + " " + r.getWidth() + " of " + r.prefWidth(-1));
                    }
                }
            }
            return narrow;
        });
    }

    /** A split pane holding a list and a detail whose second part has less than a third of its room (a "thin strip"). */
    private List<String> thinDetail(String selector) {
        return onFx(() -> {
            SplitPane split = robot.lookup(selector).queryAs(SplitPane.class);
            Region second = (Region) split.getItems().get(1);
            boolean vertical = split.getOrientation() == javafx.geometry.Orientation.VERTICAL;
            double room = vertical ? split.getHeight() : split.getWidth();
            double given = vertical ? second.getHeight() : second.getWidth();
            return given < room / 3 ? List.of((vertical ? "stacked" : "beside") + ": " + given + " of " + room) : List.of();
        });
    }

    /** The cells of the columns {@code columnIds} of {@code table} whose drawn text is not their whole text. */
    private List<String> cutCells(String table, String... columnIds) {
        List<String> ids = List.of(columnIds);
        return onFx(() -> robot.lookup(table + " .table-row-cell .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.isVisible() && c.getTableColumn() != null && ids.contains(c.getTableColumn().getId()))
                .filter(c -> c.getText() != null && !c.getText().isEmpty())
                .filter(c -> robot.from(c).lookup(".text").tryQueryAs(Text.class).map(t -> !c.getText().equals(t.getText())).orElse(true))
                .map(c -> c.getTableColumn().getId() + ": " + c.getText() + " in " + c.getWidth()).toList());
    }


    /**
     * The status bar at its fullest (the sync state, the last success, changes waiting, failed and in conflict, Sync
     * now and Work offline, beside the orders late) stays inside the smallest window in each language, its texts
     * whole.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"en, ''", "en, DejaVu Sans", "ko, ''", "zh-CN, ''"})
    void theStatusBarWithTheSyncStateFitsTheSmallestWindow(String language, String font) throws Exception {
        Path data = temp.resolve("shop");
        seed(data);
        try (AppContext app = AppContext.open(new DataDirectory(data), Clock.systemUTC())) {
            app.database().write(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("UPDATE outbox SET state = 3, attempts = 1, last_error = 'refused' "
                            + "WHERE seq = (SELECT min(seq) FROM outbox)");
                    st.executeUpdate("INSERT INTO sync_run(started_at, finished_at, outcome) VALUES (1796400000000, "
                            + "1796400001000, 'CONVERGED')");
                    st.executeUpdate("INSERT INTO sync_conflict(entity_type, entity_id, field, desk_value, platform_value, "
                            + "platform_version, found_at) VALUES ('product', 'p1', 'title', '\"A\"', '\"B\"', 2, 0), "
                            + "('product', 'p1', 'description', '\"A\"', '\"B\"', 2, 0)");
                }
                return null;
            });
        }
        new SettingsStore(new DataDirectory(data).settingsFile())
                .save(Settings.defaults().withLanguageTag(language).withLastScreen("orders"));
        Messages.setLocale(Locale.forLanguageTag(language));
        FxThread.runFx(() -> Themes.apply(Settings.LIGHT, Messages.locale()));

        shell = ShellFixture.startWithScreens(data, ScreenProviders.discover().entries());
        shell.awaitWindow();
        if (!font.isEmpty()) {
            robot.interact(() -> shell.stage.getScene().getRoot().setStyle("-fx-font-family: \"" + font + "\";"));
        }
        await("the status bar shows the conflicts", () -> robot.lookup("#status-sync-conflicts").tryQueryAs(Labeled.class)
                .map(l -> l.isVisible() && !l.getText().isEmpty()).orElse(false));
        await("the status bar shows the failed change", () -> robot.lookup("#status-sync-failed").tryQueryAs(Labeled.class)
                .map(l -> l.isVisible() && !l.getText().isEmpty()).orElse(false));
        await("the status bar shows the last success", () -> robot.lookup("#sync-last-success").tryQueryAs(Labeled.class)
                .map(l -> !l.getText().isEmpty()).orElse(false));
        SoftAssertions soft = new SoftAssertions();
        for (double[] size : List.of(new double[] {1280, 800}, new double[] {WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT})) {
            resize(size[0], size[1]);
            String at = language + (font.isEmpty() ? "" : " in " + font) + " at " + (int) size[0] + "x" + (int) size[1];
            soft.assertThat(beyondTheWindow(".status-bar .label", ".status-bar .hyperlink", ".status-bar .button",
                    ".status-bar .toggle-button")).as("status bar parts past the window's edge, %s", at).isEmpty();
            soft.assertThat(cutLabels("#sync-status", ".label")).as("sync state cut, %s", at).isEmpty();
            soft.assertThat(cutLabels("#status-indicators", ".hyperlink")).as("status counts cut, %s", at).isEmpty();
            soft.assertThat(belowTheWindow(".status-bar")).as("the status bar below the window, %s", at).isEmpty();
        }
        soft.assertAll();
    }

    private Order seed(Path data) {
        // The widest time the orders list shows ("12/24/26, 10:59 PM", two-digit day and hour), whatever the time of
        // day the test runs at: the columns must fit it.
        Instant widest = LocalDateTime.of(2026, 12, 24, 22, 59).atZone(ZoneId.systemDefault()).toInstant();
        try (AppContext app = AppContext.open(new DataDirectory(data), Clock.fixed(widest, ZoneOffset.UTC))) {
            Product tee = app.catalog().save(new ProductInput(null, "Linen T-Shirt", "", "Apparel", "active", List.of("Colour"),
                    List.of(new ProductInput.SkuInput(null, CODE, List.of("Red"), "", "19.90", "", "", "", "")),
                    List.of(), null), USD);
            String red = tee.skus().get(0).id();
            app.stock().adjust(new StockAdjustment(red, MovementKind.RECEIVED, 40, "Opening stock", "", ""));
            return app.orders().create(new OrderDraft(USD, Channel.WHOLESALE, null, CustomerInput.named("Kim Minji", "010-1234-5678"),
                    Address.EMPTY, List.of(OrderDraft.LineDraft.of(red, 12)), "2", "3.50", "10", PaymentMethod.MOBILE_WALLET, true, MEMO,
                    MemoFlag.ORANGE, false));
        }
    }

    private void resize(double width, double height) {
        robot.interact(() -> {
            // Monocle's headless screen is 1280 x 800 too: a window hanging off it cannot be painted.
            shell.stage.setX(0);
            shell.stage.setY(0);
            shell.stage.setWidth(width);
            shell.stage.setHeight(height);
        });
        await("the window is " + width + " x " + height, () -> shell.stage.getScene().getWidth() == width
                && !shell.stage.getScene().getRoot().isNeedsLayout());
        // A Reflow that switched its arrangement in that layout asks for one more after it (posted to the FX thread
        // before this step): wait for that one too.
        FxThread.runFx(() -> { });
        await("the window is laid out again", () -> !shell.stage.getScene().getRoot().isNeedsLayout());
    }

    private Labeled cell(String table, String text) {
        return robot.lookup(table + " .table-cell").match((Labeled c) -> text.equals(c.getText())).tryQueryAs(Labeled.class)
                .orElse(null);
    }

    /** Each rail label whose drawn text is cut, or that would break inside a word (a word wider than its line). */
    private List<String> railProblems() {
        return onFx(() -> {
            List<String> problems = new ArrayList<>();
            for (ToggleButton button : robot.lookup(".nav-rail-button").queryAllAs(ToggleButton.class)) {
                if (button.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
                    // A window too short for the labels shows the rail's icons only; their tooltips name them.
                    continue;
                }
                Text drawn = robot.from(button).lookup(".text").queryAs(Text.class);
                if (!button.getText().equals(drawn.getText())) {
                    problems.add(button.getText() + " is drawn as " + drawn.getText());
                }
                double line = drawn.getWrappingWidth() > 0 ? drawn.getWrappingWidth() : drawn.getLayoutBounds().getWidth();
                for (String word : button.getText().split(" ")) {
                    Text measure = new Text(word);
                    measure.setFont(drawn.getFont());
                    if (measure.getLayoutBounds().getWidth() > line + 0.5) {
                        problems.add(word + " needs " + measure.getLayoutBounds().getWidth() + " but its line is " + line);
                    }
                }
            }
            return problems;
        });
    }

    /** The {@code kind} of labeled under {@code parent} (shown ones) whose drawn text is not their whole text, or narrower than it. */
    private List<String> cutLabels(String parent, String kind) {
        return onFx(() -> robot.lookup(parent + " " + kind).queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible).filter(l -> l.getText() != null && !l.getText().isEmpty())
                .filter(l -> l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY)
                .filter(l -> robot.from(l).lookup(".text").tryQueryAs(Text.class)
                        .map(t -> !l.getText().equals(t.getText())).orElse(true)
                        || !l.isWrapText() && l.getWidth() + 0.5 < l.prefWidth(-1))
                .map(l -> l.getText() + " drawn as " + robot.from(l).lookup(".text").tryQueryAs(Text.class).map(Text::getText).orElse("")
                        + " in " + l.getWidth() + " of " + l.prefWidth(-1))
                .toList());
    }

    private List<String> headersOutsideTable() {
        return headersOutsideTable("#detail-lines");
    }

    /**
     * The column headers of {@code selector}'s table that reach past its edge: its columns do not fit its width (a
     * table with a constrained resize policy then cuts them off rather than scroll sideways).
     */
    private List<String> headersOutsideTable(String selector) {
        return onFx(() -> {
            TableView<?> table = robot.lookup(selector).queryAs(TableView.class);
            Bounds edge = table.localToScene(table.getLayoutBounds());
            return robot.from(table).lookup(".column-header .label").queryAllAs(Labeled.class).stream()
                    .filter(FxThread::shown)
                    .filter(l -> l.localToScene(l.getLayoutBounds()).getMaxX() > edge.getMaxX() + 0.5)
                    .map(Labeled::getText).toList();
        });
    }

    /** Of the nodes {@code selectors} find, those reaching past the right edge of the window. */
    private List<String> beyondTheWindow(String... selectors) {
        return onFx(() -> {
            double edge = shell.stage.getScene().getWidth();
            List<String> beyond = new ArrayList<>();
            for (String selector : selectors) {
                for (Node node : robot.lookup(selector).queryAll()) {
                    double right = node.localToScene(node.getLayoutBounds()).getMaxX();
                    if (node.isVisible() && right > edge + 0.5) {
                        beyond.add(selector + (node.getId() == null ? "" : " " + node.getId()) + " ends at " + right);
                    }
                }
            }
            return beyond;
        });
    }

    /** Of the nodes {@code selectors} find, those reaching below the bottom of the window. */
    private List<String> belowTheWindow(String... selectors) {
        return onFx(() -> {
            double edge = shell.stage.getScene().getHeight();
            List<String> below = new ArrayList<>();
            for (String selector : selectors) {
                for (Node node : robot.lookup(selector).queryAll()) {
                    double bottom = node.localToScene(node.getLayoutBounds()).getMaxY();
                    if (node.isVisible() && bottom > edge + 0.5) {
                        below.add(selector + " ends at " + bottom);
                    }
                }
            }
            return below;
        });
    }

    /** Whether {@code inner} reaches past the right edge of {@code outer} (of its viewport, for a scroll pane). */
    private boolean outside(String inner, String outer) {
        return onFx(() -> {
            Node in = robot.lookup(inner).query();
            Node out = robot.lookup(outer).query();
            Node edge = out instanceof ScrollPane scroll ? scroll.lookup(".viewport") : out;
            Bounds box = edge.localToScene(edge.getLayoutBounds());
            Bounds mine = in.localToScene(in.getLayoutBounds());
            return mine.getMaxX() > box.getMaxX() + 0.5 || mine.getMinX() < box.getMinX() - 0.5;
        });
    }
}
