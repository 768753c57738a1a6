package com.merchantdesk.customers.view;

import com.merchantdesk.ui.shell.ScreenEntry;
import com.merchantdesk.ui.shell.ScreenProvider;
import java.util.List;

/** Registers the Customers screen with the shell, after Orders. */
public final class CustomerScreens implements ScreenProvider {

    @Override public int railOrder() { return 300; }

    @Override public List<ScreenEntry> entries() { return List.of(CustomersScreen.ENTRY); }
}
