package com.merchantdesk.orders;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.MovementKind;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.StockAdjustment;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import org.sqlite.Function;

/**
 * Run in a child JVM by {@link OutboxKillTest}: opens the data folder {@code args[0]}, arms a named point (a
 * temporary trigger on every pooled connection that halts the JVM, as {@code kill -9} would, when an outbox row of
 * entity {@code args[2]} is about to be inserted ({@code args[1]} = BEFORE) or was just inserted (AFTER), inside
 * the write's transaction), then runs the write path {@code args[3]} with the ids that follow. Prints
 * {@code ARMED}, then {@code KILLED AT …} just before it halts; reaching {@code NOT KILLED} is a failure.
 */
public final class OutboxKillProbe {

    /** More than the pool's connections: each write takes the next one in turn. */
    private static final int ARM_ROUNDS = 8;

    private OutboxKillProbe() {}

    public static void main(String[] args) throws Exception {
        String when = args[1];
        String entity = args[2];
        AppContext app = AppContext.open(new DataDirectory(Path.of(args[0])), Clock.systemUTC());
        for (int i = 0; i < ARM_ROUNDS; i++) {
            app.database().write(c -> {
                try {
                    Function.create(c, "kill_here", new Function() {
                        @Override
                        protected void xFunc() {
                            System.out.println("KILLED AT " + when + " " + entity);
                            System.out.flush();
                            Runtime.getRuntime().halt(9);
                        }
                    });
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                try (var st = c.createStatement()) {
                    st.executeUpdate("DROP TRIGGER IF EXISTS temp.kill_point");
                    st.executeUpdate("CREATE TEMP TRIGGER kill_point " + when + " INSERT ON main.outbox WHEN NEW.entity_type = '"
                            + entity + "' BEGIN SELECT kill_here(); END");
                }
                return null;
            });
        }
        System.out.println("ARMED");
        System.out.flush();
        run(app, args[3], List.of(args).subList(4, args.length));
        System.out.println("NOT KILLED");
        System.out.flush();
        System.exit(0);
    }

    private static void run(AppContext app, String action, List<String> ids) {
        Currency usd = Currency.getInstance("USD");
        switch (action) {
            case "product-create" -> app.catalog().save(new ProductInput(null, "Killed shirt", "", "Apparel", "active",
                    List.of("Size"), List.of(new ProductInput.SkuInput(null, "KILL-S", List.of("S"), "", "10.00", "", "", "", ""),
                            new ProductInput.SkuInput(null, "KILL-M", List.of("M"), "", "10.00", "", "", "", "")),
                    List.of(), null), usd);
            case "stock-adjust" -> app.stock().adjust(new StockAdjustment(ids.get(0), MovementKind.RECEIVED, 5, "delivery", "", ""));
            case "customer-create" -> app.customers().save(CustomerInput.named("Killed customer", "010-9999-0000"));
            case "order-create" -> app.orders().create(new OrderDraft(usd, Channel.PHONE, null,
                    CustomerInput.named("Killed buyer", "010-8888-0000"), Address.EMPTY,
                    List.of(OrderDraft.LineDraft.of(ids.get(0), 1)), "", "", "", PaymentMethod.CASH, false, "", MemoFlag.NONE,
                    true));
            case "order-pay" -> app.orders().transition(ids.get(0), OrderStatus.PAID, "seller");
            case "refund" -> app.orders().refund(ids.get(0), new RefundRequest("12.50",
                    List.of(new RefundRequest.RefundLine(ids.get(1), 1)), true, "killed"), "seller");
            default -> throw new IllegalArgumentException(action);
        }
    }
}
