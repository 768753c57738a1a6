package com.merchantdesk.customers.view;

import com.merchantdesk.ui.controls.DialogWindows;
import java.util.Objects;

/** The customer screen's stylesheet, and its windows and questions: styled like the main window, plus it. */
final class CustomerDialogs {

    static final String STYLESHEET = Objects.requireNonNull(CustomerDialogs.class.getResource("customers.css")).toExternalForm();
    static final DialogWindows WINDOWS = new DialogWindows(STYLESHEET);

    private CustomerDialogs() {}
}
