package com.merchantdesk.orders;

import com.merchantdesk.AppContext;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.store.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * Run in a child JVM by {@link OrderCrashTest}: creates orders through the app's real write path in a loop
 * against the data folder {@code args[0]} with SKUs {@code args[2..]}, printing {@code SAVED <id> <number>}
 * after each {@code create} has returned, until it is killed. {@code args[1]} seeds the random choices.
 */
public final class OrderCrashProbe {

    private OrderCrashProbe() {}

    public static void main(String[] args) {
        List<String> skus = Arrays.asList(args).subList(2, args.length);
        Random random = new Random(Long.parseLong(args[1]));
        AppContext app = AppContext.open(new DataDirectory(Path.of(args[0])), Clock.systemUTC());
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            List<OrderDraft.LineDraft> lines = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int l = 0; l < count; l++) {
                lines.add(OrderDraft.LineDraft.of(skus.get(random.nextInt(skus.size())), 1 + random.nextInt(3)));
            }
            // Every third order brings a new customer, created in the same transaction.
            CustomerInput customer = i % 3 == 0 ? CustomerInput.named("Crash " + args[1] + "-" + i, "") : null;
            Order o = app.orders().create(new OrderDraft(Currency.getInstance("USD"), Channel.PHONE, null, customer, null, lines,
                    "", "", "", PaymentMethod.CASH, random.nextBoolean(), "", null, true));
            System.out.println("SAVED " + o.id() + " " + o.number());
            System.out.flush();
        }
    }
}
