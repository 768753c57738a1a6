package com.merchantdesk.orders.view;

import static com.merchantdesk.ui.testsupport.ScreenPreview.after;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.catalog.demo.DemoShop;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.customers.view.CustomersScreen;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.OrderStatus;
import com.merchantdesk.orders.PaymentMethod;
import com.merchantdesk.orders.RefundRequest;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.SettableClock;
import com.merchantdesk.ui.shell.Screen;
import com.merchantdesk.ui.testsupport.ScreenPreview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Shows the orders or customers screen with the demo shop and a month of orders taken through the service, for
 * looking at it (and screenshots under Xvfb). Not a test.
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      com.merchantdesk.orders.view.OrdersScreenPreview [light|dark] [en|ko|zh-CN] \
 *      [orders|entry|entry-filled|entry-suggest|oversell|refund|customers|customer-form]
 * </pre>
 * System properties: those of {@link ScreenPreview}.
 */
public final class OrdersScreenPreview {

    /** SKU codes the filled-in form types: two to add, the start of a third to show suggestions. */
    private static List<String> entryCodes = List.of();

    private OrdersScreenPreview() {}

    public static void main(String[] args) { Application.launch(PreviewApp.class, args); }

    public static final class PreviewApp extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            String show = ScreenPreview.setUp(getParameters().getRaw(), "orders");
            Path folder = Files.createTempDirectory("orders-preview");
            SettableClock clock = new SettableClock(Instant.now().minus(32, ChronoUnit.DAYS));
            AppContext app = AppContext.open(new DataDirectory(folder), clock);
            new DemoShop(app).fill();
            demoOrders(app, clock);
            clock.set(Instant.now());

            Screen screen = ScreenPreview.show(stage, app,
                    context -> show.startsWith("customer") ? new CustomersScreen(context) : new OrdersScreen(context));
            after(1.5, () -> act(screen, show));
        }
    }

    private static void act(Screen screen, String show) {
        if (screen instanceof OrdersScreen orders) {
            OrderListViewModel list = orders.list();
            switch (show) {
                case "entry", "entry-filled", "entry-suggest", "oversell" -> {
                    orders.shortcuts().get(OrderShortcuts.NEW).run();
                    if (!"entry".equals(show)) {
                        after(1.2, () -> fillEntry(show));
                    }
                }
                case "refund" -> {
                    list.statusProperty().set(StatusChoice.DELIVERED);
                    after(1.0, () -> {
                        list.selectedProperty().set(list.rows().get(0));
                        after(0.8, () -> orders.shortcuts().get(OrderShortcuts.REFUND).run());
                    });
                }
                default -> list.rows().stream().skip(2).findFirst().ifPresent(list.selectedProperty()::set);
            }
        } else if (screen instanceof CustomersScreen customers) {
            customers.list().rows().stream().skip(1).findFirst().ifPresent(customers.list().selectedProperty()::set);
            if ("customer-form".equals(show)) {
                after(0.8, customers::editSelected);
            }
        }
    }

    /** Types an order into the open entry form the way a seller would, to see it filled in. */
    private static void fillEntry(String show) {
        boolean oversell = "oversell".equals(show);
        Window form = Window.getWindows().stream().filter(w -> w.getScene().lookup("#order-entry") != null).findFirst().orElseThrow();
        Scene scene = form.getScene();
        ((TextField) scene.lookup("#customer-name")).setText("Park Ji");
        after(0.8, () -> {
            ((TextField) scene.lookup("#customer-phone")).requestFocus();
            ((TextField) scene.lookup("#customer-phone")).setText("010-2233-4455");
            ((TextField) scene.lookup("#address-line1")).setText("12 Sejong-daero");
            ((TextField) scene.lookup("#address-city")).setText("Seoul");
            ((TextField) scene.lookup("#address-postal")).setText("04524");
            TextField item = (TextField) scene.lookup("#item-field");
            item.requestFocus();
            item.setText(entryCodes.get(0));
            after(0.6, () -> {
                item.fireEvent(new javafx.event.ActionEvent());
                after(0.8, () -> {
                    item.setText(entryCodes.get(1));
                    after(0.6, () -> {
                        item.fireEvent(new javafx.event.ActionEvent());
                        after(0.8, () -> {
                            ((TextField) scene.lookup("#line-0-quantity")).setText(oversell ? "400" : "2");
                            ((TextField) scene.lookup("#line-1-discount")).setText("1.00");
                            ((TextField) scene.lookup("#shipping-fee")).setText("3.50");
                            ((TextField) scene.lookup("#tax-rate")).setText("10");
                            item.requestFocus();
                            if ("entry-suggest".equals(show)) {
                                item.setText(entryCodes.get(2).substring(0, 3).toLowerCase(Locale.ROOT));
                            }
                            if (oversell) {
                                after(1.0, () -> Platform.runLater(() -> ((javafx.scene.control.Button) scene.lookup("#entry-save")).fire()));
                            }
                        });
                    });
                });
            });
        });
    }

    /** About sixty orders over the last month, in every status, some with memos, flags, oversold or refunded. */
    private static void demoOrders(AppContext app, SettableClock clock) {
        List<SkuRow> skus = app.catalog().search(ProductQuery.firstPage(400)).items().stream()
                .filter(s -> s.onHand() > 3).toList();
        entryCodes = List.of(skus.get(7).code(), skus.get(40).code(), skus.get(90).code());
        String[][] people = {{"Kim Minji", "010-1234-5678"}, {"Lee Seojun", "010-9876-5432"}, {"Emma Walsh", "+44 20 7946 0958"},
            {"Zhang Wei", "138-0013-8000"}, {"Park Jiwoo", "010-5555-0192"}, {"Olivia Brown", "555-0134"},
            {"Choi Yuna", "010-3141-5926"}, {"Liu Yang", "139-1234-5678"}, {"Noah Garcia", "555-0199"},
            {"Jung Hana", "010-2718-2818"}};
        String[] streets = {"12 Sejong-daero", "88 Teheran-ro", "4 Kings Road", "210 Nanjing Rd", "7 Harbour St"};
        String[] cities = {"Seoul", "Seoul", "London", "Shanghai", "Busan"};
        String[] memos = {"Gift wrap, no invoice in the box", "Call before delivery", "Wants the blue one if red sells out",
            "Regular customer \u2014 add a sample", "Pays on pickup"};
        Random random = new Random(11);
        List<Customer> known = new ArrayList<>();
        Instant start = clock.instant();
        for (int i = 0; i < 64; i++) {
            clock.set(start.plus(Duration.ofMinutes(i * 690L + random.nextInt(300))));
            List<OrderDraft.LineDraft> lines = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int l = 0; l < count; l++) {
                SkuRow sku = skus.get(random.nextInt(skus.size()));
                if (lines.stream().noneMatch(d -> d.skuId().equals(sku.skuId()))) {
                    lines.add(new OrderDraft.LineDraft(sku.skuId(), Integer.toString(1 + random.nextInt(2)), "",
                            random.nextInt(6) == 0 ? "1" : ""));
                }
            }
            Channel channel = Channel.LOCAL.get(random.nextInt(Channel.LOCAL.size()));
            int who = random.nextInt(people.length + 2);
            String customerId = null;
            CustomerInput newCustomer = null;
            Address address = Address.EMPTY;
            if (who < people.length) {
                String[] p = people[who];
                Customer existing = known.stream().filter(c -> c.name().equals(p[0])).findFirst().orElse(null);
                int place = who % streets.length;
                address = new Address(p[0], p[1], streets[place], "", cities[place], "", String.format("%05d", 1000 + who * 37), "");
                if (existing != null) {
                    customerId = existing.id();
                } else {
                    newCustomer = new CustomerInput(null, p[0], p[1], "", address, "");
                }
            }
            boolean paid = random.nextInt(3) > 0;
            String memo = random.nextInt(4) == 0 ? memos[random.nextInt(memos.length)] : "";
            MemoFlag flag = memo.isEmpty() ? MemoFlag.NONE : MemoFlag.values()[1 + random.nextInt(MemoFlag.values().length - 1)];
            OrderDraft draft = new OrderDraft(app.catalog().findSku(lines.get(0).skuId()).orElseThrow().price().currency(),
                    channel, customerId, newCustomer, address, lines, random.nextInt(5) == 0 ? "2" : "",
                    channel == Channel.STALL ? "" : "3.50", random.nextInt(3) == 0 ? "10" : "",
                    PaymentMethod.values()[random.nextInt(4)], paid, memo, flag, i % 17 == 5);
            if (i % 17 == 5) {
                List<OrderDraft.LineDraft> big = new ArrayList<>(lines);
                SkuRow first = app.catalog().findSku(lines.get(0).skuId()).orElseThrow();
                big.set(0, new OrderDraft.LineDraft(first.skuId(), Long.toString(first.available() + 2), "", ""));
                draft = new OrderDraft(draft.currency(), draft.channel(), draft.customerId(), draft.newCustomer(), address, big,
                        "", draft.shippingFee(), "", draft.paymentMethod(), paid, draft.memo(), draft.memoFlag(), true);
            }
            Order order = app.orders().create(draft);
            if (newCustomer != null && order.customerId() != null) {
                app.customers().find(order.customerId()).ifPresent(known::add);
            }
            advance(app, clock, order, random);
        }
    }

    private static void advance(AppContext app, SettableClock clock, Order order, Random random) {
        int steps = random.nextInt(6);
        Order current = order;
        List<OrderStatus> path = List.of(OrderStatus.PAID, OrderStatus.PACKED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        for (OrderStatus next : path) {
            if (steps-- <= 0) {
                break;
            }
            if (current.status().nextByTransition().contains(next)) {
                clock.advance(Duration.ofHours(3 + random.nextInt(20)));
                current = app.orders().transition(current.id(), next, "seller");
            }
        }
        if (random.nextInt(9) == 0 && current.status().isOpenUnshipped()) {
            app.orders().cancel(current.id(), "seller");
        } else if (random.nextInt(6) == 0 && OrderStatus.REFUNDABLE.contains(current.status())) {
            var line = current.lines().get(0);
            app.orders().refund(current.id(), new RefundRequest(line.unitPrice().toPlainString(),
                    List.of(new RefundRequest.RefundLine(line.skuId(), 1)), true, "Wrong size"), "seller");
        }
    }
}
