package com.merchantdesk.orders.view;

import com.merchantdesk.ui.controls.DialogWindows;
import java.util.Objects;

/** The order screens' stylesheet, and their windows and questions: styled like the main window, plus it. */
final class OrderDialogs {

    static final String STYLESHEET = Objects.requireNonNull(OrderDialogs.class.getResource("orders.css")).toExternalForm();
    static final DialogWindows WINDOWS = new DialogWindows(STYLESHEET);

    private OrderDialogs() {}
}
