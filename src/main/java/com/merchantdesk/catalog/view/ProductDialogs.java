package com.merchantdesk.catalog.view;

import com.merchantdesk.ui.controls.DialogWindows;
import java.util.Objects;

/**
 * The products screens' stylesheet, and their windows and questions: styled like the main window, plus it. The
 * screen and every catalogue dialog take it from here, so no dialog reaches up into the screen class.
 */
final class ProductDialogs {

    static final String STYLESHEET = Objects.requireNonNull(ProductDialogs.class.getResource("products.css")).toExternalForm();
    static final DialogWindows WINDOWS = new DialogWindows(STYLESHEET);

    private ProductDialogs() {}
}
