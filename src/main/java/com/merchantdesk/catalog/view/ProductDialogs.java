package com.merchantdesk.catalog.view;

import com.merchantdesk.ui.controls.DialogWindows;

/** The products screen's windows and questions: styled like the main window, plus the products stylesheet. */
final class ProductDialogs {

    static final DialogWindows WINDOWS = new DialogWindows(ProductsScreen.STYLESHEET);

    private ProductDialogs() {}
}
