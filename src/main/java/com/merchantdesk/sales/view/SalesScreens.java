package com.merchantdesk.sales.view;

import com.merchantdesk.ui.shell.ScreenEntry;
import com.merchantdesk.ui.shell.ScreenProvider;
import java.util.List;

/** Registers the Sales screen with the shell, after Customers. */
public final class SalesScreens implements ScreenProvider {

    @Override public int railOrder() { return 400; }

    @Override public List<ScreenEntry> entries() { return List.of(SalesScreen.ENTRY); }
}
