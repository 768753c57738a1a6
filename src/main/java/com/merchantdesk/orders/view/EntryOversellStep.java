package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.view.OrderEntryViewModel.Oversell;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.stage.Window;

/**
 * The order entry form's oversell step as the seller sees it: before an order that sells more than is available is
 * saved, a question naming each such SKU with how many are ordered and how many are available. "Go back" is the
 * default answer, so selling stock that is not there takes a deliberate choice. Which SKUs are oversold is
 * reckoned by {@link EntryOversell}; the view model asks this step ({@link OrderEntryViewModel#save}).
 */
final class EntryOversellStep implements Predicate<List<Oversell>> {

    private final Window owner;

    EntryOversellStep(Window owner) {
        this.owner = owner;
    }

    /** Asks the seller; true when they chose to sell anyway. */
    @Override
    public boolean test(List<Oversell> oversold) {
        return OrderDialogs.WINDOWS.confirm(owner, "oversell-confirm", Messages.get("orders.view.entry.oversell.title"),
                question(oversold), "orders.view.entry.oversell.yes", "orders.view.entry.oversell.no", true);
    }

    /** The question, one line per oversold SKU: "MUG-WHT Ceramic Mug: 5 ordered, 2 available". */
    static String question(List<Oversell> oversold) {
        String lines = oversold.stream()
                .map(o -> Messages.get("orders.view.entry.oversell.line", o.code(), o.title(), OrderFormats.count(o.ordered()),
                        OrderFormats.count(o.available())))
                .collect(Collectors.joining("\n"));
        return Messages.get("orders.view.entry.oversell.text", lines);
    }
}
