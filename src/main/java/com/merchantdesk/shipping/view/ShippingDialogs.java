package com.merchantdesk.shipping.view;

import com.merchantdesk.ui.controls.DialogWindows;
import java.util.Objects;

/** The shipping screens' stylesheet, and their windows: styled like the main window, plus it. */
final class ShippingDialogs {

    static final String STYLESHEET = Objects.requireNonNull(ShippingDialogs.class.getResource("shipping.css")).toExternalForm();
    static final DialogWindows WINDOWS = new DialogWindows(STYLESHEET);

    private ShippingDialogs() {}
}
