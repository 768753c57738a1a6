package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.customers.Address;
import com.merchantdesk.customers.Customer;
import com.merchantdesk.customers.CustomerInput;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.orders.MemoFlag;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.OrderDraft;
import com.merchantdesk.orders.PaymentMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code orders create}: one order from the command line, saved durably with its stock movements and outbox
 * row. The customer is found by phone (or by a unique name), else created.
 */
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Saves a new order and prints it.",
                "Each --line is SKU:QTY or SKU:QTY:UNIT_PRICE, where SKU is a SKU code or barcode and a missing",
                "unit price takes the catalogue price. Selling more than is available is refused unless",
                "--confirm-oversell is given; the order is then saved and flagged oversold."})
final class OrdersCreateCommand extends DataCommand {

    @Option(names = "--channel", paramLabel = "CHANNEL", required = true,
            description = "Where the order was taken: phone, stall, wholesale or other.")
    String channel;

    @Option(names = "--customer", paramLabel = "NAME", required = true, description = "The customer's name.")
    String customer;

    @Option(names = "--phone", paramLabel = "PHONE", description = "The customer's phone; finds a known customer by it.")
    String phone;

    @Option(names = "--line", paramLabel = "SKU:QTY[:UNIT_PRICE]", required = true,
            description = "A line of the order; repeat for more lines.")
    List<String> lines;

    @Option(names = "--paid", description = "The customer has paid (status paid instead of pending payment).")
    boolean paid;

    @Option(names = "--payment", paramLabel = "METHOD",
            description = "${COMPLETION-CANDIDATES} (default: other).")
    PaymentMethod payment;

    @Option(names = "--discount", paramLabel = "AMOUNT", description = "Discount on the whole order.")
    String discount;

    @Option(names = "--shipping", paramLabel = "AMOUNT", description = "Shipping fee.")
    String shipping;

    @Option(names = "--tax-rate", paramLabel = "PERCENT", description = "Tax rate in percent, e.g. 10 (default: 0).")
    String taxRate;

    @Option(names = "--memo", paramLabel = "TEXT", description = "The seller's memo.")
    String memo;

    @Option(names = "--flag", paramLabel = "COLOUR", description = "Memo flag: ${COMPLETION-CANDIDATES}.")
    MemoFlag flag;

    @Option(names = "--confirm-oversell", description = "Save even when a line sells more than is available.")
    boolean confirmOversell;

    @Option(names = "--request-id", paramLabel = "ID",
            description = "Makes the order at most once for this id: run again with the same id (after a crash, a timeout), "
                    + "and the order the first run made is printed instead of a second one.")
    String requestId;

    @Option(names = "--json", description = "Print the saved order as JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<OrderArgs.LineSpec> specs = lines.stream().map(l -> OrderArgs.line("--line", l, true)).toList();
        if (customer.isBlank()) {
            throw invalid("--customer", "validation.required");
        }
        if (requestId != null && (requestId.isBlank() || requestId.strip().length() > 200)) {
            throw invalid("--request-id", "cli.orders.badRequestId");
        }
        try (AppContext app = openApp()) {
            List<OrderDraft.LineDraft> drafts = new ArrayList<>();
            for (OrderArgs.LineSpec spec : specs) {
                drafts.add(new OrderDraft.LineDraft(OrderArgs.sku(app, "--line", spec).skuId(), spec.quantity(),
                        spec.unitPrice(), ""));
            }
            Optional<Customer> known = app.customers().findMatching(customer, phone);
            OrderDraft draft = new OrderDraft(Money.currency(app.settings().load().currency()), channel(),
                    known.map(Customer::id).orElse(null),
                    known.isPresent() ? null : new CustomerInput(null, customer, phone, "", Address.EMPTY, ""),
                    Address.EMPTY, drafts, discount, shipping, taxRate, payment, paid, memo,
                    flag, confirmOversell);
            Order order;
            try {
                order = requestId == null ? app.orders().create(draft, OrdersCommand.ACTOR)
                        : app.orderRequests().createOnce(requestId, draft, OrdersCommand.ACTOR).order();
            } catch (ValidationException e) {
                throw OrderArgs.renamed(e, specs, "--line");
            }
            if (json) {
                JsonOut.print(out(), ShownOrder.of(order, null));
            } else {
                OrderText.print(out(), order, null);
            }
            return 0;
        }
    }

    /** Channels a person enters (platform orders come by sync); "platform" gets the service's own refusal. */
    private Channel channel() {
        String value = channel.strip();
        for (Channel c : Channel.values()) {
            if (c.name().equalsIgnoreCase(value)) {
                return c;
            }
        }
        throw invalid("--channel", "cli.orders.channel", value);
    }
}
