package com.merchantdesk.orders.view;

import static com.merchantdesk.ui.testsupport.FxThread.await;
import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderRow;
import com.merchantdesk.orders.documents.SystemPdfViewer;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.ui.controls.ShortcutHint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The detail pane's invoice and packing slip menus on the real orders screen, with the save dialog and viewer stubbed. */
class OrderDocumentsScreenTest {

    @TempDir Path temp;
    private final FxRobot robot = new FxRobot();
    private final StubSaveLocation saveLocation = new StubSaveLocation();
    private final StubViewer viewer = new StubViewer();
    private OrdersHarness harness;
    private OrderShop shop;
    private Order order;

    private void open(Consumer<OrdersHarness> seed) throws Exception {
        harness = OrdersHarness.open(temp.resolve("data"), h -> {
            shop = OrderShop.seed(h.app);
            h.app.settings().save(withShop(h.app.settings().load()));
            seed.accept(h);
        }, context -> new OrdersScreen(context, OrdersHarness.ZONE, saveLocation, viewer));
        await("the list has loaded", () -> harness.orders().list().loadedProperty().get());
    }

    private static Settings withShop(Settings s) {
        return new Settings(s.languageTag(), s.theme(), s.currency(), "Hana Goods", "12 Market Street\nSeoul",
                s.window(), s.lastScreen());
    }

    private void openWithOrder() throws Exception {
        open(h -> order = OrderShop.order(h.app, "Kim Minji", "010-1234-5678", shop.teeRed, 2, shop.tote, 1));
    }

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void saveAsWritesTheInvoicePdfWhereTheSellerChose() throws Exception {
        openWithOrder();
        select(order.number());
        Path target = temp.resolve("papers").resolve("my-invoice.pdf");
        saveLocation.answer = Optional.of(target);

        chooseFromMenu("#invoice-menu", Messages.get("orders.documents.saveAs"));
        await("the invoice is saved", () -> Files.isRegularFile(target) && statusLine().contains(target.toString()));

        assertThat(saveLocation.suggestedNames).containsExactly("invoice-" + order.number() + ".pdf");
        String text = pdfText(target);
        assertThat(text).contains(order.number(), "TS-RED-M", "TOTE-NAT", "Hana Goods", "Kim Minji");
        assertThat(statusLine()).isEqualTo(Messages.get("orders.documents.saved.INVOICE", order.number(), target.toString()));
        assertThat(viewer.calls).isEmpty();
    }

    @Test
    void cancellingTheSaveDialogWritesNothing() throws Exception {
        openWithOrder();
        select(order.number());
        saveLocation.answer = Optional.empty();
        chooseFromMenu("#packing-slip-menu", Messages.get("orders.documents.saveAs"));
        await("the dialog was asked", () -> saveLocation.suggestedNames.size() == 1);
        await("the menus are back on", () -> !onFx(() -> robot.lookup("#packing-slip-menu").query().isDisabled()));
        assertThat(saveLocation.suggestedNames).containsExactly("packing-slip-" + order.number() + ".pdf");
        assertThat(viewer.calls).isEmpty();
    }

    @Test
    void openHandsTheSelectedOrdersInvoiceToTheViewer() throws Exception {
        Order[] other = new Order[1];
        open(h -> {
            order = OrderShop.order(h.app, "Kim Minji", "010-1234-5678", shop.teeRed, 2, shop.tote, 1);
            other[0] = OrderShop.order(h.app, "Emma Walsh", "555-0134", shop.mug, 1);
        });
        select(other[0].number());

        chooseFromMenu("#invoice-menu", Messages.get("orders.documents.open"));
        await("the viewer got a PDF", () -> viewer.calls.size() == 1);

        ViewerCall call = viewer.calls.get(0);
        assertThat(call.action()).isEqualTo("open");
        assertThat(call.file().getFileName().toString()).isEqualTo("invoice-" + other[0].number() + ".pdf");
        assertThat(call.text()).contains(other[0].number(), "MUG-WHT", "Emma Walsh").doesNotContain(order.number());
        await("the viewer's message is in the status bar", () -> statusLine().equals(
                Messages.get("documents.viewer.opened", call.file().toAbsolutePath().toString())));
    }

    @Test
    void printingThePackingSlipHandsAPdfWithoutPricesToTheViewer() throws Exception {
        openWithOrder();
        select(order.number());

        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.P);
        await("the viewer was asked to print", () -> viewer.calls.size() == 1);

        ViewerCall call = viewer.calls.get(0);
        assertThat(call.action()).isEqualTo("print");
        assertThat(call.file().getFileName().toString()).isEqualTo("packing-slip-" + order.number() + ".pdf");
        assertThat(call.text()).contains(order.number(), "TS-RED-M", "TOTE-NAT", Messages.get("documents.packingSlip.title"))
                .doesNotContain("19.90", "12.00", "51.80", Messages.get("documents.column.unitPrice"));
        await("the viewer's message is in the status bar", () -> statusLine().equals(
                Messages.get("documents.viewer.printed", call.file().toAbsolutePath().toString())));

        chooseFromMenu("#invoice-menu", ShortcutHint.text(Messages.get("orders.documents.print"), OrderShortcuts.PRINT_INVOICE));
        await("the invoice went to print as well", () -> viewer.calls.size() == 2);
        assertThat(viewer.calls.get(1).text()).contains("19.90", "12.00", Messages.get("documents.invoice.title"));
    }

    @Test
    void withNoOrderSelectedTheDocumentActionsAreOff() throws Exception {
        openWithOrder();
        assertThat(onFx(() -> harness.orders().detail().orderProperty().get())).isNull();
        // Only the hint until an order is selected: the menus are made with the rest of the detail then.
        assertThat(onFx(() -> robot.lookup("#invoice-menu").tryQuery())).isEmpty();
        assertThat(onFx(() -> robot.lookup("#packing-slip-menu").tryQuery())).isEmpty();
        assertThat(onFx(() -> robot.lookup("#order-detail-empty").query().isVisible())).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.P);
        await("the key asks for an order", () -> statusLine().equals(Messages.get("orders.view.selectFirst")));
        assertThat(viewer.calls).isEmpty();
        assertThat(harness.orders().shortcutDescriptionKeys()).containsEntry(OrderShortcuts.PRINT_INVOICE,
                "orders.documents.shortcut.printInvoice").containsKey(OrderShortcuts.PRINT_PACKING_SLIP);

        select(order.number());
        assertThat(onFx(() -> robot.lookup("#invoice-menu").queryAs(MenuButton.class).isDisabled())).isFalse();
        assertThat(onFx(() -> robot.lookup("#invoice-menu").queryAs(MenuButton.class).getTooltip().getText()))
                .contains(OrderShortcuts.PRINT_INVOICE.getDisplayText());
        // The menus share the header with the lifecycle buttons: at 1280 wide all of them stay whole and on screen.
        for (String id : List.of("#invoice-menu", "#packing-slip-menu", "#action-mark-paid", "#action-refund")) {
            assertThat(onFx(() -> {
                Node node = robot.lookup(id).query();
                var bounds = node.localToScene(node.getLayoutBounds());
                return bounds.getMinX() >= 0 && bounds.getMaxX() <= node.getScene().getWidth()
                        && bounds.getWidth() >= node.prefWidth(-1) - 0.5;
            })).as(id + " fits").isTrue();
        }
    }

    private void select(String number) {
        await("the list shows " + number, () -> harness.orders().list().rows().stream().anyMatch(r -> r.number().equals(number)));
        Node cell = onFx(() -> robot.lookup("#orders-table .table-cell").match((Labeled c) -> number.equals(c.getText())).query());
        robot.clickOn(cell);
        await("the detail shows " + number, () -> {
            Order shown = harness.orders().detail().orderProperty().get();
            return shown != null && shown.number().equals(number);
        });
        await("the menus are on", () -> !robot.lookup("#invoice-menu").query().isDisabled());
    }

    private void chooseFromMenu(String menu, String itemText) {
        robot.clickOn(menu);
        await("the menu is open", () -> robot.lookup(menu).queryAs(MenuButton.class).isShowing());
        Node item = onFx(() -> robot.lookup(".menu-item .label").match((Labeled l) -> itemText.equals(l.getText())).query());
        robot.clickOn(item);
    }

    private String statusLine() {
        return onFx(() -> ((Labeled) robot.lookup("#status-line").query()).getText());
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static final class StubSaveLocation implements PdfSaveLocation {
        final List<String> suggestedNames = new CopyOnWriteArrayList<>();
        Optional<Path> answer = Optional.empty();

        @Override
        public Optional<Path> choose(Window owner, String title, String suggestedFileName) {
            suggestedNames.add(suggestedFileName);
            return answer;
        }
    }

    record ViewerCall(String action, Path file, String text) {}

    /** Reads the PDF at once, as a viewer would, and says it opened or printed it. */
    private static final class StubViewer implements DocumentViewer {
        final List<ViewerCall> calls = new CopyOnWriteArrayList<>();

        @Override
        public SystemPdfViewer.Result open(Path pdf) { return handle("open", pdf, SystemPdfViewer.Status.OPENED, "documents.viewer.opened"); }

        @Override
        public SystemPdfViewer.Result print(Path pdf) { return handle("print", pdf, SystemPdfViewer.Status.PRINTED, "documents.viewer.printed"); }

        private SystemPdfViewer.Result handle(String action, Path pdf, SystemPdfViewer.Status status, String key) {
            try {
                calls.add(new ViewerCall(action, pdf, pdfText(pdf)));
            } catch (IOException e) {
                throw new AssertionError("The viewer got no readable PDF: " + pdf, e);
            }
            return new SystemPdfViewer.Result(status, key, List.of(pdf.toAbsolutePath().toString()));
        }
    }
}
