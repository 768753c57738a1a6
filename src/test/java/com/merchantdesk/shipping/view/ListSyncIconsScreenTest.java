package com.merchantdesk.shipping.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.view.ProductsScreen;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.customers.CustomerSummary;
import com.merchantdesk.customers.view.CustomersScreen;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderRow;
import com.merchantdesk.orders.view.OrderShop;
import com.merchantdesk.orders.view.OrdersHarness;
import com.merchantdesk.orders.view.OrdersScreen;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.ShipmentDraft;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.store.SyncState;
import com.merchantdesk.ui.controls.SyncStateCell;
import com.merchantdesk.ui.shell.Screen;
import com.merchantdesk.ui.shell.ScreenContext;
import com.merchantdesk.ui.testsupport.ScreenRobot;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four lists on a real data folder where some records are on the platform (their create acknowledged) and some
 * not: each row's sync icon with its words in the tooltip, and the "Not yet on the platform" filter narrowing the
 * list to the others.
 */
class ListSyncIconsScreenTest {

    @TempDir Path temp;
    private final ScreenRobot robot = new ScreenRobot();
    private OrdersHarness harness;

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    private void open(Consumer<OrdersHarness> seed, Function<ScreenContext, Screen> screen) throws Exception {
        harness = OrdersHarness.open(temp.resolve("data"), seed, screen);
    }

    @Test
    void theProductsListShowsEachSkusStateAndFiltersThoseNotOnThePlatform() throws Exception {
        open(h -> {
            OrderShop shop = OrderShop.seed(h.app);
            String tote = h.app.catalog().findSku(shop.tote).orElseThrow().productId();
            acknowledge(h.app, "product", tote);
            acknowledge(h.app, "sku", shop.tote);
            fail(h.app, "sku", shop.mug);
        }, ProductsScreen::new);
        await("the products are listed", () -> states(SkuRow.class, SkuRow::code).size() == 4);

        assertThat(states(SkuRow.class, SkuRow::code)).containsEntry("TOTE-NAT", SyncState.ACKNOWLEDGED)
                .containsEntry("MUG-WHT", SyncState.FAILED).containsEntry("TS-RED-M", SyncState.QUEUED)
                .containsEntry("TS-BLU-L", SyncState.QUEUED);
        assertThat(tooltip(SkuRow.class, SkuRow::code, "MUG-WHT")).isEqualTo(Messages.get("sync.state.FAILED"));
        assertThat(tooltip(SkuRow.class, SkuRow::code, "TOTE-NAT")).isEqualTo(Messages.get("sync.state.ACKNOWLEDGED"));

        toggleFilter("#products-not-on-platform");
        await("only what the platform lacks is listed",
                () -> states(SkuRow.class, SkuRow::code).keySet().equals(java.util.Set.of("MUG-WHT", "TS-RED-M", "TS-BLU-L")));
    }

    @Test
    void theCustomersListShowsEachCustomersStateAndFiltersThoseNotOnThePlatform() throws Exception {
        open(h -> {
            OrderShop.seed(h.app);
            Customer kim = h.app.customers().save(CustomerInput.named("Kim Minji", "010-1234-5678"));
            h.app.customers().save(CustomerInput.named("Lee Seojun", "010-9876-5432"));
            acknowledge(h.app, "customer", kim.id());
        }, context -> new CustomersScreen(context, OrdersHarness.ZONE));
        Function<CustomerSummary, String> name = s -> s.customer().name();
        await("the customers are listed", () -> states(CustomerSummary.class, name).size() == 2);

        assertThat(states(CustomerSummary.class, name)).containsEntry("Kim Minji", SyncState.ACKNOWLEDGED)
                .containsEntry("Lee Seojun", SyncState.QUEUED);
        assertThat(tooltip(CustomerSummary.class, name, "Lee Seojun")).isEqualTo(Messages.get("sync.state.QUEUED"));

        toggleFilter("#customers-not-on-platform");
        await("only the customer the platform lacks is listed",
                () -> states(CustomerSummary.class, name).keySet().equals(java.util.Set.of("Lee Seojun")));
    }

    @Test
    void theOrdersListShowsEachOrdersStateAndFiltersThoseNotOnThePlatform() throws Exception {
        String[] numbers = new String[2];
        open(h -> {
            OrderShop shop = OrderShop.seed(h.app);
            Order sent = OrderShop.order(h.app, "Kim Minji", "010-1234-5678", shop.tote, 1);
            Order waiting = OrderShop.order(h.app, "Lee Seojun", "010-9876-5432", shop.mug, 1);
            acknowledge(h.app, "order", sent.id());
            numbers[0] = sent.number();
            numbers[1] = waiting.number();
        }, context -> new OrdersScreen(context, OrdersHarness.ZONE));
        await("the orders are listed", () -> orderRows().size() == 2);

        // The orders list keeps its icon among the row's markers (memo flag, oversold).
        assertThat(markerTooltip(numbers[0])).isEqualTo(Messages.get("sync.state.ACKNOWLEDGED"));
        assertThat(markerTooltip(numbers[1])).isEqualTo(Messages.get("sync.state.QUEUED"));

        toggleFilter("#orders-not-on-platform");
        await("only the order the platform lacks is listed", () -> orderRows().equals(List.of(numbers[1])));
        await("the filter counts as one for 'clear filters'",
                () -> onFx(() -> !robot.lookup("#orders-clear-filters").queryAs(ButtonBase.class).isDisabled()));
    }

    @Test
    void theShipmentsListShowsEachParcelsStateAndFiltersThoseNotOnThePlatform() throws Exception {
        open(h -> {
            OrderShop shop = OrderShop.seed(h.app);
            Order first = h.app.orders().create(OrderShop.draft("Kim Minji", "010-1234-5678", true, shop.tote, 1));
            Order second = h.app.orders().create(OrderShop.draft("Lee Seojun", "010-9876-5432", true, shop.mug, 1));
            Shipment up = h.app.shipping().create(new ShipmentDraft(first.number(), "HANA", "",
                    DemoCarriers.HANA.trackingNumberFor(1001), List.of(), null, null), "t");
            h.app.shipping().create(new ShipmentDraft(second.number(), "HANA", "",
                    DemoCarriers.HANA.trackingNumberFor(1002), List.of(), null, null), "t");
            acknowledge(h.app, "shipment", up.id());
        }, ShipmentsScreen::new);
        Function<Shipment, String> tracking = Shipment::trackingNumber;
        String up = DemoCarriers.HANA.trackingNumberFor(1001);
        String waiting = DemoCarriers.HANA.trackingNumberFor(1002);
        await("the parcels are listed", () -> states(Shipment.class, tracking).size() == 2);

        assertThat(states(Shipment.class, tracking)).containsEntry(up, SyncState.ACKNOWLEDGED)
                .containsEntry(waiting, SyncState.QUEUED);
        assertThat(tooltip(Shipment.class, tracking, waiting)).isEqualTo(Messages.get("sync.state.QUEUED"));
        Node filter = onFx(() -> robot.lookup("#shipments-not-on-platform").query());
        assertThat(filter).isInstanceOf(CheckBox.class);

        toggleFilter("#shipments-not-on-platform");
        await("only the parcel the platform lacks is listed",
                () -> states(Shipment.class, tracking).keySet().equals(java.util.Set.of(waiting)));
    }

    // ---- helpers ----

    /** Clicks the filter after checking its tooltip says what it does. */
    private void toggleFilter(String query) {
        Node filter = onFx(() -> robot.lookup(query).query());
        robot.moveTo(filter);
        await("the filter explains itself", () -> onFx(() -> ((Control) filter).getTooltip() != null
                && Messages.get("list.filter.notOnPlatform.tooltip").equals(((Control) filter).getTooltip().getText())));
        robot.clickOn(filter);
        await("the filter is on", () -> onFx(() -> filter instanceof ToggleButton t ? t.isSelected() : ((CheckBox) filter).isSelected()));
    }

    /** The shown sync cells' states by row key; a row without an icon is left out. */
    private <R> Map<String, SyncState> states(Class<R> type, Function<R, String> key) {
        return onFx(() -> {
            Map<String, SyncState> states = new LinkedHashMap<>();
            for (SyncStateCell<?> cell : syncCells()) {
                Object row = cell.getTableRow() == null ? null : cell.getTableRow().getItem();
                if (type.isInstance(row) && cell.getGraphic() != null && cell.getItem() != null
                        && cell.getGraphic().getStyleClass().contains("sync-state-" + cell.getItem().name().toLowerCase(java.util.Locale.ROOT))) {
                    states.put(key.apply(type.cast(row)), cell.getItem());
                }
            }
            return states;
        });
    }

    private List<SyncStateCell<?>> syncCells() {
        return robot.lookup(".sync-state-cell").queryAll().stream().filter(n -> n instanceof SyncStateCell<?>)
                .<SyncStateCell<?>>map(n -> (SyncStateCell<?>) n).filter(c -> !c.isEmpty()).toList();
    }

    /** The tooltip the pointer brings up over the row's sync icon. */
    private <R> String tooltip(Class<R> type, Function<R, String> key, String wanted) {
        SyncStateCell<?> cell = onFx(() -> syncCells().stream().filter(c -> c.getTableRow() != null
                && type.isInstance(c.getTableRow().getItem())
                && wanted.equals(key.apply(type.cast(c.getTableRow().getItem())))).findFirst().orElseThrow());
        return hoverTooltip(cell);
    }

    private String hoverTooltip(Control cell) {
        robot.moveTo(cell);
        await("the tooltip is there", () -> onFx(() -> cell.getTooltip() != null));
        return onFx(() -> cell.getTooltip().getText());
    }

    private List<String> orderRows() {
        return onFx(() -> robot.lookup("#orders-table").queryAs(TableView.class).getItems().stream()
                .map(row -> ((OrderRow) row).number()).toList());
    }

    private String markerTooltip(String number) {
        TableCell<?, ?> cell = onFx(() -> robot.lookup(".marker-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n).filter(c -> !c.isEmpty() && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof OrderRow row && row.number().equals(number))
                .findFirst().orElseThrow());
        return hoverTooltip(cell);
    }

    private static long createRow(AppContext app, String entityType, String id) {
        return app.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT seq FROM outbox WHERE entity_type = ? AND entity_id = ? "
                    + "AND operation = 'create'")) {
                ps.setString(1, entityType);
                ps.setString(2, id);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static void acknowledge(AppContext app, String entityType, String id) {
        long seq = createRow(app, entityType, id);
        app.database().write(c -> {
            Outbox.markSending(c, seq);
            Outbox.acknowledge(c, seq, OrdersHarness.START);
            return null;
        });
    }

    private static void fail(AppContext app, String entityType, String id) {
        long seq = createRow(app, entityType, id);
        app.database().write(c -> {
            Outbox.markSending(c, seq);
            Outbox.fail(c, seq, "422 validation", null);
            return null;
        });
    }
}
