package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Json;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EnglishMessages.class)
class OrdersCommandTest {

    @TempDir Path dir;
    private String red;

    @BeforeEach
    void catalogue() {
        try (AppContext app = app()) {
            var skus = app.catalog().save(ProductsListCommandTest.product("Linen T-Shirt", "Apparel", "active", "TS",
                    "4006381333931"), ProductsListCommandTest.USD).skus();
            red = skus.get(0).id();
            app.stock().adjust(new StockAdjustment(red, MovementKind.RECEIVED, 10, "delivery", "", ""));
            app.stock().adjust(new StockAdjustment(skus.get(1).id(), MovementKind.RECEIVED, 4, "delivery", "", ""));
        }
    }

    private AppContext app() { return AppContext.open(new DataDirectory(dir), Clock.systemUTC()); }

    private long onHand() {
        try (AppContext app = app()) {
            return app.stock().onHand(red);
        }
    }

    private CliRun ok(String... args) {
        CliRun r = CliRun.in(dir, args);
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }

    private CliRun refused(String... args) {
        CliRun r = CliRun.in(dir, args);
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        return r;
    }

    private JsonNode create(String... more) throws Exception {
        String[] base = {"orders", "create", "--channel", "phone", "--customer", "Kim Minji", "--phone", "010-1234-5678",
                "--json"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Json.mapper().readTree(ok(all).out());
    }

    @Test
    void createPrintsTheSavedOrderAndTakesTheStock() throws Exception {
        CliRun r = ok("orders", "create", "--channel", "phone", "--customer", "Kim Minji", "--phone", "010-1234-5678",
                "--line", "TS-RED-M:2", "--line", "4006381333931:1:15.00", "--line", "TS-BLU-L:1", "--shipping", "3",
                "--tax-rate", "10", "--memo", "call first", "--flag", "red");
        assertThat(r.out()).contains("Order D-" + LocalDate.now(java.time.ZoneOffset.UTC).getYear() + "-000001")
                .contains("Pending payment · Phone")
                .contains("Customer: Kim Minji, 010-1234-5678")
                .contains("TS-RED-M", "Linen T-Shirt / Red / M", "19.90", "39.80", "15.00")
                // 39.80 + 15.00 + 21.00 = 75.80; tax 7.58; shipping 3.00
                .contains("Subtotal: 75.80 USD", "Shipping: 3.00 USD", "Tax (10%): 7.58 USD", "Total: 86.38 USD")
                .contains("Payment: Other, Unpaid", "Memo (Red): call first");
        assertThat(onHand()).isEqualTo(7);

        JsonNode paid = create("--line", "TS-RED-M:1", "--paid", "--payment", "card");
        assertThat(paid.get("number").asText()).endsWith("-000002");
        assertThat(paid.get("status").asText()).isEqualTo("paid");
        assertThat(paid.get("paymentMethod").asText()).isEqualTo("card");
        assertThat(paid.get("total").get("amount").asText()).isEqualTo("19.90");
        assertThat(paid.get("lines").get(0).get("skuCode").asText()).isEqualTo("TS-RED-M");
        assertThat(paid.get("customer").get("name").asText()).isEqualTo("Kim Minji");
        try (AppContext app = app()) {
            assertThat(app.customers().search(com.merchantdesk.customers.CustomerQuery.of("", 10), ProductsListCommandTest.USD)
                    .total()).as("the second order found Kim by phone").isEqualTo(1);
        }
    }

    @Test
    void aRequestIdMakesTheOrderOnceHoweverOftenTheScriptRunsIt() throws Exception {
        JsonNode first = create("--line", "TS-RED-M:2", "--request-id", "shop-script-0001");
        JsonNode again = create("--line", "TS-RED-M:2", "--request-id", "shop-script-0001");
        JsonNode other = create("--line", "TS-RED-M:1", "--request-id", "shop-script-0002");

        assertThat(again.get("id").asText()).isEqualTo(first.get("id").asText());
        assertThat(again.get("number").asText()).isEqualTo(first.get("number").asText());
        assertThat(other.get("id").asText()).isNotEqualTo(first.get("id").asText());
        assertThat(onHand()).as("two orders took stock, not three").isEqualTo(7);
        try (AppContext app = app()) {
            assertThat(app.database().read(c -> com.merchantdesk.store.Outbox.pending(c, 100)).stream()
                    .filter(e -> e.entityType().equals("order")).count()).isEqualTo(2);
        }
        refused("orders", "create", "--channel", "phone", "--customer", "Kim", "--line", "TS-RED-M:1", "--request-id", " ");
    }

    @Test
    void overSellingNeedsConfirmation() {
        CliRun r = refused("orders", "create", "--channel", "stall", "--customer", "Walk-in", "--line", "TS-RED-M:11");
        assertThat(r.err()).contains("--line TS-RED-M:11: Only 10 of TS-RED-M available. Confirm to sell anyway");
        assertThat(onHand()).isEqualTo(10);

        CliRun confirmed = ok("orders", "create", "--channel", "stall", "--customer", "Walk-in", "--line", "TS-RED-M:11",
                "--confirm-oversell");
        assertThat(confirmed.out()).contains("OVERSOLD");
        assertThat(onHand()).isEqualTo(-1);
    }

    @Test
    void badCreateArgumentsSayWhatIsWrong() {
        assertThat(refused("orders", "create", "--channel", "phone", "--customer", "K").err())
                .contains("Missing required option: '--line=SKU:QTY[:UNIT_PRICE]'");
        assertThat(refused("orders", "create", "--channel", "phone", "--customer", "K", "--line", "TS-RED-M").err())
                .contains("--line TS-RED-M: Write a line as SKU:QTY or SKU:QTY:UNIT_PRICE");
        assertThat(refused("orders", "create", "--channel", "phone", "--customer", "K", "--line", "NOPE:1").err())
                .contains("--line NOPE:1: No SKU has the code or barcode NOPE.");
        assertThat(refused("orders", "create", "--channel", "fax", "--customer", "K", "--line", "TS-RED-M:1").err())
                .contains("--channel: Unknown channel fax");
        assertThat(refused("orders", "create", "--channel", "platform", "--customer", "K", "--line", "TS-RED-M:1").err())
                .contains("--channel: Platform orders arrive from the platform by sync");
        assertThat(refused("orders", "create", "--channel", "phone", "--customer", "K", "--line", "TS-RED-M:1",
                "--payment", "cheque").err()).contains("--payment").contains("cheque");
        CliRun many = refused("orders", "create", "--channel", "phone", "--customer", "K", "--phone", "call me",
                "--line", "TS-RED-M:x", "--line", "TS-BLU-L:1:1,5", "--tax-rate", "200");
        assertThat(many.err()).contains("--line TS-RED-M:x: Must be a whole number.")
                .contains("--line TS-BLU-L:1:1,5: Not an amount")
                .contains("--tax-rate: The tax rate must be between 0 and 100 percent.")
                .contains("--phone: Not a phone number");
        assertThat(refused("orders", "create", "--channel", "phone", "--customer", " ", "--line", "TS-RED-M:1").err())
                .contains("--customer: This field is required.");
        assertThat(onHand()).isEqualTo(10);
        assertThat(CliRun.in(dir, "orders", "list").out()).contains("No orders match.");
    }

    @Test
    void listFiltersAndPrintsJson() throws Exception {
        create("--line", "TS-RED-M:1");
        JsonNode second = create("--line", "TS-BLU-L:2", "--paid");
        ok("orders", "create", "--channel", "wholesale", "--customer", "Hanbit Trading", "--line", "TS-RED-M:3");

        CliRun table = ok("orders", "list");
        assertThat(table.out()).contains("Number", "Customer", "Hanbit Trading", "Kim Minji", "Orders 1-3 of 3.");
        assertThat(ok("orders", "list", "--status", "paid").out()).contains(second.get("number").asText()).contains("of 1.");
        assertThat(ok("orders", "list", "--channel", "wholesale,stall").out()).contains("Hanbit Trading").contains("of 1.");
        assertThat(ok("orders", "list", "--query", "hanbit").out()).contains("of 1.");
        assertThat(ok("orders", "list", "--query", "ts-blu").out()).contains(second.get("number").asText()).contains("of 1.");
        String today = LocalDate.now().toString();
        assertThat(ok("orders", "list", "--from", today, "--to", today).out()).contains("of 3.");
        assertThat(ok("orders", "list", "--to", LocalDate.now().minusDays(1).toString()).out()).contains("No orders match.");

        JsonNode rows = Json.mapper().readTree(ok("orders", "list", "--json", "--sort", "total", "--limit", "2").out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("customer").asText()).isEqualTo("Hanbit Trading");
        assertThat(rows.get(0).get("total").get("amount").asText()).isEqualTo("59.70");
        assertThat(rows.get(0).get("status").asText()).isEqualTo("pending_payment");
        assertThat(rows.get(0).get("channel").asText()).isEqualTo("wholesale");

        assertThat(refused("orders", "list", "--from", "1.3.2026").err()).contains("--from: Not a date: 1.3.2026. Use YYYY-MM-DD");
        assertThat(refused("orders", "list", "--from", "2026-03-02", "--to", "2026-03-01").err())
                .contains("--to must not be before --from.");
        assertThat(refused("orders", "list", "--status", "lost").err()).contains("Invalid value for option '--status'");
        assertThat(refused("orders", "list", "--limit", "0").err()).contains("--limit: Must be between 1 and 1,000.");
    }

    @Test
    void lifecycleFromTheCommandLine() throws Exception {
        JsonNode order = create("--line", "TS-RED-M:3");
        String number = order.get("number").asText();
        String id = order.get("id").asText();

        assertThat(ok("orders", "set-status", number, "paid").out()).contains(number + ": Pending payment -> Paid.");
        assertThat(refused("orders", "set-status", id, "shipped").err())
                .contains("status: The order is Paid; it cannot become Shipped without the steps in between");
        assertThat(refused("orders", "set-status", id, "teleported").err()).contains("Invalid value");
        ok("orders", "set-status", id, "PACKED");
        // Shipping is recording the parcel (issue 15): set-status names the command that does it.
        assertThat(refused("orders", "set-status", id, "shipped").err())
                .contains("STATUS: An order is shipped by recording its parcel: merchant-desk shipments create --order " + number);
        ok("shipments", "create", "--order", number, "--carrier", "CITY", "--tracking", "CC12345678");
        assertThat(ok("orders", "show", number).out()).contains("Shipped");
        assertThat(refused("orders", "cancel", number).err())
                .contains("it has shipped and can no longer be cancelled. Record a return or refund instead.");
        assertThat(onHand()).isEqualTo(7);

        assertThat(refused("orders", "refund", number, "--amount", "100").err()).contains("--amount: At most 59.70 can still be refunded.");
        assertThat(refused("orders", "refund", number, "--amount", "5", "--line", "TS-BLU-L:1").err())
                .contains("--line TS-BLU-L:1: This SKU is not on the order.");
        assertThat(refused("orders", "refund", number, "--line", "TS-RED-M:1").err()).contains("Missing required option: '--amount=AMOUNT'");
        assertThat(ok("orders", "refund", number, "--amount", "19.90", "--line", "TS-RED-M:1", "--restock", "--reason", "too small")
                .out()).contains(number + ": refunded 19.90 USD of 59.70 USD so far; now Partially refunded.");
        assertThat(onHand()).isEqualTo(8);

        CliRun show = ok("orders", "show", number);
        assertThat(show.out()).contains("Partially refunded", "Refunded: 19.90 USD", "History:", "Pending payment -> Paid  cli",
                "19.90 USD; TS-RED-M x1; restocked; too small");
        JsonNode shown = Json.mapper().readTree(ok("orders", "show", id, "--json").out());
        assertThat(shown.get("history")).hasSize(5);
        assertThat(shown.get("history").get(4).get("to").asText()).isEqualTo("partially_refunded");
        assertThat(shown.get("lines").get(0).get("refundedQuantity").asInt()).isEqualTo(1);
        assertThat(shown.get("refunded").get("amount").asText()).isEqualTo("19.90");
    }

    @Test
    void cancelPutsStockBackAndUnknownOrdersAreNamed() throws Exception {
        JsonNode order = create("--line", "TS-RED-M:4");
        assertThat(onHand()).isEqualTo(6);
        assertThat(ok("orders", "cancel", order.get("number").asText()).out())
                .contains("Cancelled " + order.get("number").asText() + "; 4 units are back in stock.");
        assertThat(onHand()).isEqualTo(10);

        assertThat(refused("orders", "show", "D-1999-000001").err()).contains("No order has the id or number D-1999-000001.");
        assertThat(refused("orders", "cancel", "nope").err()).contains("No order has the id or number nope.");
        assertThat(refused("orders").err()).contains("Choose one of these commands: create, list, show, cancel, set-status, refund, invoice, after-sale.");
    }

    @Test
    void invoiceAndPackingSlipArePdfsOfTheOrder() throws Exception {
        String number = create("--line", "TS-RED-M:2", "--paid").get("number").asText();
        Path invoice = dir.resolve("invoice.pdf");
        Path slip = dir.resolve("slip.pdf");

        ok("orders", "invoice", number, "--out", invoice.toString());
        ok("orders", "invoice", number, "--out", slip.toString(), "--packing-slip");

        try (var pdf = org.apache.pdfbox.Loader.loadPDF(invoice.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Invoice").contains(number).contains("Kim Minji").contains("TS-RED-M");
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(slip.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains(number).contains("TS-RED-M").doesNotContain("Total");
        }
        refused("orders", "invoice", "D-1999-999999", "--out", dir.resolve("x.pdf").toString());
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }
}
